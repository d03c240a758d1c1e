import { CheckFilter, FilterBar, SearchFilter, SelectFilter } from "@/components/data-table/filter-bar";
import type { ListView } from "@/components/data-table/list-table";
import type { Named } from "@/components/filters/common-filters";
import { recordOptions } from "@/components/forms/options";
import type { DepartmentListParams } from "@/lib/departments/list-params";
import { getTranslations } from "@/lib/i18n/translations";

/** The filters of /areas as a GET form: the URL is the state. */
export async function DepartmentFilters({
  list,
  departments,
}: {
  list: ListView<DepartmentListParams>;
  departments: Named[];
}) {
  const { params } = list;
  const t = await getTranslations("departments.list");
  return (
    <FilterBar
      label={t("filtersLabel")}
      list={list}
      columns="lg:grid-cols-2"
      options={
        <>
          <CheckFilter name="assigned" label={t("filterAssigned")} checked={params.assigned} />
          <CheckFilter name="seats" label={t("filterSeats")} checked={params.seats} />
        </>
      }
    >
      <SearchFilter words={t} value={params.q} />
      <SelectFilter
        name="parent"
        label={t("filterParent")}
        value={params.parent}
        allLabel={t("allParents")}
        options={recordOptions(departments)}
      />
    </FilterBar>
  );
}
