import { titleFrom } from "@/app/_lib/page-title";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { CommitmentFilters } from "@/components/commitments/commitment-filters";
import { ExportLinks } from "@/components/export/export-links";
import { CommitmentsTable } from "@/components/commitments/commitments-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ListSummary } from "@/components/data-table/list-summary";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { commitmentList } from "@/lib/commitments/list-params";
import { countOverdueCommitments, listCommitments } from "@/lib/commitments/queries";
import { todayInBuenosAires } from "@/lib/dates";
import { departmentChoice } from "@/lib/departments/search";
import { networkChoice } from "@/lib/networks/search";
import { personChoice } from "@/lib/people/search";
import type { SearchParams } from "@/lib/url";

export const generateMetadata = titleFrom(() => getTranslations("commitments.list"), "title");

export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const sp = await searchParams;
  const moved = commitmentList.renamedHref("/compromisos", sp);
  if (moved) permanentRedirect(moved);
  const params = commitmentList.parse(sp);
  const today = todayInBuenosAires();
  const [list, overdue, network, owner, department, hidden] = await Promise.all([
    listCommitments(ctx, params, today),
    countOverdueCommitments(ctx, params, today),
    networkChoice(ctx, params.network),
    personChoice(ctx, params.owner),
    departmentChoice(ctx, params.department),
    hiddenColumns(ctx, "commitments"),
  ]);
  const view = listView("/compromisos", params, commitmentList);
  const paging = listPaging(list.total, view);
  const t = await getTranslations("commitments.list");
  // The same filters as the list, only overdue: the figure is what the link shows.
  const overdueHref = commitmentList.href("/compromisos", params, { overdue: true, page: 1 });
  const overdueWords = t(view.filtered ? "summaryOverdueFiltered" : "summaryOverdueAll", { count: overdue });

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(ctx.actor, "commitment.manage") ? (
            <ButtonLink
              href={params.network ? `/compromisos/nuevo?network=${params.network}` : "/compromisos/nuevo"}
            >
              {t("new")}
            </ButtonLink>
          ) : null
        }
      />
      <ListSummary label={t("summaryLabel")} tone={overdue ? "red" : null} none={t("summaryNone")}>
        {params.overdue ? (
          // The list already shows only those: the figure, without a link to itself.
          <span className="font-semibold">{overdueWords}</span>
        ) : (
          <a href={overdueHref} className="font-semibold text-red-900 underline">
            {t("summaryOverdue", { overdue: overdueWords })}
          </a>
        )}
      </ListSummary>
      <CommitmentFilters list={view} network={network} owner={owner} department={department} />
      <ListHeader count={t("count", { total: list.total })}>
        <ExportLinks table="compromisos" list={view} />
      </ListHeader>
      <CommitmentsTable rows={list.rows} list={view} hidden={hidden} />
      <ListFooter {...paging} />
    </>
  );
}
