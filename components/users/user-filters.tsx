import { FilterBar, SearchFilter, SelectFilter } from "@/components/data-table/filter-bar";
import type { ListView } from "@/components/data-table/list-table";
import type { Named } from "@/components/filters/common-filters";
import { recordOptions, valueOptions } from "@/components/forms/options";
import { APP_ROLES } from "@/db/schema/values";
import { getTranslations } from "@/lib/i18n/translations";
import type { UserListParams } from "@/lib/users/list-params";

/** The user list's filters. */
export async function UserFilters({
  list,
  departments,
}: {
  list: ListView<UserListParams>;
  departments: Named[];
}) {
  const { params } = list;
  const t = await getTranslations("users.list");
  const roles = valueOptions(APP_ROLES, await getTranslations("enums.role"));
  const statuses = valueOptions(["active", "inactive"], (status) =>
    t(status === "active" ? "statusActive" : "statusInactive"),
  );
  return (
    <FilterBar label={t("filtersLabel")} list={list} columns="lg:grid-cols-[2fr_1fr_1.4fr_1fr]">
      <SearchFilter words={t} value={params.q} />
      <SelectFilter name="role" label={t("role")} value={params.role} allLabel={t("all")} options={roles} />
      <SelectFilter
        name="department"
        label={t("department")}
        value={params.department}
        allLabel={t("allDepartments")}
        options={recordOptions(departments)}
      />
      <SelectFilter
        name="status"
        label={t("status")}
        value={params.status}
        allLabel={t("all")}
        options={statuses}
      />
    </FilterBar>
  );
}
