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
    countOverdueCommitments(ctx, today),
    networkChoice(ctx, params.network),
    personChoice(ctx, params.owner),
    departmentChoice(ctx, params.department),
    hiddenColumns(ctx, "commitments"),
  ]);
  const view = listView("/compromisos", params, commitmentList);
  const paging = listPaging(list.total, view);
  const t = await getTranslations("commitments.list");
  const overdueHref = commitmentList.href("/compromisos", commitmentList.parse({}), { overdue: true });

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
      <section
        aria-label={t("summaryLabel")}
        className={`mb-4 flex items-start gap-2 rounded-lg border px-4 py-3 text-sm ${
          overdue ? "border-red-300 bg-red-50 text-red-900" : "border-slate-200 bg-white text-ink"
        }`}
      >
        {overdue ? (
          <>
            <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 h-4 w-4 shrink-0 fill-current">
              <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 3a.75.75 0 0 1 .75.75v3.94l2.28 1.32a.75.75 0 1 1-.75 1.3L7.62 8.77A.75.75 0 0 1 7.25 8.1V3.75A.75.75 0 0 1 8 3Z" />
            </svg>
            <a href={overdueHref} className="font-semibold text-red-900 underline">
              {t("summaryOverdue", { count: overdue })}
            </a>
          </>
        ) : (
          <span>{t("summaryNone")}</span>
        )}
      </section>
      <CommitmentFilters list={view} network={network} owner={owner} department={department} />
      <ListHeader count={t("count", { total: list.total })}>
        <ExportLinks table="compromisos" list={view} />
      </ListHeader>
      <CommitmentsTable rows={list.rows} list={view} hidden={hidden} />
      <ListFooter {...paging} />
    </>
  );
}
