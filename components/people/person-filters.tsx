import { DepartmentFilter, FilterBar, SearchFilter, SelectFilter } from "@/components/data-table/filter-bar";
import type { ListView } from "@/components/data-table/list-table";
import { getTranslations } from "@/lib/i18n/translations";
import type { PersonListParams } from "@/lib/people/list-params";
import type { SearchChoice } from "@/lib/search/choices";

/**
 * The directory's filters as a GET form: the URL is the state (bookmarkable, works without JS).
 * The department is a searched field (two hundred of them): only the chosen one is rendered.
 */
export async function PersonFilters({
  list,
  department,
}: {
  list: ListView<PersonListParams>;
  department: SearchChoice | null;
}) {
  const { params } = list;
  const t = await getTranslations("people.directory");
  /** "Any", "yes" or "no": whether a person has active assignments, or holds a seat. */
  const yesNo = (name: "assigned" | "seat") => (
    <SelectFilter
      name={name}
      label={t(`filter${name === "seat" ? "Seat" : "Assigned"}`)}
      value={params[name]}
      allLabel={t(`${name}Any`)}
      options={[
        { value: "1", label: t(`${name}Yes`) },
        { value: "0", label: t(`${name}No`) },
      ]}
    />
  );
  return (
    <FilterBar label={t("filtersLabel")} list={list} columns="lg:grid-cols-[2fr_1.6fr_1fr_1fr]">
      <SearchFilter words={t} value={params.q} />
      <DepartmentFilter words={t} initial={department} />
      {yesNo("assigned")}
      {yesNo("seat")}
    </FilterBar>
  );
}
