import { getTranslations } from "@/lib/i18n/translations";
import { Badge } from "@/components/ui/badge";
import { PERSON_LIST_DEFAULTS, type PersonListParams } from "@/lib/people/list-params";
import type { PersonRow } from "@/lib/people/queries";
import { hrefWith } from "@/lib/url";
import { SortHeader, sortCaption } from "./sort-header";

/** The people directory: sorted and paged by the server, the header links change the URL. */
export async function PeopleTable({ rows, params }: { rows: PersonRow[]; params: PersonListParams }) {
  const t = await getTranslations("people");
  const href = (sort: string, dir: "asc" | "desc") =>
    hrefWith("/personas", params, { sort, dir, page: 1 }, PERSON_LIST_DEFAULTS);
  const sortLabels = {
    name: t("columns.name"),
    department: t("columns.department"),
    position: t("columns.position"),
  };
  const caption = await sortCaption(
    (v) => t("directory.tableCaption", v),
    sortLabels[params.sort],
    params.dir,
  );
  const header = { sort: params.sort, dir: params.dir, href };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader label={sortLabels.name} sortKey="name" {...header} />
            <SortHeader label={sortLabels.position} sortKey="position" {...header} />
            <SortHeader label={sortLabels.department} sortKey="department" {...header} />
            <SortHeader label={t("columns.contact")} {...header} />
            <SortHeader label={t("columns.assignments")} {...header} className="text-right" />
            <SortHeader label={t("columns.seats")} {...header} className="text-right" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="px-4 py-3 align-top">
                <a href={`/personas/${row.id}`} className="font-semibold underline-offset-2 hover:underline">
                  {row.fullName}
                </a>
                {row.hasUser ? (
                  <span className="ml-2">
                    <Badge>{t("directory.userBadge")}</Badge>
                  </span>
                ) : null}
              </td>
              <td className="px-4 py-3 align-top text-muted">{row.position}</td>
              <td className="px-4 py-3 align-top">
                {row.department ? <a href={`/areas/${row.department.id}`}>{row.department.name}</a> : null}
              </td>
              <td className="px-4 py-3 align-top">
                {row.email ? (
                  <a href={`mailto:${row.email}`} className="block whitespace-nowrap">
                    {row.email}
                  </a>
                ) : null}
                {row.phone ? <span className="block whitespace-nowrap text-muted">{row.phone}</span> : null}
              </td>
              <td className="px-4 py-3 text-right align-top tabular-nums">{row.activeAssignments}</td>
              <td className="px-4 py-3 text-right align-top tabular-nums">{row.seatsHeld}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
