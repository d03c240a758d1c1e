import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { SearchField } from "@/components/filters/search-field";
import type { SearchChoice } from "@/lib/search/choices";
import { PERSON_LIST_DEFAULTS, type PersonListParams } from "@/lib/people/list-params";

/**
 * The directory's filters as a GET form: the URL is the state (bookmarkable, works without JS).
 * The department is a searched field (two hundred of them): only the chosen one is rendered.
 */
export async function PersonFilters({
  params,
  department,
}: {
  params: PersonListParams;
  department: SearchChoice | null;
}) {
  const t = await getTranslations("people.directory");
  const tCommon = await getTranslations("common.actions");
  const select = `${inputClass} min-w-40`;
  return (
    <Form
      // Remounted when the URL changes, so the fields show the filters in force after a
      // client-side navigation ("Limpiar filtros", a sort link).
      key={JSON.stringify(params)}
      action="/personas"
      aria-label={t("filtersLabel")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1.6fr_1fr_1fr]">
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
        <SearchField
          id="filter-department"
          name="department"
          label={t("filterDepartment")}
          source="reparticiones"
          initial={department}
          placeholder={t("allDepartments")}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-assigned" className="text-sm font-semibold">
            {t("filterAssigned")}
          </label>
          <select
            id="filter-assigned"
            name="assigned"
            defaultValue={params.assigned ?? ""}
            className={select}
          >
            <option value="">{t("assignedAny")}</option>
            <option value="1">{t("assignedYes")}</option>
            <option value="0">{t("assignedNo")}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-seat" className="text-sm font-semibold">
            {t("filterSeat")}
          </label>
          <select id="filter-seat" name="seat" defaultValue={params.seat ?? ""} className={select}>
            <option value="">{t("seatAny")}</option>
            <option value="1">{t("seatYes")}</option>
            <option value="0">{t("seatNo")}</option>
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-end gap-2">
        {params.sort !== PERSON_LIST_DEFAULTS.sort ? (
          <input type="hidden" name="sort" value={params.sort} />
        ) : null}
        {params.dir !== PERSON_LIST_DEFAULTS.dir ? (
          <input type="hidden" name="dir" value={params.dir} />
        ) : null}
        {params.size !== PERSON_LIST_DEFAULTS.size ? (
          <input type="hidden" name="size" value={params.size} />
        ) : null}
        <a href="/personas" className={buttonClass("ghost")}>
          {tCommon("clearFilters")}
        </a>
        <button type="submit" className={buttonClass("primary")}>
          {tCommon("apply")}
        </button>
      </div>
    </Form>
  );
}
