import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { NETWORK_KINDS } from "@/db/schema/values";
import { SearchField } from "@/components/filters/search-field";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { CoverageParams } from "@/lib/coverage/params";
import type { SearchChoice } from "@/lib/search/choices";

/**
 * The matrix's filters as a GET form: the URL is the state, and the CSV takes the same URL. The
 * network and the department are searched fields (hundreds of each): only the chosen one of
 * each is rendered, by id.
 */
export async function CoverageFilters({
  params,
  network,
  department,
}: {
  params: CoverageParams;
  network: SearchChoice | null;
  department: SearchChoice | null;
}) {
  const t = await getTranslations("coverage");
  const tEnum = await getTranslations("enums");
  const tCommon = await getTranslations("common.actions");
  return (
    <Form
      // Remounted when the URL changes, so the fields show the filters in force after a
      // client-side navigation (a header link, "Limpiar filtros").
      key={JSON.stringify(params)}
      action="/cobertura"
      aria-label={t("filtersLabel")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <SearchField
          id="filter-red"
          name="red"
          label={t("filterNetwork")}
          source="redes"
          initial={network}
          placeholder={t("allNetworks")}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-kind" className="text-sm font-semibold">
            {t("filterKind")}
          </label>
          <select id="filter-kind" name="kind" defaultValue={params.kind ?? ""} className={inputClass}>
            <option value="">{t("allKinds")}</option>
            {NETWORK_KINDS.map((k) => (
              <option key={k} value={k}>
                {tEnum(`networkKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <SearchField
          id="filter-department"
          name="department"
          label={t("filterDepartment")}
          source="reparticiones"
          initial={department}
          placeholder={t("allDepartments")}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-end gap-2">
        <a href="/cobertura" className={buttonClass("ghost")}>
          {tCommon("clearFilters")}
        </a>
        <button type="submit" className={buttonClass("primary")}>
          {tCommon("apply")}
        </button>
      </div>
    </Form>
  );
}
