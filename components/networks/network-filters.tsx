import { CheckFilter, FilterBar, SearchFilter, SelectFilter } from "@/components/data-table/filter-bar";
import type { ListView } from "@/components/data-table/list-table";
import { valueOptions } from "@/components/forms/options";
import { NetworkKindFilter, ThematicAreaFilter, type Named } from "@/components/filters/common-filters";
import { MEMBERSHIP_STATUSES } from "@/db/schema/values";
import { getTranslations } from "@/lib/i18n/translations";
import type { NetworkListParams } from "@/lib/networks/list-params";

/** The directory's filters. */
export async function NetworkFilters({ list, areas }: { list: ListView<NetworkListParams>; areas: Named[] }) {
  const { params } = list;
  const t = await getTranslations("networks.directory");
  const memberships = valueOptions(MEMBERSHIP_STATUSES, await getTranslations("enums.membershipStatus"));
  return (
    <FilterBar
      label={t("filtersLabel")}
      list={list}
      columns="lg:grid-cols-[2fr_1fr_1.4fr_1fr]"
      options={<CheckFilter name="archived" label={t("filterArchived")} checked={params.archived} />}
    >
      <SearchFilter words={t} value={params.q} />
      <NetworkKindFilter label={t("filterKind")} value={params.kind} allLabel={t("all")} />
      <ThematicAreaFilter areas={areas} label={t("filterArea")} value={params.area} allLabel={t("all")} />
      <SelectFilter
        name="membership"
        label={t("filterMembership")}
        value={params.membership}
        allLabel={t("all")}
        options={memberships}
      />
    </FilterBar>
  );
}
