import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentFilters } from "@/components/assignments/assignment-filters";
import { ExportLinks } from "@/components/export/export-links";
import { AssignmentsTable } from "@/components/assignments/assignments-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ASSIGNMENT_LIST_DEFAULTS, parseAssignmentListParams } from "@/lib/assignments/list-params";
import { assignmentFilterOptions, listAssignments } from "@/lib/assignments/queries";
import { departmentChoice } from "@/lib/departments/search";
import { networkChoice } from "@/lib/networks/search";
import { requireCtx } from "@/lib/auth/context";
import { scopeFor } from "@/lib/auth/policy";
import { hrefWith, type SearchParams } from "@/lib/url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignments.list"))("title") };
}

export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = parseAssignmentListParams(await searchParams);
  const [list, options, network, department] = await Promise.all([
    listAssignments(ctx, params),
    assignmentFilterOptions(ctx, { network: params.network, body: params.body }),
    networkChoice(ctx, params.network),
    departmentChoice(ctx, params.department),
  ]);
  const lastPage = Math.max(1, Math.ceil(list.total / params.size));
  if (params.page > lastPage)
    redirect(hrefWith("/asignaciones", params, { page: lastPage }, ASSIGNMENT_LIST_DEFAULTS));
  const t = await getTranslations("assignments.list");
  const scope = scopeFor(ctx.actor.role, "assignment.manage");
  const filtered = !!(
    params.q ||
    params.network ||
    params.body ||
    params.area ||
    params.department ||
    params.role ||
    params.stale ||
    params.status !== ASSIGNMENT_LIST_DEFAULTS.status
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={scope === "own_department" ? `${t("intro")} ${t("headScope")}` : t("intro")}
        actions={
          <>
            <ButtonLink href="/cobertura" variant="secondary">
              {t("coverage")}
            </ButtonLink>
            {scope ? <ButtonLink href="/asignaciones/nueva">{t("new")}</ButtonLink> : null}
          </>
        }
      />
      <AssignmentFilters params={params} options={options} network={network} department={department} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold text-ink" role="status">
          {t("count", { total: list.total })}
        </p>
        <ExportLinks table="asignaciones" params={params} defaults={ASSIGNMENT_LIST_DEFAULTS} />
      </div>
      {list.rows.length ? (
        <>
          <AssignmentsTable rows={list.rows} params={params} />
          <Pagination
            page={params.page}
            size={params.size}
            total={list.total}
            hrefFor={(page) => hrefWith("/asignaciones", params, { page }, ASSIGNMENT_LIST_DEFAULTS)}
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
