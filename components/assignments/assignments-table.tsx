import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { SortHeader, sortCaption } from "@/components/people/sort-header";
import { ASSIGNMENT_LIST_DEFAULTS, type AssignmentListParams } from "@/lib/assignments/list-params";
import type { AssignmentRow } from "@/lib/assignments/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { hrefWith } from "@/lib/url";
import { AssignmentRoleBadge, AssignmentStatusBadge, StaleBadge } from "./badges";

/** /asignaciones: sorted and paged by the server, the header links change the URL. */
export async function AssignmentsTable({
  rows,
  params,
}: {
  rows: AssignmentRow[];
  params: AssignmentListParams;
}) {
  const format = await getFormatter();
  const t = await getTranslations("assignments");
  const href = (sort: string, dir: "asc" | "desc") =>
    hrefWith("/asignaciones", params, { sort, dir, page: 1 }, ASSIGNMENT_LIST_DEFAULTS);
  const sortLabels = {
    person: t("columns.person"),
    network: t("columns.network"),
    start: t("columns.period"),
    updated: t("columns.updated"),
  };
  const caption = await sortCaption((v) => t("list.tableCaption", v), sortLabels[params.sort], params.dir);
  const header = { sort: params.sort, dir: params.dir, href };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader label={sortLabels.person} sortKey="person" {...header} />
            <SortHeader label={sortLabels.network} sortKey="network" {...header} />
            <SortHeader label={t("columns.area")} {...header} />
            <SortHeader label={t("columns.role")} {...header} />
            <SortHeader label={sortLabels.start} sortKey="start" {...header} />
            <SortHeader label={sortLabels.updated} sortKey="updated" {...header} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((a) => (
            <tr key={a.id} className="hover:bg-slate-50">
              <td className="px-4 py-3 align-top">
                <a href={`/personas/${a.person.id}`} className="font-semibold">
                  {a.person.name}
                </a>
                {a.department ? <span className="block text-xs text-muted">{a.department.name}</span> : null}
              </td>
              <td className="px-4 py-3 align-top">
                <a
                  href={`/asignaciones/${a.id}`}
                  className="font-semibold"
                  aria-label={t("row.viewLabel", { person: a.person.name, network: a.network.name })}
                >
                  {a.network.name}
                </a>
                <span className="block text-xs text-muted">{a.body?.name ?? t("row.general")}</span>
              </td>
              <td className="px-4 py-3 align-top">{a.thematicArea?.name}</td>
              <td className="px-4 py-3 align-top">
                <span className="flex flex-wrap gap-1">
                  <AssignmentRoleBadge role={a.role} />
                  <AssignmentStatusBadge status={a.status} />
                </span>
              </td>
              <td className="whitespace-nowrap px-4 py-3 align-top">
                {t("row.period", {
                  from: formatDate(format, a.startsOn),
                  to: a.endsOn ? formatDate(format, a.endsOn) : t("row.openEnd"),
                })}
              </td>
              <td className="px-4 py-3 align-top">
                <span className="flex flex-wrap items-center gap-1">
                  <span className="whitespace-nowrap">
                    {a.lastUpdatedAt ? formatDateTime(format, a.lastUpdatedAt).slice(0, 10) : t("row.never")}
                  </span>
                  {a.stale ? <StaleBadge /> : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
