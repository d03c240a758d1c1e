import { getTranslations } from "@/lib/i18n/translations";
import { ASSIGNMENT_ROLES } from "@/db/schema/values";
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
import { ThematicAreaFilter } from "@/components/filters/common-filters";
import type { SearchChoice } from "@/lib/search/choices";
import { ASSIGNMENT_STATUS_FILTERS, type AssignmentListParams } from "@/lib/assignments/list-params";
import type { AssignmentFilterOptions } from "@/lib/assignments/queries";

const STATUS_LABELS = {
  current: "statusCurrent",
  active: "statusActive",
  paused: "statusPaused",
  ended: "statusEnded",
  all: "statusAll",
} as const;

/**
 * The filters of /asignaciones as a GET form: the URL is the state (bookmarkable). The network
 * and the department are searched fields (hundreds of each: only the chosen one is rendered);
 * the body list holds the chosen network's bodies.
 */
export async function AssignmentFilters({
  list,
  options,
  network,
  department,
}: {
  list: ListView<AssignmentListParams>;
  options: AssignmentFilterOptions;
  network: SearchChoice | null;
  department: SearchChoice | null;
}) {
  const { params } = list;
  const t = await getTranslations("assignments.list");
  const roles = valueOptions(ASSIGNMENT_ROLES, await getTranslations("enums.assignmentRole"));
  const statuses = valueOptions(ASSIGNMENT_STATUS_FILTERS, (status) => t(STATUS_LABELS[status]));
  const byNetwork = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const b of options.bodies) {
    const group = byNetwork.get(b.networkId) ?? { label: b.network, options: [] };
    group.options.push({ value: b.id, label: b.name });
    byNetwork.set(b.networkId, group);
  }
  return (
    <FilterBar
      label={t("filtersLabel")}
      list={list}
      options={<CheckFilter name="stale" label={t("filterStale")} checked={params.stale} />}
    >
      <SearchFilter words={t} value={params.q} />
      <NetworkFilter words={t} initial={network} />
      <SelectFilter
        name="body"
        label={t("filterBody")}
        value={params.body}
        allLabel={t("allBodies")}
        groups={[...byNetwork.values()]}
        // Only the chosen network's bodies: the city has thousands.
        disabled={!options.bodies.length}
        hint={options.bodies.length ? undefined : t("bodyNeedsNetwork")}
      />
      <ThematicAreaFilter
        areas={options.thematicAreas}
        label={t("filterArea")}
        value={params.area}
        allLabel={t("allAreas")}
      />
      <DepartmentFilter words={t} initial={department} />
      <SelectFilter
        name="role"
        label={t("filterRole")}
        value={params.role}
        allLabel={t("allRoles")}
        options={roles}
      />
      <SelectFilter name="status" label={t("filterStatus")} value={params.status} options={statuses} />
    </FilterBar>
  );
}
