import { FilterBar, SearchFilter, SelectFilter } from "@/components/data-table/filter-bar";
import { APP_ROLES } from "@/db/schema/values";
import { getTranslations } from "@/lib/i18n/translations";
import { userList, type UserListParams } from "@/lib/users/list-params";

/** The user list's filters. */
export async function UserFilters({
  params,
  departments,
}: {
  params: UserListParams;
  departments: { id: string; name: string }[];
}) {
  const t = await getTranslations("users.list");
  const tRole = await getTranslations("enums.role");
  return (
    <FilterBar
      action="/admin/usuarios"
      label={t("filtersLabel")}
      list={{ params, defaults: userList.defaults }}
      columns="lg:grid-cols-[2fr_1fr_1.4fr_1fr]"
    >
      <SearchFilter label={t("searchLabel")} value={params.q} placeholder={t("searchPlaceholder")} />
      <SelectFilter
        name="role"
        label={t("role")}
        value={params.role}
        allLabel={t("all")}
        options={APP_ROLES.map((role) => ({ value: role, label: tRole(role) }))}
      />
      <SelectFilter
        name="department"
        label={t("department")}
        value={params.department}
        allLabel={t("allDepartments")}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
      />
      <SelectFilter
        name="status"
        label={t("status")}
        value={params.status}
        allLabel={t("all")}
        options={[
          { value: "active", label: t("statusActive") },
          { value: "inactive", label: t("statusInactive") },
        ]}
      />
    </FilterBar>
  );
}
