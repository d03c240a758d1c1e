import { getTranslations } from "@/lib/i18n/translations";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import {
  CheckFilter,
  DepartmentFilter,
  FilterBar,
  NetworkFilter,
  SearchFilter,
  SelectFilter,
} from "@/components/data-table/filter-bar";
import type { ListView } from "@/components/data-table/list-table";
import { valueOptions } from "@/components/forms/options";
import { SearchField } from "@/components/filters/search-field";
import type { CommitmentListParams } from "@/lib/commitments/list-params";
import type { SearchChoice } from "@/lib/search/choices";

/**
 * The filters of /compromisos as a GET form: the URL is the state, so a view ("what is
 * overdue in Mercociudades") can be bookmarked or shared, and it works before JavaScript loads.
 * The network, the owner and the department are searched fields (hundreds of networks and
 * departments, thousands of people): only the chosen one of each is rendered, by id.
 */
export async function CommitmentFilters({
  list,
  network,
  owner,
  department,
}: {
  list: ListView<CommitmentListParams>;
  network: SearchChoice | null;
  owner: SearchChoice | null;
  department: SearchChoice | null;
}) {
  const { params } = list;
  const t = await getTranslations("commitments.list");
  const statuses = [
    { value: "pending", label: t("statusPending") },
    ...valueOptions(COMMITMENT_STATUSES, await getTranslations("enums.commitmentStatus")),
  ];
  return (
    <FilterBar
      label={t("filtersLabel")}
      list={list}
      columns="lg:grid-cols-[1.6fr_1.4fr_1.2fr_1.4fr_1.2fr]"
      options={<CheckFilter name="overdue" label={t("onlyOverdue")} checked={params.overdue} />}
    >
      <SearchFilter words={t} value={params.q} />
      <NetworkFilter words={t} initial={network} />
      <SearchField
        id="filter-owner"
        name="owner"
        label={t("filterOwner")}
        source="personas"
        initial={owner}
        placeholder={t("allOwners")}
      />
      <DepartmentFilter words={t} initial={department} />
      <SelectFilter
        name="status"
        label={t("filterStatus")}
        value={params.status}
        allLabel={t("allStatuses")}
        options={statuses}
      />
    </FilterBar>
  );
}
