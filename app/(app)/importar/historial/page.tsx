import { listPaging, listView } from "@/app/_lib/list-paging";
import { titleFrom } from "@/app/_lib/page-title";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ImportHistoryTable } from "@/components/import/history-table";
import { ButtonLink } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getTranslations } from "@/lib/i18n/translations";
import { listImportJobs } from "@/lib/import/queries";
import { failStuckImports } from "@/lib/import/stuck";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import type { SearchParams } from "@/lib/url";
import { importHistoryList } from "../_lib/list-params";

export const generateMetadata = titleFrom(() => getTranslations("importPages.history"), "title");

/** /importar/historial: who imported what and when, with its state; each links to its job. */
export default async function ImportHistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  if (!can(ctx.actor, "import.read", { departmentId: ctx.actor.departmentId })) return <Forbidden />;
  const params = importHistoryList.parse(await searchParams);
  // A run whose process died (its heartbeat stopped) shows as failed, not as running forever.
  await failStuckImports(ctx.db);
  const [list, hidden] = await Promise.all([
    listImportJobs(ctx, { page: params.page, size: params.size }),
    hiddenColumns(ctx, "imports"),
  ]);
  const view = listView("/importar/historial", params, importHistoryList);
  const paging = listPaging(list.total, view);
  const t = await getTranslations("importPages");
  return (
    <>
      <PageHeader
        title={t("history.title")}
        intro={t("history.intro")}
        actions={
          can(ctx.actor, "import.run", { departmentId: ctx.actor.departmentId }) ? (
            <ButtonLink href="/importar">{t("history.new")}</ButtonLink>
          ) : null
        }
      />
      <ListHeader count={t("history.count", { total: list.total })} />
      <ImportHistoryTable rows={list.rows} list={view} hidden={hidden} />
      <ListFooter {...paging} />
    </>
  );
}
