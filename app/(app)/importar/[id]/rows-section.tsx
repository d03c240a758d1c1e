import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ImportCounts } from "@/components/import/import-counts";
import { PreviewTable } from "@/components/import/preview-table";
import { Section } from "@/components/ui/section";
import type { Ctx } from "@/lib/context";
import { getTranslations } from "@/lib/i18n/translations";
import { importLabels } from "@/lib/import/labels";
import type { ColumnMapping } from "@/lib/import/mapping";
import { importRowsPage, type ImportJobView } from "@/lib/import/queries";
import { importJobList } from "../_lib/list-params";

type JobList = ReturnType<typeof importJobList.parse>;

/**
 * The file's rows with their outcomes, paged on the server: "2. Vista previa" of a validated job
 * (what each row would do), or the report of a finished one (what each row did, with counts
 * that add up to the file's rows). Either can show only the rows with errors, and offers them
 * as a file to fix and upload again.
 */
export async function RowsSection({
  ctx,
  job,
  list,
  recordHref,
}: {
  ctx: Ctx;
  job: ImportJobView;
  list: JobList;
  recordHref: (id: string) => string;
}) {
  const t = await getTranslations("importPages");
  const labels = await importLabels(job.tableName);
  const pathname = `/importar/${job.id}`;
  const view = listView(pathname, list, importJobList);
  const rows = await importRowsPage(ctx, job.id, {
    onlyErrors: list.onlyErrors,
    page: list.page,
    size: list.size,
  });
  if (!rows) return null;
  const done = job.state === "done";
  const mapping = (job.mapping ?? null) as ColumnMapping | null;
  const problemsHref = (formato: string) => `/importar/${job.id}/problemas/${formato}`;
  const problemLink = (formato: "csv" | "xlsx") => (
    <a href={problemsHref(formato)} download data-prefetch="false" className="inline-block px-1 py-1">
      {t(`preview.${formato}`)}
    </a>
  );

  return (
    <Section id="import-rows" title={done ? t("report.title") : t("preview.title")}>
      {done ? (
        <>
          <p className="text-sm">{t("report.intro", { rows: job.rowsTotal })}</p>
          <ImportCounts
            items={[
              { key: "created", value: job.createdCount },
              { key: "updated", value: job.updatedCount },
              { key: "unchanged", value: job.unchangedCount },
              { key: "skipped", value: job.skippedCount },
              { key: "rows", value: job.rowsTotal },
            ]}
          />
          <p className="mt-2 text-sm" data-testid="import-sum">
            {t("report.sum", {
              created: job.createdCount,
              updated: job.updatedCount,
              unchanged: job.unchangedCount,
              skipped: job.skippedCount,
              rows: job.rowsTotal,
            })}
          </p>
        </>
      ) : (
        <>
          <p className="text-sm text-muted">{t("preview.intro")}</p>
          <ImportCounts
            items={[
              { key: "rows", value: job.rowsTotal },
              { key: "new", value: job.createdCount },
              { key: "update", value: job.updatedCount },
              { key: "unchanged", value: job.unchangedCount },
              { key: "error", value: job.errorCount },
            ]}
          />
        </>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-4 text-sm">
        <a
          href={importJobList.href(pathname, list, { onlyErrors: !list.onlyErrors, page: 1 })}
          className="rounded-md border border-slate-300 px-3 py-2 font-semibold no-underline"
        >
          {list.onlyErrors ? t("preview.allRows") : t("preview.onlyErrors")}
        </a>
        {job.errorCount + job.skippedCount > 0 ? (
          <span>
            {t("preview.problemRows")} {problemLink("csv")} · {problemLink("xlsx")}
          </span>
        ) : null}
      </div>
      <div className="mt-4">
        <ListHeader count={t("preview.count", { total: rows.total })} />
        <PreviewTable
          rows={rows.rows}
          list={view}
          headers={(job.headers ?? []) as (string | null)[]}
          columns={mapping?.columns ?? {}}
          message={labels.message}
          recordHref={recordHref}
          onlyErrors={list.onlyErrors}
          committed={done}
        />
        <ListFooter {...listPaging(rows.total, view, list.size)} />
      </div>
    </Section>
  );
}
