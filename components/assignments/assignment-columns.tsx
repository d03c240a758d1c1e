import { columnsOf } from "@/components/data-table/columns";
import type { AssignmentRow } from "@/lib/assignments/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentRoleBadge, AssignmentStatusBadge, StaleBadge } from "./badges";

const col = columnsOf<AssignmentRow>();

/**
 * The columns of a list of assignments: /asignaciones (the person with their department, as the
 * row's header), or a person's or a department's page (the person's column left out, or plain).
 */
export async function assignmentColumns(person: "withDepartment" | "plain" | "none") {
  const t = await getTranslations("assignments");
  const format = await getFormatter();
  const listed = person === "withDepartment";
  const personColumn = [
    col.accessor("person", {
      meta: { label: t("columns.person"), sort: "person", alwaysVisible: true, rowHeader: listed },
      cell: ({ row: { original: a } }) => (
        <>
          <a href={`/personas/${a.person.id}`} className="font-semibold">
            {a.person.name}
          </a>
          {person === "withDepartment" && a.department ? (
            <span className="block text-xs text-muted">{a.department.name}</span>
          ) : null}
        </>
      ),
    }),
  ];
  return [
    ...(person === "none" ? [] : personColumn),
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
            from: formatDate(format, a.startsOn),
            to: a.endsOn ? formatDate(format, a.endsOn) : t("row.openEnd"),
          })}
        </span>
      ),
    }),
    col.accessor("lastUpdatedAt", {
      meta: { label: t("columns.updated"), sort: "updated" },
      cell: ({ row: { original: a } }) => (
        <span className="flex flex-wrap items-center gap-1">
          <span className="whitespace-nowrap">
            {a.lastUpdatedAt ? formatDateTime(format, a.lastUpdatedAt).slice(0, 10) : t("row.never")}
          </span>
          {a.stale ? <StaleBadge /> : null}
        </span>
      ),
    }),
  ];
}
