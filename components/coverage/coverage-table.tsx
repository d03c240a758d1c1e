"use client";

/** One cell as the table shows it, every word already chosen by the server. */
export type CoverageTableCell =
  /** No one works there and the network does not work on the area. */
  | null
  /** The network works on the area and no one of the city is assigned: a gap. */
  | "gap"
  /** All networks: how many people, linking to who they are. */
  | { count: number; label: string; href: string }
  /** One network: who they are, with their department and role. */
  | { assignees: { id: string; name: string; detail: string }[] };

export interface CoverageTableColumn {
  id: string;
  label: string;
  /** The network's full name, for screen readers, when the label is its acronym. */
  fullName: string | null;
  /** The network's own matrix (by body), when the columns are networks. */
  href: string | null;
  title: string | null;
}

export interface CoverageTableRow {
  key: string;
  name: string;
  cells: CoverageTableCell[];
}

/** The id of the gap sign drawn once per table and reused by every gap cell (<use>). */
const GAP_ICON = "coverage-gap-icon";

/**
 * The coverage matrix as an accessible table: a caption, the areas as row headers and the
 * networks (or bodies) as column headers, so a screen reader names both for every cell. A
 * client component fed with the cells' data: the full matrix has hundreds of cells, and as a
 * server component each would cross to the browser twice, as its rendered tree and as HTML.
 * The cells' looks are the .coverage-table rules of app/globals.css, by their data-cell; the
 * links are plain anchors opened on the client by the main area's LinkArea.
 */
export function CoverageTable({
  caption,
  areaHeader,
  columns,
  rows,
  words,
}: {
  caption: string;
  areaHeader: string;
  columns: CoverageTableColumn[];
  rows: CoverageTableRow[];
  words: { gap: string; none: string };
}) {
  return (
    // Positioned, so that the header's visually hidden names (absolutely positioned) stay in the
    // box that scrolls instead of stretching the page beside it.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <svg aria-hidden="true" className="absolute h-0 w-0 overflow-hidden">
        <symbol id={GAP_ICON} viewBox="0 0 16 16">
          <path d="M8 1.5 15 14H1L8 1.5Zm0 4a.75.75 0 0 0-.75.75v3.5a.75.75 0 0 0 1.5 0v-3.5A.75.75 0 0 0 8 5.5Zm0 7a.9.9 0 1 0 0-1.8.9.9 0 0 0 0 1.8Z" />
        </symbol>
      </svg>
      <table className="coverage-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{areaHeader}</th>
            {columns.map((column) => (
              <th key={column.id} scope="col">
                {column.href ? (
                  <a href={column.href} title={column.title ?? undefined} className="text-ink">
                    {column.label}
                    {column.fullName ? <span className="sr-only"> — {column.fullName}</span> : null}
                  </a>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell, i) => (
                <Cell key={columns[i]?.id ?? i} cell={cell} words={words} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ cell, words }: { cell: CoverageTableCell; words: { gap: string; none: string } }) {
  if (cell === null) {
    return (
      <td data-cell="none">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{words.none}</span>
      </td>
    );
  }
  if (cell === "gap") {
    return (
      <td data-cell="gap">
        <span>
          <svg aria-hidden="true">
            <use href={`#${GAP_ICON}`} />
          </svg>
          {words.gap}
        </span>
      </td>
    );
  }
  if ("count" in cell) {
    return (
      <td data-cell="covered" data-count={cell.count}>
        <a href={cell.href} aria-label={cell.label} title={cell.label}>
          {cell.count}
        </a>
      </td>
    );
  }
  return (
    <td data-cell="covered">
      <ul>
        {cell.assignees.map((assignee) => (
          <li key={assignee.id}>
            <a href={`/asignaciones/${assignee.id}`}>{assignee.name}</a>
            <span>{assignee.detail}</span>
          </li>
        ))}
      </ul>
    </td>
  );
}
