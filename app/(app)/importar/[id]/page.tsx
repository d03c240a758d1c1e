import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JobStateBadge } from "@/components/import/job-state";
import { MappingStep } from "@/components/import/mapping-step";
import { RunProgressPanel } from "@/components/import/run-progress";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { cache } from "react";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { jobOptions } from "@/lib/import/jobs";
import { importLabels } from "@/lib/import/labels";
import type { ColumnMapping } from "@/lib/import/mapping";
import { getImportJob, mappingStep, type ImportJobView } from "@/lib/import/queries";
import { failStuckImports } from "@/lib/import/stuck";
import { importDefinition } from "@/lib/import/registry";
import { isErrorCode, ResultError } from "@/lib/result";
import type { SearchParams } from "@/lib/url";
import { isUuid } from "@/lib/validation/fields";
import { validateImportAction } from "../actions";
import { importJobList } from "../_lib/list-params";
import { readingChoices, readOptionsOf, sheetSource, type ReadFacts } from "../_lib/read";
import { CommitSection } from "./commit-section";
import { RowsSection } from "./rows-section";
import { UndoneSection, UndoSection } from "./undo-section";

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

        {job.state === "validated" || job.state === "done" ? (
          <RowsSection ctx={ctx} job={job} list={list} recordHref={recordHref} />
        ) : null}

        {job.state === "validated" && mayRun ? <CommitSection job={job} /> : null}

        {job.state === "done" && can(ctx.actor, "import.undo", { departmentId: ctx.actor.departmentId }) ? (
          <UndoSection job={job} pathname={pathname} confirm={first(query.deshacer) === "1"} />
        ) : null}

        {job.state === "undone" ? <UndoneSection kept={kept} recordHref={recordHref} /> : null}
      </div>
    </>
  );
}
