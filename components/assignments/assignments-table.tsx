import { columnsOf } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/states";
import { ASSIGNMENT_LIST_DEFAULTS, type AssignmentListParams } from "@/lib/assignments/list-params";
import type { AssignmentRow } from "@/lib/assignments/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentRoleBadge, AssignmentStatusBadge, StaleBadge } from "./badges";

const col = columnsOf<AssignmentRow>();

/** /asignaciones: sorted and paged by the server, the header links change the URL. */
export async function AssignmentsTable({
  rows,
  params,
  hidden,
  empty,
}: {
  rows: AssignmentRow[];
  params: AssignmentListParams;
  hidden: string[];
  empty: { title: string; text: string };
}) {
  const t = await getTranslations("assignments");
  const columns = [
    col.accessor("person", {
      meta: { label: t("columns.person"), sort: "person", alwaysVisible: true, rowHeader: true },
      cell: ({ row: { original: a } }) => (
        <>
          <a href={`/personas/${a.person.id}`} className="font-semibold">
            {a.person.name}
          </a>
          {a.department ? <span className="block text-xs text-muted">{a.department.name}</span> : null}
        </>
      ),
    }),
    col.accessor("network", {
      meta: { label: t("columns.network"), sort: "network", alwaysVisible: true },
      cell: ({ row: { original: a } }) => (
        <>
          <a
            href={`/asignaciones/${a.id}`}
            className="font-semibold"
            aria-label={t("row.viewLabel", { person: a.person.name, network: a.network.name })}
          >
            {a.network.name}
          </a>
          <span className="block text-xs text-muted">{a.body?.name ?? t("row.general")}</span>
        </>
      ),
    }),
    col.accessor("thematicArea", {
      meta: { label: t("columns.area"), hideOnNarrow: true },
      cell: (info) => info.getValue()?.name,
    }),
    col.display({
      id: "role",
      meta: { label: t("columns.role") },
      cell: ({ row: { original: a } }) => (
        <span className="flex flex-wrap gap-1">
          <AssignmentRoleBadge role={a.role} />
          <AssignmentStatusBadge status={a.status} />
        </span>
      ),
    }),
    col.accessor("startsOn", {
      meta: { label: t("columns.period"), sort: "start" },
      cell: ({ row: { original: a } }) => (
        <span className="whitespace-nowrap">
          {t("row.period", {
            from: formatDate(a.startsOn),
            to: a.endsOn ? formatDate(a.endsOn) : t("row.openEnd"),
          })}
        </span>
      ),
    }),
    col.accessor("lastUpdatedAt", {
      meta: { label: t("columns.updated"), sort: "updated" },
      cell: ({ row: { original: a } }) => (
        <span className="flex flex-wrap items-center gap-1">
          <span className="whitespace-nowrap">
            {a.lastUpdatedAt ? formatDateTime(a.lastUpdatedAt).slice(0, 10) : t("row.never")}
          </span>
          {a.stale ? <StaleBadge /> : null}
        </span>
      ),
    }),
  ];
  return (
    <DataTable
      listKey="assignments"
      caption={(sorted) => t("list.tableCaption", sorted)}
      columns={columns}
      rows={rows}
      rowId={(row) => row.id}
      list={{ pathname: "/asignaciones", params, defaults: ASSIGNMENT_LIST_DEFAULTS }}
      hidden={hidden}
      empty={<EmptyState title={empty.title}>{empty.text}</EmptyState>}
    />
  );
}
