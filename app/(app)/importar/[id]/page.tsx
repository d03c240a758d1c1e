import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ImportCounts } from "@/components/import/import-counts";
import { JobStateBadge } from "@/components/import/job-state";
import { MappingStep } from "@/components/import/mapping-step";
import { PreviewTable } from "@/components/import/preview-table";
import { RunProgressPanel } from "@/components/import/run-progress";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { cache } from "react";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { jobOptions } from "@/lib/import/jobs";
import { importLabels } from "@/lib/import/labels";
import type { ColumnMapping } from "@/lib/import/mapping";
import { getImportJob, importRowsPage, mappingStep, type ImportJobView } from "@/lib/import/queries";
import { failStuckImports } from "@/lib/import/stuck";
import { importDefinition } from "@/lib/import/registry";
import { isErrorCode, ResultError } from "@/lib/result";
import type { SearchParams } from "@/lib/url";
import { isUuid } from "@/lib/validation/fields";
import { commitImportAction, undoImportAction, validateImportAction } from "../actions";
import { importJobList } from "../_lib/list-params";
import { readingChoices, readOptionsOf, sheetSource, type ReadFacts } from "../_lib/read";

type Read = { job: ImportJobView } | { forbidden: true } | null;

/** The job, or why not: another's (or no) job is not found; a role without imports is forbidden. */
const readJobPage = cache(async (id: string): Promise<Read> => {
  if (!isUuid(id)) return null;
  const ctx = await requireCtx();
  // Like every page: a role without the read permission sees the refusal page (a refused
  // action, which is audited, redirects here too).
  if (!can(ctx.actor, "import.read", { departmentId: ctx.actor.departmentId })) return { forbidden: true };
  try {
    // A run whose process died (its heartbeat stopped) shows as failed, not as running forever.
    await failStuckImports(ctx.db);
    const job = await getImportJob(ctx, id);
    return job ? { job } : null;
  } catch (error) {
    if (error instanceof ResultError) return { forbidden: true };
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("importPages.job");
  const read = await readJobPage((await params).id);
  return { title: read && "job" in read ? t("title", { file: read.job.fileName }) : t("back") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Whether a run was just sent. It starts after the response that renders this page, so for a
 * few seconds the job may still be at the version the action saw (`desde`, sent at `en`): the
 * page follows it meanwhile, and gives up if it never moves (the run was refused).
 */
function justStartedRun(
  estado: string | undefined,
  from: string | undefined,
  at: string | undefined,
  version: number,
) {
  return (
    (estado === "validando" || estado === "importando") &&
    Number(from) === version &&
    Date.now() - Number(at) < 15_000
  );
}

/**
 * /importar/<job>: the job's steps by its state — column matching (uploaded, validated, failed),
 * the run's progress (validating, importing), the preview with the commit (validated), the
 * report (done) and the undo (done, undone).
 */
export default async function ImportJobPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const read = await readJobPage(id);
  if (!read) notFound();
  if ("forbidden" in read) return <Forbidden />;
  const { job } = read;
  const ctx = await requireCtx();
  const definition = importDefinition(job.tableName);
  if (!definition) notFound();
  const query = await searchParams;
  const list = importJobList.parse(query);
  const pathname = `/importar/${id}`;
  const t = await getTranslations("importPages");
  const tExport = await getTranslations("export");
  const format = await getFormatter();
  const labels = await importLabels(job.tableName);
  const mayRun = can(ctx.actor, "import.run", { departmentId: ctx.actor.departmentId });

  const estado = first(query.estado);
  const codigo = first(query.codigo);
  const kept = [query.conservada ?? []].flat().filter(isUuid);
  const confirmUndo = first(query.deshacer) === "1";
  const running = job.state === "validating" || job.state === "importing";
  const justStarted = !running && justStartedRun(estado, first(query.desde), first(query.en), job.version);
  const recordHref = (recordId: string) => `/${job.tableName}/${recordId}`;
  const mapping = (job.mapping ?? null) as ColumnMapping | null;
  const options = jobOptions(job);
  const fieldLabel = (key: string) => tExport(`columns.${job.tableName}.${key}` as never);

  // Step 1's data: the file read with the reading choices (the URL's, else those the job kept
  // at its last validation, else detected), its headers on the chosen line, the suggested columns.
  const showMapping =
    mayRun && (job.state === "uploaded" || job.state === "validated" || job.state === "failed");
  let facts: ReadFacts = { sheets: [], detected: null };
  const headerLine = list.header ?? mapping?.headerLine ?? 1;
  const step = showMapping
    ? await mappingStep(
        ctx,
        id,
        sheetSource((seen) => (facts = seen)),
        headerLine,
        readOptionsOf(list, options.read),
      )
    : null;
  // The job's own columns apply while the file reads the same headers on the same line.
  const sameHeaders =
    mapping &&
    step &&
    mapping.headerLine === headerLine &&
    JSON.stringify(job.headers) === JSON.stringify(step.headers);

  const showRows = job.state === "validated" || job.state === "done";
  const view = listView(pathname, list, importJobList);
  const rows = showRows
    ? await importRowsPage(ctx, id, { onlyErrors: list.onlyErrors, page: list.page, size: list.size })
    : null;
  const paging = rows ? listPaging(rows.total, view, list.size) : null;
  const problemsHref = (formato: string) => `/importar/${id}/problemas/${formato}`;

  return (
    <>
      <PageHeader
        title={t("job.title", { file: job.fileName })}
        actions={
          <>
            <ButtonLink href="/importar" variant="secondary">
              {t("job.back")}
            </ButtonLink>
            <ButtonLink href="/importar/historial" variant="secondary">
              {t("start.history")}
            </ButtonLink>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {estado === "error" && isErrorCode(codigo) ? (
          <Alert tone="error">{t(`job.refused.${codigo}`)}</Alert>
        ) : estado === "validando" || estado === "importando" || estado === "deshecha" ? (
          <Alert tone="success">{t(`job.outcome.${estado}`)}</Alert>
        ) : null}
        {job.state === "failed" ? (
          <Alert tone="error">
            {job.error?.startsWith("import.") ? labels.message(job.error) : t("job.failed")}
          </Alert>
        ) : job.state === "uploaded" && job.error?.startsWith("import.") ? (
          <Alert tone="error">{labels.message(job.error)}</Alert>
        ) : null}

        <section aria-labelledby="import-facts" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="import-facts" className="sr-only">
            {t("job.facts.state")}
          </h2>
          <DetailList>
            <DetailItem label={t("job.facts.table")}>{t(`tables.${job.tableName}` as never)}</DetailItem>
            <DetailItem label={t("job.facts.state")}>
              <JobStateBadge state={job.state} />
            </DetailItem>
            <DetailItem label={t("job.facts.uploadedBy")}>{job.uploaderName ?? "—"}</DetailItem>
            <DetailItem label={t("job.facts.uploadedAt")}>{formatDateTime(format, job.createdAt)}</DetailItem>
            <DetailItem label={t("job.facts.hash")}>
              <code className="break-all text-xs">{job.fileSha256}</code>
            </DetailItem>
          </DetailList>
        </section>

        {running || justStarted ? (
          <RunProgressPanel
            phase={job.state === "importing" || estado === "importando" ? "importing" : "validating"}
            progress={job.progress}
          />
        ) : null}

        {step ? (
          <MappingStep
            pathname={pathname}
            version={job.version}
            reading={readingChoices(step.sheet, facts, headerLine)}
            headers={step.headers}
            fields={definition.fields.map((f) => ({
              key: f.key,
              label: fieldLabel(f.key),
              required: !!f.required,
            }))}
            selected={sameHeaders ? mapping.columns : step.suggestion.columns}
            unmatched={step.suggestion.unmatched}
            readOnly={step.suggestion.readOnly}
            createDepartments={definition.createsDepartments ? (options.createDepartments ?? false) : null}
            dateFormat={options.dateFormat ?? "dmy"}
            validated={job.state === "validated"}
            action={validateImportAction.bind(null, id)}
          />
        ) : null}

        {rows && paging ? (
          <section aria-labelledby="import-rows" className="rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="import-rows" className="text-lg font-bold">
              {job.state === "done" ? t("report.title") : t("preview.title")}
            </h2>
            {job.state === "done" ? (
              <>
                <p className="mt-1 text-sm">{t("report.intro", { rows: job.rowsTotal })}</p>
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
                <p className="mt-1 text-sm text-muted">{t("preview.intro")}</p>
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
                  {t("preview.problemRows")}{" "}
                  <a
                    href={problemsHref("csv")}
                    download
                    data-prefetch="false"
                    className="inline-block px-1 py-1"
                  >
                    {t("preview.csv")}
                  </a>{" "}
                  ·{" "}
                  <a
                    href={problemsHref("xlsx")}
                    download
                    data-prefetch="false"
                    className="inline-block px-1 py-1"
                  >
                    {t("preview.xlsx")}
                  </a>
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
                committed={job.state === "done"}
              />
              <ListFooter {...paging} />
            </div>
          </section>
        ) : null}

        {job.state === "validated" && mayRun ? (
          <section
            aria-labelledby="import-commit"
            className="rounded-lg border border-slate-200 bg-white p-6"
          >
            <h2 id="import-commit" className="text-lg font-bold">
              {t("commit.title")}
            </h2>
            <p className="mt-1 text-sm text-muted">{t("commit.allOrNothingHint")}</p>
            {job.errorCount > 0 ? (
              <p id="import-commit-blocked" className="mt-2 text-sm font-semibold text-red-800">
                {t("commit.blocked", { count: job.errorCount })}
              </p>
            ) : null}
            <div className="mt-4 flex flex-wrap gap-3">
              <form action={commitImportAction.bind(null, id)}>
                <input type="hidden" name="version" value={job.version} />
                <input type="hidden" name="mode" value="all-or-nothing" />
                <Button
                  type="submit"
                  disabled={job.errorCount > 0 || job.rowsTotal === 0}
                  aria-describedby={job.errorCount > 0 ? "import-commit-blocked" : undefined}
                >
                  {t("commit.allOrNothing")}
                </Button>
              </form>
              {job.errorCount > 0 && job.rowsTotal > job.errorCount ? (
                <form action={commitImportAction.bind(null, id)}>
                  <input type="hidden" name="version" value={job.version} />
                  <input type="hidden" name="mode" value="skip-errors" />
                  <SubmitButton
                    label={t("commit.skipErrors", { count: job.errorCount })}
                    pendingLabel={t("commit.pending")}
                  />
                </form>
              ) : null}
            </div>
          </section>
        ) : null}

        {job.state === "done" && can(ctx.actor, "import.undo", { departmentId: ctx.actor.departmentId }) ? (
          <section aria-labelledby="import-undo" className="rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="import-undo" className="text-lg font-bold">
              {confirmUndo ? t("undo.title") : t("undo.action")}
            </h2>
            <p className="mt-1 text-sm">{t("undo.body")}</p>
            <div className="mt-4 flex flex-wrap gap-3">
              {confirmUndo ? (
                <>
                  <form action={undoImportAction.bind(null, id)}>
                    <input type="hidden" name="version" value={job.version} />
                    <SubmitButton
                      label={t("undo.confirm")}
                      pendingLabel={t("undo.pending")}
                      variant="primary"
                    />
                  </form>
                  <ButtonLink href={pathname} variant="secondary">
                    {t("undo.cancel")}
                  </ButtonLink>
                </>
              ) : (
                <ButtonLink href={`${pathname}?deshacer=1`} variant="secondary">
                  {t("undo.action")}
                </ButtonLink>
              )}
            </div>
          </section>
        ) : null}

        {job.state === "undone" ? (
          <section
            aria-labelledby="import-undone"
            className="rounded-lg border border-slate-200 bg-white p-6"
          >
            <h2 id="import-undone" className="text-lg font-bold">
              {t("report.undone")}
            </h2>
            {kept.length ? (
              <>
                <p className="mt-1 text-sm">{t("report.kept")}</p>
                <ul className="mt-1 list-disc pl-6 text-sm">
                  {kept.map((recordId, i) => (
                    <li key={recordId}>
                      <a href={recordHref(recordId)}>{t("report.keptRecord", { n: i + 1 })}</a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : null}
      </div>
    </>
  );
}
