import { titleFrom } from "@/app/_lib/page-title";
import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ButtonLink } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { UserFilters } from "@/components/users/user-filters";
import { UsersTable } from "@/components/users/users-table";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getTranslations } from "@/lib/i18n/translations";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import type { SearchParams } from "@/lib/url";
import { userList } from "@/lib/users/list-params";
import { listUsers, userFormOptions } from "@/lib/users/queries";

export const generateMetadata = titleFrom(() => getTranslations("users.list"), "title");

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const t = await getTranslations("users");
  if (!can(ctx.actor, "user.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const params = userList.parse(await searchParams);
  const [list, options, hidden] = await Promise.all([
    listUsers(ctx, params),
    userFormOptions(ctx),
    hiddenColumns(ctx, "users"),
  ]);
  const view = listView("/admin/usuarios", params, userList);
  const paging = listPaging(list.total, view);
  return (
    <>
      <PageHeader
        title={t("list.title")}
        intro={t("list.intro")}
        actions={<ButtonLink href="/admin/usuarios/nuevo">{t("list.new")}</ButtonLink>}
      />
      <UserFilters list={view} departments={options.departments} />
      <ListHeader count={t("list.count", { total: list.total })} />
      <UsersTable rows={list.rows} list={view} hidden={hidden} />
      <ListFooter {...paging} />
    </>
  );
}
