import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentFilters } from "@/components/assignments/assignment-filters";
import { ExportLinks } from "@/components/export/export-links";
import { AssignmentsTable } from "@/components/assignments/assignments-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ASSIGNMENT_LIST_DEFAULTS, parseAssignmentListParams } from "@/lib/assignments/list-params";
import { assignmentFilterOptions, listAssignments } from "@/lib/assignments/queries";
import { departmentChoice } from "@/lib/departments/search";
import { networkChoice } from "@/lib/networks/search";
import { requireCtx } from "@/lib/auth/context";
import { scopeFor } from "@/lib/auth/policy";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import type { SearchParams } from "@/lib/url";

export const generateMetadata = titleFrom(() => getTranslations("assignments.list"), "title");

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
  const view = listView("/asignaciones", params, {
    defaults: ASSIGNMENT_LIST_DEFAULTS,
    isFiltered: (p) =>
      !!(p.q || p.network || p.body || p.area || p.department || p.role || p.stale) ||
      p.status !== ASSIGNMENT_LIST_DEFAULTS.status,
  });
  const paging = listPaging(list.total, view);
  const t = await getTranslations("assignments.list");
  const scope = scopeFor(ctx.actor.role, "assignment.manage");

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
      <AssignmentFilters list={view} options={options} network={network} department={department} />
      <ListHeader count={t("count", { total: list.total })}>
        <ExportLinks table="asignaciones" list={view} />
      </ListHeader>
      <AssignmentsTable rows={list.rows} list={view} hidden={hidden} />
      <ListFooter {...paging} />
    </>
  );
}
