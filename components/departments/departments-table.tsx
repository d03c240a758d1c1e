import { getTranslations } from "@/lib/i18n/translations";
import { SortHeader, sortCaption } from "@/components/people/sort-header";
import { DEPARTMENT_LIST_DEFAULTS, type DepartmentListParams } from "@/lib/departments/list-params";
import type { DepartmentRow } from "@/lib/departments/queries";
import { hrefWith } from "@/lib/url";

/** The departments list: sorted and paged by the server. */
export async function DepartmentsTable({
  rows,
  params,
}: {
  rows: DepartmentRow[];
  params: DepartmentListParams;
}) {
  const t = await getTranslations("departments");
  const href = (sort: string, dir: "asc" | "desc") =>
    hrefWith("/areas", params, { sort, dir, page: 1 }, DEPARTMENT_LIST_DEFAULTS);
  const sortLabels = { name: t("columns.name"), short: t("columns.short") };
  const caption = await sortCaption((v) => t("list.tableCaption", v), sortLabels[params.sort], params.dir);
  const header = { sort: params.sort, dir: params.dir, href };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader label={sortLabels.name} sortKey="name" {...header} />
            <SortHeader label={sortLabels.short} sortKey="short" {...header} />
            <SortHeader label={t("columns.parent")} {...header} />
            <SortHeader label={t("columns.people")} {...header} className="text-right" />
            <SortHeader label={t("columns.assignments")} {...header} className="text-right" />
            <SortHeader label={t("columns.seats")} {...header} className="text-right" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="px-4 py-3 align-top">
                <a href={`/areas/${row.id}`} className="font-semibold underline-offset-2 hover:underline">
                  {row.name}
                </a>
              </td>
              <td className="px-4 py-3 align-top">{row.shortName}</td>
              <td className="px-4 py-3 align-top">
                {row.parent ? <a href={`/areas/${row.parent.id}`}>{row.parent.name}</a> : null}
              </td>
              <td className="px-4 py-3 text-right align-top tabular-nums">{row.people}</td>
              <td className="px-4 py-3 text-right align-top tabular-nums">{row.activeAssignments}</td>
              <td className="px-4 py-3 text-right align-top tabular-nums">{row.seatsHeld}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
