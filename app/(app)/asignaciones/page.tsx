import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentFilters } from "@/components/assignments/assignment-filters";
import { ExportLinks } from "@/components/export/export-links";
import { AssignmentsTable } from "@/components/assignments/assignments-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listPaging } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ASSIGNMENT_LIST_DEFAULTS, parseAssignmentListParams } from "@/lib/assignments/list-params";
import { assignmentFilterOptions, listAssignments } from "@/lib/assignments/queries";
import { departmentChoice } from "@/lib/departments/search";
import { networkChoice } from "@/lib/networks/search";
import { requireCtx } from "@/lib/auth/context";
import { scopeFor } from "@/lib/auth/policy";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import { hrefWith, type SearchParams } from "@/lib/url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignments.list"))("title") };
}

export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = parseAssignmentListParams(await searchParams);
  const [list, options, network, department, hidden] = await Promise.all([
    listAssignments(ctx, params),
    assignmentFilterOptions(ctx, { network: params.network, body: params.body }),
    networkChoice(ctx, params.network),
    departmentChoice(ctx, params.department),
    hiddenColumns(ctx, "assignments"),
  ]);
  const paging = listPaging(list.total, params.page, params.size, (page) =>
    hrefWith("/asignaciones", params, { page }, ASSIGNMENT_LIST_DEFAULTS),
  );
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
      <ListHeader count={t("count", { total: list.total })}>
        <ExportLinks table="asignaciones" params={params} defaults={ASSIGNMENT_LIST_DEFAULTS} />
      </ListHeader>
      <AssignmentsTable
        rows={list.rows}
        params={params}
        hidden={hidden}
        empty={{ title: t("emptyTitle"), text: filtered ? t("emptyFiltered") : t("emptyNone") }}
      />
      <ListFooter {...paging} />
    </>
  );
}
