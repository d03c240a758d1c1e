import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { DEPARTMENT_LIST_DEFAULTS, type DepartmentListParams } from "@/lib/departments/list-params";

/** The filters of /areas as a GET form: the URL is the state. */
export async function DepartmentFilters({
  params,
  departments,
}: {
  params: DepartmentListParams;
  departments: { id: string; name: string }[];
}) {
  const t = await getTranslations("departments.list");
  const tCommon = await getTranslations("common.actions");
  return (
    <Form
      // Remounted when the URL changes, so the fields show the filters in force after a
      // client-side navigation ("Limpiar filtros", a sort link).
      key={JSON.stringify(params)}
      action="/areas"
      aria-label={t("filtersLabel")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-semibold">
            {t("searchLabel")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder={t("searchPlaceholder")}
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-parent" className="text-sm font-semibold">
            {t("filterParent")}
          </label>
          <select id="filter-parent" name="parent" defaultValue={params.parent ?? ""} className={inputClass}>
            <option value="">{t("allParents")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          <label className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="assigned"
              value="1"
              defaultChecked={params.assigned}
              className="h-4 w-4"
            />
            {t("filterAssigned")}
          </label>
          <label className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" name="seats" value="1" defaultChecked={params.seats} className="h-4 w-4" />
            {t("filterSeats")}
          </label>
        </div>
        <div className="flex gap-2">
          {params.sort !== DEPARTMENT_LIST_DEFAULTS.sort ? (
            <input type="hidden" name="sort" value={params.sort} />
          ) : null}
          {params.dir !== DEPARTMENT_LIST_DEFAULTS.dir ? (
            <input type="hidden" name="dir" value={params.dir} />
          ) : null}
          {params.size !== DEPARTMENT_LIST_DEFAULTS.size ? (
            <input type="hidden" name="size" value={params.size} />
          ) : null}
          <a href="/areas" className={buttonClass("ghost")}>
            {tCommon("clearFilters")}
          </a>
          <button type="submit" className={buttonClass("primary")}>
            {tCommon("apply")}
          </button>
        </div>
      </div>
    </Form>
  );
}
