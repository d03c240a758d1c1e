import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { NETWORK_LIST_DEFAULTS, type NetworkListParams } from "@/lib/networks/list-params";

/**
 * The directory's filters as a GET form: the URL is the state, so a filtered view can be
 * bookmarked or shared, and it works before JavaScript loads.
 */
export async function NetworkFilters({
  params,
  areas,
}: {
  params: NetworkListParams;
  areas: { id: string; name: string }[];
}) {
  const t = await getTranslations("networks.directory");
  const tEnum = await getTranslations("enums");
  const tCommon = await getTranslations("common.actions");
  const select = `${inputClass} min-w-40`;
  return (
    <Form
      action="/redes"
      aria-label={t("filtersLabel")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1.4fr_1fr]">
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
          <label htmlFor="filter-kind" className="text-sm font-semibold">
            {t("filterKind")}
          </label>
          <select id="filter-kind" name="kind" defaultValue={params.kind ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {NETWORK_KINDS.map((k) => (
              <option key={k} value={k}>
                {tEnum(`networkKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-area" className="text-sm font-semibold">
            {t("filterArea")}
          </label>
          <select id="filter-area" name="area" defaultValue={params.area ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-membership" className="text-sm font-semibold">
            {t("filterMembership")}
          </label>
          <select
            id="filter-membership"
            name="membership"
            defaultValue={params.membership ?? ""}
            className={select}
          >
            <option value="">{t("all")}</option>
            {MEMBERSHIP_STATUSES.map((m) => (
              <option key={m} value={m}>
                {tEnum(`membershipStatus.${m}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="archived"
            value="1"
            defaultChecked={params.archived}
            className="h-4 w-4"
          />
          {t("filterArchived")}
        </label>
        <div className="flex gap-2">
          {params.sort !== NETWORK_LIST_DEFAULTS.sort ? (
            <input type="hidden" name="sort" value={params.sort} />
          ) : null}
          {params.dir !== NETWORK_LIST_DEFAULTS.dir ? (
            <input type="hidden" name="dir" value={params.dir} />
          ) : null}
          {params.size !== NETWORK_LIST_DEFAULTS.size ? (
            <input type="hidden" name="size" value={params.size} />
          ) : null}
          <a href="/redes" className={buttonClass("ghost")}>
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
