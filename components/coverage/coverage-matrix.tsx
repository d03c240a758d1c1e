import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/translations";
import type { CoverageParams } from "@/lib/coverage/params";
import {
  GENERAL_COLUMN,
  type CoverageAssignee,
  type CoverageCell,
  type CoverageMatrix,
} from "@/lib/coverage/queries";
import { hrefWith } from "@/lib/url";
import {
  CoverageTable,
  type CoverageTableCell,
  type CoverageTableColumn,
  type CoverageTableRow,
} from "./coverage-table";

/** The words every cell uses, read once per matrix rather than once per cell. */
interface CellLabels {
  role: (role: CoverageAssignee["role"]) => string;
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
    : hrefWith("/cobertura", { department: params.department, network: networkId }, {});
}

/** A cell's data for the table: counts link to who they are, names come with their role. */
function tableCell(cell: CoverageCell, labels: CellLabels, href: string | null): CoverageTableCell {
  if (cell.state === "none") return null;
  if (cell.state === "gap") return "gap";
  if (href !== null) return { count: cell.count, label: labels.count(cell.count), href };
  return {
    assignees: cell.assignees.map((a) => ({
      id: a.assignmentId,
      name: a.person.name,
      detail: [a.department, labels.role(a.role)].filter(Boolean).join(" · "),
    })),
  };
}

/**
 * The matrix: its words, links and cells chosen here, on the server, and laid out by the
 * CoverageTable client component.
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
    role: (role) => tEnum(`assignmentRole.${role}`),
    count: (count) => t("peopleCount", { count }),
  };
  const counted = matrix.detail === "counts";
  const byNetwork = !matrix.network;
  const columns: CoverageTableColumn[] = matrix.columns.map((column) => {
    const label = column.id === GENERAL_COLUMN ? t("general", { network: column.label }) : column.label;
    return {
      id: column.id,
      label,
      fullName: byNetwork && label !== column.name ? column.name : null,
      href: byNetwork
        ? hrefWith("/cobertura", params, { network: column.id, kind: undefined, page: undefined })
        : null,
      title: byNetwork ? t("bodiesOf", { network: column.name }) : null,
    };
  });
  const rows: CoverageTableRow[] = matrix.rows.map((row) => ({
    key: row.area?.id ?? "none",
    name: row.area?.name ?? t("noArea"),
    cells: row.cells.map((cell, i) => {
      const columnId = matrix.columns[i]?.id ?? String(i);
      return tableCell(cell, labels, counted ? cellHref(params, columnId, row.area?.id ?? null) : null);
    }),
  }));
  return (
    <CoverageTable
      caption={matrix.network ? t("captionNetwork", { network: matrix.network.name }) : t("caption")}
      areaHeader={t("areaHeader")}
      columns={columns}
      rows={rows}
      words={{ gap: t("gap"), none: t("none") }}
    />
  );
}

/** What the three kinds of cell look like, in words. */
export async function CoverageLegend({ counted = false }: { counted?: boolean }) {
  const t = await getTranslations("coverage");
  return (
    <section aria-label={t("legendLabel")} className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      <LegendEntry swatch="border-slate-300 bg-white">
        {counted ? t("legendCoveredCount") : t("legendCovered")}
      </LegendEntry>
      <LegendEntry swatch="coverage-gap-pattern border-amber-400">{t("legendGap")}</LegendEntry>
      <LegendEntry swatch="border-slate-300 bg-slate-50">{t("legendNone")}</LegendEntry>
    </section>
  );
}

/** One entry of the legend: a swatch of the cells it explains (its border and fill), then words. */
function LegendEntry({ swatch, children }: { swatch: string; children: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className={`inline-block h-4 w-6 rounded border ${swatch}`} />
      {children}
    </span>
  );
}
