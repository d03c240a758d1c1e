import { DepartmentFilter, FilterBar, SearchFilter, SelectFilter } from "@/components/data-table/filter-bar";
import { getTranslations } from "@/lib/i18n/translations";
import { personList, type PersonListParams } from "@/lib/people/list-params";
import type { SearchChoice } from "@/lib/search/choices";

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
  return (
    <FilterBar
      action="/personas"
      label={t("filtersLabel")}
      list={{ params, defaults: personList.defaults }}
      columns="lg:grid-cols-[2fr_1.6fr_1fr_1fr]"
    >
      <SearchFilter label={t("searchLabel")} value={params.q} placeholder={t("searchPlaceholder")} />
      <DepartmentFilter
        label={t("filterDepartment")}
        initial={department}
        placeholder={t("allDepartments")}
      />
      <SelectFilter
        name="assigned"
        label={t("filterAssigned")}
        value={params.assigned}
        allLabel={t("assignedAny")}
        options={[
          { value: "1", label: t("assignedYes") },
          { value: "0", label: t("assignedNo") },
        ]}
      />
      <SelectFilter
        name="seat"
        label={t("filterSeat")}
        value={params.seat}
        allLabel={t("seatAny")}
        options={[
          { value: "1", label: t("seatYes") },
          { value: "0", label: t("seatNo") },
        ]}
      />
    </FilterBar>
  );
}
