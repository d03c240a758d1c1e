import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { DepartmentFilters } from "@/components/departments/department-filters";
import { DepartmentsTable } from "@/components/departments/departments-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { DEPARTMENT_LIST_DEFAULTS, parseDepartmentListParams } from "@/lib/departments/list-params";
import { departmentOptions, listDepartments } from "@/lib/departments/queries";
import { hrefWith, type SearchParams } from "@/lib/url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("departments.list"))("title") };
}

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = parseDepartmentListParams(await searchParams);
  const [list, options] = await Promise.all([listDepartments(ctx, params), departmentOptions(ctx)]);
  const lastPage = Math.max(1, Math.ceil(list.total / params.size));
  if (params.page > lastPage)
    redirect(hrefWith("/areas", params, { page: lastPage }, DEPARTMENT_LIST_DEFAULTS));
  const t = await getTranslations("departments.list");
  const filtered = !!(params.q || params.parent || params.assigned || params.seats);

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            <ButtonLink href="/personas" variant="secondary">
              {t("people")}
            </ButtonLink>
            {can(ctx.actor, "department.manage") ? (
              <ButtonLink href="/areas/nueva">{t("new")}</ButtonLink>
            ) : null}
          </>
        }
      />
      <DepartmentFilters params={params} departments={options} />
      <p className="mb-2 text-sm font-semibold text-ink" role="status">
        {t("count", { total: list.total })}
      </p>
      {list.rows.length ? (
        <>
          <DepartmentsTable rows={list.rows} params={params} />
          <Pagination
            page={params.page}
            size={params.size}
            total={list.total}
            hrefFor={(page) => hrefWith("/areas", params, { page }, DEPARTMENT_LIST_DEFAULTS)}
          />
        </>
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-1 text-sm text-muted">{filtered ? t("emptyFiltered") : t("emptyNone")}</p>
        </div>
      )}
    </>
  );
}
