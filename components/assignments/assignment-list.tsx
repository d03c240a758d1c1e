import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import type { AssignmentRow } from "@/lib/assignments/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { AssignmentRoleBadge, AssignmentStatusBadge, StaleBadge } from "./badges";

/**
 * The assignments of one person or one department's people, on their pages: where, role,
 * status, period and last update. `showPerson` adds the person's column (department page).
 */
export async function AssignmentList({
  rows,
  caption,
  showPerson = false,
}: {
  rows: AssignmentRow[];
  caption: string;
  showPerson?: boolean;
}) {
  const format = await getFormatter();
  const t = await getTranslations("assignments");
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            {showPerson ? (
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("columns.person")}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("columns.network")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("columns.area")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("columns.role")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("columns.period")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("columns.updated")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((a) => (
            <tr key={a.id}>
              {showPerson ? (
                <td className="py-2 pr-4 align-top">
                  <a href={`/personas/${a.person.id}`} className="font-semibold">
                    {a.person.name}
                  </a>
                </td>
              ) : null}
              <td className="py-2 pr-4 align-top">
                <a
                  href={`/asignaciones/${a.id}`}
                  className="font-semibold"
                  aria-label={t("row.viewLabel", { person: a.person.name, network: a.network.name })}
                >
                  {a.network.name}
                </a>
                <span className="block text-xs text-muted">{a.body?.name ?? t("row.general")}</span>
              </td>
              <td className="py-2 pr-4 align-top">{a.thematicArea?.name}</td>
              <td className="py-2 pr-4 align-top">
                <span className="flex flex-wrap gap-1">
                  <AssignmentRoleBadge role={a.role} />
                  <AssignmentStatusBadge status={a.status} />
                </span>
              </td>
              <td className="whitespace-nowrap py-2 pr-4 align-top">
                {t("row.period", {
                  from: formatDate(format, a.startsOn),
                  to: a.endsOn ? formatDate(format, a.endsOn) : t("row.openEnd"),
                })}
              </td>
              <td className="py-2 pr-4 align-top">
                <span className="flex flex-wrap items-center gap-1">
                  {a.lastUpdatedAt ? formatDateTime(format, a.lastUpdatedAt).slice(0, 10) : t("row.never")}
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
