import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { DepartmentFilters } from "@/components/departments/department-filters";
import { DepartmentsTable } from "@/components/departments/departments-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { departmentList } from "@/lib/departments/list-params";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import { departmentOptions, listDepartments } from "@/lib/departments/queries";
import type { SearchParams } from "@/lib/url";

export const generateMetadata = titleFrom(() => getTranslations("departments.list"), "title");

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = departmentList.parse(await searchParams);
  const [list, options, hidden] = await Promise.all([
    listDepartments(ctx, params),
    departmentOptions(ctx),
    hiddenColumns(ctx, "departments"),
  ]);
  const view = listView("/areas", params, departmentList);
  const paging = listPaging(list.total, view);
  const t = await getTranslations("departments.list");

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
      <DepartmentFilters list={view} departments={options} />
      <ListHeader count={t("count", { total: list.total })} />
      <DepartmentsTable rows={list.rows} list={view} hidden={hidden} />
      <ListFooter {...paging} />
    </>
  );
}
