import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NETWORK_KINDS } from "@/db/schema/values";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { CoverageParams } from "@/lib/coverage/params";

/** The matrix's filters as a GET form: the URL is the state, and the CSV takes the same URL. */
export async function CoverageFilters({
  params,
  networks,
  departments,
}: {
  params: CoverageParams;
  networks: { id: string; name: string }[];
  departments: { id: string; name: string }[];
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
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-red" className="text-sm font-semibold">
            {t("filterNetwork")}
          </label>
          <select id="filter-red" name="red" defaultValue={params.red ?? ""} className={inputClass}>
            <option value="">{t("allNetworks")}</option>
            {networks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </div>
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
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-department" className="text-sm font-semibold">
            {t("filterDepartment")}
          </label>
          <select
            id="filter-department"
            name="department"
            defaultValue={params.department ?? ""}
            className={inputClass}
          >
            <option value="">{t("allDepartments")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-end gap-2">
        <Link href="/cobertura" className={buttonClass("ghost")}>
          {tCommon("clearFilters")}
        </Link>
        <button type="submit" className={buttonClass("primary")}>
          {tCommon("apply")}
        </button>
      </div>
    </Form>
  );
}
