import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import { buttonClass } from "@/components/ui/button";
import { SearchField } from "@/components/filters/search-field";
import { inputClass } from "@/components/ui/field";
import { COMMITMENT_LIST_DEFAULTS, type CommitmentListParams } from "@/lib/commitments/list-params";
import type { SearchChoice } from "@/lib/search/choices";

/**
 * The filters of /compromisos as a GET form: the URL is the state, so a view ("what is
 * overdue in Mercociudades") can be bookmarked or shared, and it works before JavaScript loads.
 * The network, the owner and the department are searched fields (hundreds of networks and
 * departments, thousands of people): only the chosen one of each is rendered, by id.
 */
export async function CommitmentFilters({
  params,
  network,
  owner,
  department,
}: {
  params: CommitmentListParams;
  network: SearchChoice | null;
  owner: SearchChoice | null;
  department: SearchChoice | null;
}) {
  const t = await getTranslations("commitments.list");
  const tEnum = await getTranslations("enums");
  const tCommon = await getTranslations("common.actions");
  const select = `${inputClass} min-w-36`;
  return (
    <Form
      action="/compromisos"
      aria-label={t("filtersLabel")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[1.6fr_1.4fr_1.2fr_1.4fr_1.2fr]">
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
          id="filter-network"
          name="red"
          label={t("filterNetwork")}
          source="redes"
          initial={network}
          placeholder={t("allNetworks")}
        />
        <SearchField
          id="filter-owner"
          name="owner"
          label={t("filterOwner")}
          source="personas"
          initial={owner}
          placeholder={t("allOwners")}
        />
        <SearchField
          id="filter-department"
          name="department"
          label={t("filterDepartment")}
          source="reparticiones"
          initial={department}
          placeholder={t("allDepartments")}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-status" className="text-sm font-semibold">
            {t("filterStatus")}
          </label>
          <select id="filter-status" name="status" defaultValue={params.status ?? ""} className={select}>
            <option value="">{t("allStatuses")}</option>
            <option value="pending">{t("statusPending")}</option>
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tEnum(`commitmentStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="overdue"
            value="1"
            defaultChecked={params.overdue}
            className="h-4 w-4"
          />
          {t("onlyOverdue")}
        </label>
        <div className="flex gap-2">
          {params.sort !== COMMITMENT_LIST_DEFAULTS.sort ? (
            <input type="hidden" name="sort" value={params.sort} />
          ) : null}
          {params.dir !== COMMITMENT_LIST_DEFAULTS.dir ? (
            <input type="hidden" name="dir" value={params.dir} />
          ) : null}
          {params.size !== COMMITMENT_LIST_DEFAULTS.size ? (
            <input type="hidden" name="size" value={params.size} />
          ) : null}
          <a href="/compromisos" className={buttonClass("ghost")}>
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
