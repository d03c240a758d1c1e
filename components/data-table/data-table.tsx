import type { RowData } from "@tanstack/table-core";
import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/translations";
import { hrefWith } from "@/lib/url";
import { ColumnMenu } from "./column-menu";
import type { DataColumn, DataColumnMeta } from "./columns";
import { RowCheckbox, RowSelection, SelectAllCheckbox, SelectionBar } from "./selection";
import { ariaSort, SortLink } from "./sort-header";
import { columnId, tableModel } from "./table-model";

/** A list's sort and paging as they stand in its URL, and how to build its links. */
export interface ListState {
  pathname: string;
  params: Record<string, unknown> & { sort?: string; dir?: "asc" | "desc" };
  defaults: Record<string, unknown>;
}

/**
 * The one table of the app: every list renders through it. The server renders it from TanStack
 * Table's column definitions (`tableModel`: the rows come sorted, filtered and paged by the
 * database); only the column menu and the row checkboxes run in the browser.
 *
 * It gives, once: the sortable header (`aria-sort`, a link per column), the caption, the
 * columns the user hides (`hidden`, saved per user and list by the column menu), columns left
 * out on narrow screens, a sticky header, row selection for bulk actions, and the empty state.
 *
 * Below the medium breakpoint (a phone) the same table is a list of cards, styled in
 * app/globals.css (`.data-table`): each row a card, its cells one under the other, each named by
 * its column (the cell's `data-label`, drawn beside the value and hidden from assistive
 * technology, which has the column header), the row's actions at the end; the header becomes a
 * row of sort links. Nothing is wider than the screen, so no column (a due date, a status, an
 * action) is left off to the side.
 */
export async function DataTable<Row extends RowData>({
  listKey,
  caption,
  columns,
  rows,
  rowId = (row) => String((row as { id: string | number }).id),
  list,
  hidden = [],
  columnMenu = true,
  selection,
  empty,
  rowClassName,
  rowData,
}: {
  /** The list's name for the user's column preferences ("networks"). */
  listKey: string;
  /**
   * The table's caption for screen readers; a function when the list is sorted, given the
   * sorting column and direction in words ("Redes, ordenadas por {column} ({direction})").
   */
  caption: string | ((sorted: { column: string; direction: string }) => string);
  columns: DataColumn<Row>[];
  rows: Row[];
  /** How a row is known (the selection's value, React's key); by default its `id`. */
  rowId?: (row: Row) => string;
  /** The URL state, for sortable headers; absent for a list the server does not sort. */
  list?: ListState;
  /** Columns the user chose to hide (lib/list-preferences). */
  hidden?: string[];
  columnMenu?: boolean;
  /** Checkboxes per row; `label` names the row, `actions` are the bulk actions' forms. */
  selection?: { label: (row: Row) => string; actions: (selectedIds: string[]) => ReactNode };
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  rowClassName?: (row: Row) => string | undefined;
  /** A row's data-* attributes, for what its style or a test tells apart (`{ overdue: "true" }`). */
  rowData?: (row: Row) => Record<string, string | undefined>;
}) {
  const t = await getTranslations("common.table");
  const visibility: Record<string, boolean> = {};
  for (const column of columns) {
    const id = columnId(column);
    const meta = column.meta;
    if (meta?.alwaysVisible) continue;
    if (hidden.includes(id) || (meta?.hiddenByDefault && !hidden.includes(`+${id}`))) visibility[id] = false;
  }
  const table = tableModel(columns, rows, rowId, visibility);
  const sort = list?.params.sort;
  const dir = list?.params.dir ?? "asc";
  const sortedBy = table.all.find((c) => c.meta?.sort && c.meta.sort === sort);
  const fullCaption =
    typeof caption === "string"
      ? caption
      : caption({
          column: sortedBy ? (sortedBy.meta?.label ?? sortedBy.id) : "",
          direction: t(dir === "asc" ? "sortAscending" : "sortDescending"),
        });
  const menuColumns = table.all
    .filter((c) => !c.meta?.alwaysVisible)
    .map((c) => ({ id: c.id, label: c.meta?.label ?? c.id }));
  // A column left out on narrow screens is marked, and the narrow layout (app/globals.css) hides it.
  const narrow = (meta?: DataColumnMeta) => (meta?.hideOnNarrow ? { "data-narrow": "hidden" } : {});
  const align = (meta?: DataColumnMeta) => (meta?.align === "end" ? "text-right" : "text-left");

  if (rows.length === 0) return <>{empty}</>;

  const grid = (
    // The scroll box takes keyboard focus (a table of plain text has nothing else to focus), so
    // a wide or long table can be scrolled without a mouse; its name is the table's (a group, not
    // a landmark: the page's sections are the landmarks). Positioned, so that what a cell hides
    // visually (absolutely positioned) scrolls with the table instead of widening the page.
    <div
      role="group"
      aria-label={fullCaption}
      tabIndex={0}
      className="data-table-box relative max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className="data-table min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{fullCaption}</caption>
        <thead className="sticky top-0 z-10 bg-slate-50 shadow-[0_1px_0_var(--color-slate-200)]">
          <tr>
            {selection ? (
              <th scope="col" data-cell="select" className="w-10 px-4 py-3">
                <SelectAllCheckbox />
              </th>
            ) : null}
            {table.visible.map((column) => {
              const meta = column.meta;
              const label = meta?.label ?? column.id;
              const active = !!meta?.sort && meta.sort === sort;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={list && meta?.sort ? ariaSort(active, dir) : undefined}
                  data-sortable={list && meta?.sort ? "" : undefined}
                  {...narrow(meta)}
                  className={`whitespace-nowrap px-4 py-3 font-semibold text-ink ${align(meta)} ${meta?.width ?? ""}`}
                >
                  {list && meta?.sort ? (
                    <SortLink
                      label={label}
                      active={active}
                      dir={dir}
                      href={hrefWith(
                        list.pathname,
                        list.params,
                        { sort: meta.sort, dir: active && dir === "asc" ? "desc" : "asc", page: 1 },
                        list.defaults,
                      )}
                    />
                  ) : meta?.label ? (
                    label
                  ) : (
                    column.header()
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.rows.map((row) => (
            <tr
              key={row.id}
              className={`hover:bg-slate-50 ${rowClassName?.(row.original) ?? ""}`}
              {...Object.fromEntries(
                Object.entries(rowData?.(row.original) ?? {}).map(([k, v]) => [`data-${k}`, v]),
              )}
            >
              {selection ? (
                <td data-cell="select" className="px-4 py-3 align-top">
                  <RowCheckbox id={row.id} label={selection.label(row.original)} />
                </td>
              ) : null}
              {row.cells.map((cell) => {
                const meta = cell.column.meta;
                const value = cell.render();
                const className = `px-4 py-3 align-top ${align(meta)}`;
                return meta?.rowHeader ? (
                  <th key={cell.id} scope="row" {...narrow(meta)} className={`${className} font-normal`}>
                    {value}
                  </th>
                ) : (
                  <td
                    key={cell.id}
                    data-label={meta?.label || undefined}
                    {...narrow(meta)}
                    className={className}
                  >
                    {value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="flex flex-col gap-2">
      {columnMenu && menuColumns.length > 1 ? (
        <div className="flex justify-end">
          <ColumnMenu listKey={listKey} columns={menuColumns} hidden={hidden} />
        </div>
      ) : null}
      {selection ? (
        <RowSelection ids={rows.map(rowId)}>
          <SelectionBar>{selection.actions}</SelectionBar>
          {grid}
        </RowSelection>
      ) : (
        grid
      )}
    </div>
  );
}
