import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { UserFilters } from "@/components/users/user-filters";
import { UsersTable } from "@/components/users/users-table";
import { ButtonLink } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { parseUserListParams, USER_LIST_DEFAULTS } from "@/lib/users/list-params";
import { listUsers, userFormOptions } from "@/lib/users/queries";
import { hrefWith, type SearchParams } from "@/lib/url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users.list"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const t = await getTranslations("users");
  if (!can(ctx.actor, "user.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const params = parseUserListParams(await searchParams);
  const [list, options] = await Promise.all([listUsers(ctx, params), userFormOptions(ctx)]);
  // A page past the end (an old link, a narrower filter) goes to the last page there is.
  const lastPage = Math.max(1, Math.ceil(list.total / params.size));
  if (params.page > lastPage) {
    redirect(hrefWith("/admin/usuarios", params, { page: lastPage }, USER_LIST_DEFAULTS));
  }
  const filtered = !!(params.q || params.role || params.department || params.status !== "all");
  return (
    <>
      <PageHeader
        title={t("list.title")}
        intro={t("list.intro")}
        actions={<ButtonLink href="/admin/usuarios/nuevo">{t("list.new")}</ButtonLink>}
      />
      <UserFilters params={params} departments={options.departments} />
      <p className="mb-2 text-sm font-semibold text-ink" role="status">
        {t("list.count", { total: list.total })}
      </p>
      {list.rows.length ? (
        <>
          <UsersTable rows={list.rows} params={params} />
          <Pagination
            page={params.page}
            size={params.size}
            total={list.total}
            hrefFor={(page) => hrefWith("/admin/usuarios", params, { page }, USER_LIST_DEFAULTS)}
          />
        </>
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">{t("list.emptyTitle")}</h2>
          <p className="mt-1 text-sm text-muted">
            {filtered ? t("list.emptyFiltered") : t("list.emptyNone")}
          </p>
        </div>
      )}
    </>
  );
}
