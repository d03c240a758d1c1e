import { CheckFilter, FilterBar, SearchFilter, SelectFilter } from "@/components/data-table/filter-bar";
import { MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import { getTranslations } from "@/lib/i18n/translations";
import { networkList, type NetworkListParams } from "@/lib/networks/list-params";

/** The directory's filters. */
export async function NetworkFilters({
  params,
  areas,
}: {
  params: NetworkListParams;
  areas: { id: string; name: string }[];
}) {
  const t = await getTranslations("networks.directory");
  const tEnum = await getTranslations("enums");
  return (
    <FilterBar
      action="/redes"
      label={t("filtersLabel")}
      list={{ params, defaults: networkList.defaults }}
      columns="lg:grid-cols-[2fr_1fr_1.4fr_1fr]"
      options={<CheckFilter name="archived" label={t("filterArchived")} checked={params.archived} />}
    >
      <SearchFilter label={t("searchLabel")} value={params.q} placeholder={t("searchPlaceholder")} />
      <SelectFilter
        name="kind"
        label={t("filterKind")}
        value={params.kind}
        allLabel={t("all")}
        options={NETWORK_KINDS.map((k) => ({ value: k, label: tEnum(`networkKind.${k}`) }))}
      />
      <SelectFilter
        name="area"
        label={t("filterArea")}
        value={params.area}
        allLabel={t("all")}
        options={areas.map((a) => ({ value: a.id, label: a.name }))}
      />
      <SelectFilter
        name="membership"
        label={t("filterMembership")}
        value={params.membership}
        allLabel={t("all")}
        options={MEMBERSHIP_STATUSES.map((m) => ({ value: m, label: tEnum(`membershipStatus.${m}`) }))}
      />
    </FilterBar>
  );
}
