import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { CoverageParams } from "@/lib/coverage/params";
import { GENERAL_COLUMN, type CoverageCell, type CoverageMatrix } from "@/lib/coverage/queries";
import { hrefWith } from "@/lib/url";

/**
 * Diagonal stripes: a gap is marked by its words and a pattern, never by colour alone. A class
 * rather than a style attribute, which the Content Security Policy refuses.
 */
const GAP_PATTERN = "bg-[image:repeating-linear-gradient(135deg,#fde68a_0_5px,#fffbeb_5px_11px)]";

/**
 * The gap's warning sign, drawn once per page and reused by every gap cell (<use>): the whole
 * matrix has thousands of cells, so each carries as little markup as it can; for the same
 * reason the cells' border, padding and alignment are set once on the table.
 */
const GAP_ICON = "coverage-gap-icon";
const CELLS = "[&_td]:border [&_td]:border-slate-200 [&_td]:p-2 [&_td]:align-top";

/** The words every cell uses, read once per matrix rather than once per cell. */
interface CellLabels {
  gap: string;
  none: string;
  role: (role: CoverageCell["assignees"][number]["role"]) => string;
  /** "3 personas asignadas". */
  count: (count: number) => string;
}

/**
 * Where a counted cell leads: the active assignments of that network in that area (with the
 * department filter, if any), the same ones the cell counts; without an area (/asignaciones
 * cannot filter by "no area"), the network's own matrix by body, which lists them.
 */
function cellHref(params: CoverageParams, networkId: string, areaId: string | null): string {
  return areaId
    ? hrefWith(
        "/asignaciones",
        {
          network: networkId,
          area: areaId,
          department: params.department,
          status: "active",
        },
        {},
      )
    : hrefWith("/cobertura", { department: params.department, red: networkId }, {});
}

/** A plain (not async) component: the full matrix has thousands of cells. */
function Cell({ cell, labels, href }: { cell: CoverageCell; labels: CellLabels; href?: string }) {
  if (cell.state === "gap") {
    return (
      <td data-cell="gap" className={GAP_PATTERN}>
        <span className="inline-flex items-center gap-1 rounded bg-white px-1.5 py-0.5 text-xs font-semibold text-amber-950 ring-1 ring-amber-400">
          <svg aria-hidden="true" className="h-3.5 w-3.5 fill-current">
            <use href={`#${GAP_ICON}`} />
          </svg>
          {labels.gap}
        </span>
      </td>
    );
  }
  if (cell.state === "none") {
    return (
      <td data-cell="none" className="bg-slate-50 text-center text-slate-600">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{labels.none}</span>
      </td>
    );
  }
  if (href !== undefined) {
    // All networks: how many people, linking to who they are. A plain link: thousands of
    // them must not each be a client component that prefetches.
    const label = labels.count(cell.count);
    return (
      <td data-cell="covered" data-count={cell.count} className="bg-white">
        <a href={href} aria-label={label} title={label} className="text-sm font-semibold">
          {cell.count}
        </a>
      </td>
    );
  }
  return (
    <td data-cell="covered" className="bg-white">
      <ul className="flex flex-col gap-1.5">
        {cell.assignees.map((a) => (
          <li key={a.assignmentId} className="leading-tight">
            <Link href={`/asignaciones/${a.assignmentId}`} className="text-sm font-semibold">
              {a.person.name}
            </Link>
            <span className="block text-xs text-muted">
              {[a.department, labels.role(a.role)].filter(Boolean).join(" · ")}
            </span>
          </li>
        ))}
      </ul>
    </td>
  );
}

/**
 * The matrix as an accessible table: a caption, the areas as row headers and the networks (or
 * bodies) as column headers, so a screen reader names both for every cell.
 */
export async function CoverageMatrixTable({
  matrix,
  params,
}: {
  matrix: CoverageMatrix;
  params: CoverageParams;
}) {
  const t = await getTranslations("coverage");
  const tEnum = await getTranslations("enums");
  const labels: CellLabels = {
    gap: t("gap"),
    none: t("none"),
    role: (role) => tEnum(`assignmentRole.${role}`),
    count: (count) => t("peopleCount", { count }),
  };
  const counted = matrix.detail === "counts";
  const caption = matrix.network ? t("captionNetwork", { network: matrix.network.name }) : t("caption");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <svg aria-hidden="true" className="absolute h-0 w-0 overflow-hidden">
        <symbol id={GAP_ICON} viewBox="0 0 16 16">
          <path d="M8 1.5 15 14H1L8 1.5Zm0 4a.75.75 0 0 0-.75.75v3.5a.75.75 0 0 0 1.5 0v-3.5A.75.75 0 0 0 8 5.5Zm0 7a.9.9 0 1 0 0-1.8.9.9 0 0 0 0 1.8Z" />
        </symbol>
      </svg>
      <table className={`min-w-full border-collapse text-sm ${CELLS}`}>
        <caption className="px-4 py-3 text-left text-sm font-semibold text-ink">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th
              scope="col"
              className="sticky left-0 z-10 border border-slate-200 bg-slate-50 p-2 text-left font-semibold"
            >
              {t("areaHeader")}
            </th>
            {matrix.columns.map((column) => {
              const isNetwork = !matrix.network;
              const label =
                column.id === GENERAL_COLUMN ? t("general", { network: column.label }) : column.label;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className="min-w-32 border border-slate-200 p-2 text-left align-bottom font-semibold"
                >
                  {isNetwork ? (
                    <Link
                      href={hrefWith("/cobertura", params, {
                        red: column.id,
                        kind: undefined,
                        page: undefined,
                      })}
                      title={t("bodiesOf", { network: column.name })}
                      className="text-ink"
                    >
                      {label}
                      {label !== column.name ? <span className="sr-only"> — {column.name}</span> : null}
                    </Link>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.area?.id ?? "none"}>
              <th
                scope="row"
                className="sticky left-0 z-10 border border-slate-200 bg-white p-2 text-left align-top font-semibold"
              >
                {row.area?.name ?? t("noArea")}
              </th>
              {row.cells.map((cell, i) => {
                const columnId = matrix.columns[i]?.id ?? String(i);
                return (
                  <Cell
                    key={columnId}
                    cell={cell}
                    labels={labels}
                    href={counted ? cellHref(params, columnId, row.area?.id ?? null) : undefined}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the three kinds of cell look like, in words. */
export async function CoverageLegend({ counted = false }: { counted?: boolean }) {
  const t = await getTranslations("coverage");
  return (
    <section aria-label={t("legendLabel")} className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      <span className="inline-flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-4 w-6 rounded border border-slate-300 bg-white" />
        {counted ? t("legendCoveredCount") : t("legendCovered")}
      </span>
      <span className="inline-flex items-center gap-2">
        <span
          aria-hidden="true"
          className={`inline-block h-4 w-6 rounded border border-amber-400 ${GAP_PATTERN}`}
        />
        {t("legendGap")}
      </span>
      <span className="inline-flex items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-block h-4 w-6 rounded border border-slate-300 bg-slate-50"
        />
        {t("legendNone")}
      </span>
    </section>
  );
}
