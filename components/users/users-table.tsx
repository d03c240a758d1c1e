import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AppRole } from "@/db/schema/values";
import { formatDateTime } from "@/lib/format";
import { USER_LIST_DEFAULTS, type UserListParams } from "@/lib/users/list-params";
import type { UserRow } from "@/lib/users/queries";
import { hrefWith } from "@/lib/url";

const ROLE_TONE: Record<AppRole, BadgeTone> = {
  admin: "violet",
  coordinator: "blue",
  head: "green",
  technical: "amber",
  viewer: "neutral",
};

type SortKey = UserListParams["sort"];

/** The user accounts table; sorting and paging are the server's (header links change the URL). */
export async function UsersTable({ rows, params }: { rows: UserRow[]; params: UserListParams }) {
  const format = await getFormatter();
  const t = await getTranslations("users.list");
  const tRole = await getTranslations("enums.role");
  const tTable = await getTranslations("common.table");
  const columns: { key: string; label: string; sort?: SortKey }[] = [
    { key: "name", label: t("columns.name"), sort: "name" },
    { key: "email", label: t("columns.email"), sort: "email" },
    { key: "role", label: t("columns.role"), sort: "role" },
    { key: "department", label: t("columns.department") },
    { key: "status", label: t("columns.status") },
    { key: "lastLogin", label: t("columns.lastLogin"), sort: "lastLogin" },
  ];
  const direction = params.dir === "asc" ? tTable("sortAscending") : tTable("sortDescending");
  const sorted = columns.find((c) => c.sort === params.sort)?.label ?? params.sort;

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("caption", { column: sorted, direction })}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((column) => {
              const active = column.sort === params.sort;
              const nextDir = active && params.dir === "asc" ? "desc" : "asc";
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
                  className="whitespace-nowrap px-4 py-3 text-left font-semibold text-ink"
                >
                  {column.sort ? (
                    <a
                      href={hrefWith(
                        "/admin/usuarios",
                        params,
                        { sort: column.sort, dir: nextDir, page: 1 },
                        USER_LIST_DEFAULTS,
                      )}
                      className="inline-flex items-center gap-1 text-ink no-underline hover:underline"
                    >
                      {column.label}
                      <span aria-hidden="true" className={active ? "text-brand-700" : "text-slate-500"}>
                        {active ? (params.dir === "asc" ? "▲" : "▼") : "↕"}
                      </span>
                      <span className="sr-only">{active ? `(${direction})` : ""}</span>
                    </a>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((user) => (
            <tr key={user.id} className="hover:bg-slate-50">
              <td className="px-4 py-3 align-top">
                <a
                  href={`/admin/usuarios/${user.id}`}
                  className="font-semibold underline-offset-2 hover:underline"
                >
                  {user.name}
                </a>
                {user.person && user.person !== user.name ? (
                  <span className="block text-xs text-muted">{user.person}</span>
                ) : null}
              </td>
              <td className="px-4 py-3 align-top">{user.email}</td>
              <td className="px-4 py-3 align-top">
                <Badge tone={ROLE_TONE[user.role]}>{tRole(user.role)}</Badge>
              </td>
              <td className="px-4 py-3 align-top">{user.department ?? ""}</td>
              <td className="px-4 py-3 align-top">
                <span className="flex flex-col items-start gap-1">
                  {user.active ? (
                    <Badge tone="green">{t("active")}</Badge>
                  ) : (
                    <Badge tone="red">{t("inactive")}</Badge>
                  )}
                  {user.mustChangePassword ? <Badge tone="amber">{t("mustChange")}</Badge> : null}
                </span>
              </td>
              <td className="whitespace-nowrap px-4 py-3 align-top">
                {user.lastLoginAt ? formatDateTime(format, user.lastLoginAt) : t("never")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
