import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { APP_ROLES } from "@/db/schema/values";
import { USER_LIST_DEFAULTS, type UserListParams } from "@/lib/users/list-params";

/** The user list's filters as a GET form: the URL is the state (bookmarkable, works without JavaScript). */
export async function UserFilters({
  params,
  departments,
}: {
  params: UserListParams;
  departments: { id: string; name: string }[];
}) {
  const t = await getTranslations("users.list");
  const tRole = await getTranslations("enums.role");
  const tCommon = await getTranslations("common.actions");
  const select = `${inputClass} min-w-40`;
  return (
    <Form
      action="/admin/usuarios"
      aria-label={t("filtersLabel")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1.4fr_1fr]">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-semibold">
            {t("searchLabel")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder={t("searchPlaceholder")}
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-role" className="text-sm font-semibold">
            {t("role")}
          </label>
          <select id="filter-role" name="role" defaultValue={params.role ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {APP_ROLES.map((role) => (
              <option key={role} value={role}>
                {tRole(role)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-department" className="text-sm font-semibold">
            {t("department")}
          </label>
          <select
            id="filter-department"
            name="department"
            defaultValue={params.department ?? ""}
            className={select}
          >
            <option value="">{t("allDepartments")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-status" className="text-sm font-semibold">
            {t("status")}
          </label>
          <select id="filter-status" name="status" defaultValue={params.status} className={select}>
            <option value="all">{t("all")}</option>
            <option value="active">{t("statusActive")}</option>
            <option value="inactive">{t("statusInactive")}</option>
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        {params.sort !== USER_LIST_DEFAULTS.sort ? (
          <input type="hidden" name="sort" value={params.sort} />
        ) : null}
        {params.dir !== USER_LIST_DEFAULTS.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
        {params.size !== USER_LIST_DEFAULTS.size ? (
          <input type="hidden" name="size" value={params.size} />
        ) : null}
        <a href="/admin/usuarios" className={buttonClass("ghost")}>
          {tCommon("clearFilters")}
        </a>
        <button type="submit" className={buttonClass("primary")}>
          {tCommon("apply")}
        </button>
      </div>
    </Form>
  );
}
