import { columnsOf } from "@/components/data-table/columns";
import { ListTable, type ListTableProps } from "@/components/data-table/list-table";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AppRole } from "@/db/schema/values";
import { formatDateTime } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import type { UserListParams } from "@/lib/users/list-params";
import type { UserRow } from "@/lib/users/queries";

const ROLE_TONE: Record<AppRole, BadgeTone> = {
  admin: "violet",
  coordinator: "blue",
  head: "green",
  technical: "amber",
  viewer: "neutral",
};

const col = columnsOf<UserRow>();

/** The user accounts table; sorting and paging are the server's (header links change the URL). */
export async function UsersTable(table: ListTableProps<UserRow, UserListParams>) {
  const t = await getTranslations("users.list");
  const format = await getFormatter();
  const tRole = await getTranslations("enums.role");
  const columns = [
    col.accessor("name", {
      meta: { label: t("columns.name"), sort: "name", alwaysVisible: true, rowHeader: true },
      cell: (info) => {
        const user = info.row.original;
        return (
          <>
            <a
              href={`/admin/usuarios/${user.id}`}
              className="font-semibold underline-offset-2 hover:underline"
            >
              {user.name}
            </a>
            {user.person && user.person !== user.name ? (
              <span className="block text-xs text-muted">{user.person}</span>
            ) : null}
          </>
        );
      },
    }),
    col.accessor("email", { meta: { label: t("columns.email"), sort: "email" } }),
    col.accessor("role", {
      meta: { label: t("columns.role"), sort: "role" },
      cell: (info) => <Badge tone={ROLE_TONE[info.getValue()]}>{tRole(info.getValue())}</Badge>,
    }),
    col.accessor("department", {
      meta: { label: t("columns.department"), hideOnNarrow: true },
      cell: (info) => info.getValue() ?? "",
    }),
    col.display({
      id: "status",
      meta: { label: t("columns.status") },
      cell: (info) => (
        <span className="flex flex-col items-start gap-1">
          {info.row.original.active ? (
            <Badge tone="green">{t("active")}</Badge>
          ) : (
            <Badge tone="red">{t("inactive")}</Badge>
          )}
          {info.row.original.mustChangePassword ? <Badge tone="amber">{t("mustChange")}</Badge> : null}
        </span>
      ),
    }),
    col.accessor("lastLoginAt", {
      meta: { label: t("columns.lastLogin"), sort: "lastLogin", hideOnNarrow: true },
      cell: (info) => {
        const at = info.getValue();
        return <span className="whitespace-nowrap">{at ? formatDateTime(format, at) : t("never")}</span>;
      },
    }),
  ];
  return <ListTable listKey="users" words={t} columns={columns} table={table} />;
}
