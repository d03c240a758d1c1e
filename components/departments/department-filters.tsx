import { CheckFilter, FilterBar, SearchFilter, SelectFilter } from "@/components/data-table/filter-bar";
import { departmentList, type DepartmentListParams } from "@/lib/departments/list-params";
import { getTranslations } from "@/lib/i18n/translations";

/** The filters of /areas as a GET form: the URL is the state. */
export async function DepartmentFilters({
  params,
  departments,
}: {
  params: DepartmentListParams;
  departments: { id: string; name: string }[];
}) {
  const t = await getTranslations("departments.list");
  return (
    <FilterBar
      action="/areas"
      label={t("filtersLabel")}
      list={{ params, defaults: departmentList.defaults }}
      columns="lg:grid-cols-2"
      options={
        <>
          <CheckFilter name="assigned" label={t("filterAssigned")} checked={params.assigned} />
          <CheckFilter name="seats" label={t("filterSeats")} checked={params.seats} />
        </>
      }
    >
      <SearchFilter label={t("searchLabel")} value={params.q} placeholder={t("searchPlaceholder")} />
      <SelectFilter
        name="parent"
        label={t("filterParent")}
        value={params.parent}
        allLabel={t("allParents")}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
      />
    </FilterBar>
  );
}
