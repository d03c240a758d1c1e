import { getTranslations } from "@/lib/i18n/translations";
import { DepartmentFilter, FilterBar, NetworkFilter } from "@/components/data-table/filter-bar";
import { NetworkKindFilter } from "@/components/filters/common-filters";
import type { CoverageParams } from "@/lib/coverage/params";
import type { SearchChoice } from "@/lib/search/choices";

/**
 * The matrix's filters as a GET form: the URL is the state, and the CSV takes the same URL. The
 * network and the department are searched fields (hundreds of each): only the chosen one of
 * each is rendered, by id.
 */
export async function CoverageFilters({
  params,
  network,
  department,
}: {
  params: CoverageParams;
  network: SearchChoice | null;
  department: SearchChoice | null;
}) {
  const t = await getTranslations("coverage");
  return (
    <FilterBar
      label={t("filtersLabel")}
      list={{ pathname: "/cobertura", params, defaults: {} }}
      keep={[]}
      columns="lg:grid-cols-3"
    >
      <NetworkFilter words={t} initial={network} />
      <NetworkKindFilter label={t("filterKind")} value={params.kind} allLabel={t("allKinds")} />
      <DepartmentFilter words={t} initial={department} />
    </FilterBar>
  );
}
