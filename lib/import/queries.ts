import "server-only";
import { and, asc, count, desc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { importJobs, importRows, users } from "@/db/schema";
import type { ImportRowStatus } from "@/db/schema/imports";
import type { Ctx } from "../context";
import { formulaSafe } from "../export/csv";
import { authorizeImports, authorizeJob, jobOwnerFilter } from "./access";
import type { CellError } from "./definition";
import { rememberedHeaders, sheetHeaders, suggestMapping, type MappingSuggestion } from "./mapping";
import { progressOf, type RunProgress } from "./progress";
import type { SheetSource } from "./jobs";
import type { ReadOptions } from "./read/types";
import { importDefinition } from "./registry";
import type { ReadSheet } from "./sheet";

// What the import pages read: the history, one job with its progress, the preview's pages of
// rows (all, or only those with errors), and the problem rows for download.

/** A job's columns without the file's bytes (those stay on the server, read only by a run). */
const { file: _file, ...jobColumns } = getTableColumns(importJobs);
void _file;

export type ImportJobView = Omit<typeof importJobs.$inferSelect, "file"> & {
  uploaderName: string | null;
  /** The run in progress in this process, if any (rows done of total). */
  progress: RunProgress | null;
};

const jobSelect = { ...jobColumns, uploaderName: users.name };

/** The job row, bytes aside, with who uploaded it. */
export async function readJob(db: Db, jobId: string) {
  const [job] = await db
    .select(jobSelect)
    .from(importJobs)
    .leftJoin(users, eq(users.id, importJobs.uploadedBy))
    .where(eq(importJobs.id, jobId))
    .limit(1);
  return job ?? null;
}

/** One job as its page shows it; null when it does not exist or is not the actor's to see. */
export async function getImportJob(ctx: Ctx, jobId: string): Promise<ImportJobView | null> {
  authorizeImports(ctx.actor, "import.read");
  const job = await readJob(ctx.db, jobId);
  if (!job) return null;
  if (jobOwnerFilter(ctx.actor, "import.read") && job.uploadedBy !== ctx.actor.userId) return null;
  authorizeJob(ctx.actor, "import.read", job);
  return { ...job, progress: progressOf(job.id) };
}

/** /importar/historial: every import (a head's own), newest first, a page at a time. */
export async function listImportJobs(
  ctx: Ctx,
  { page = 1, size = 25 }: { page?: number; size?: number } = {},
): Promise<{ rows: ImportJobView[]; total: number }> {
  authorizeImports(ctx.actor, "import.read");
  const owner = jobOwnerFilter(ctx.actor, "import.read");
  const where = owner ? eq(importJobs.uploadedBy, owner) : undefined;
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select(jobSelect)
      .from(importJobs)
      .leftJoin(users, eq(users.id, importJobs.uploadedBy))
      .where(where)
      .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
      .limit(size)
      .offset((Math.max(1, page) - 1) * size);
    const [total] = await tx.select({ n: count() }).from(importJobs).where(where);
    return { rows: rows.map((r) => ({ ...r, progress: progressOf(r.id) })), total: Number(total?.n ?? 0) };
  });
}

export interface ImportRowView {
  line: number;
  status: ImportRowStatus;
  recordId: string | null;
  cells: string[];
  errors: CellError[];
}

/**
 * The preview's rows, in line order, a page at a time; `onlyErrors` is the "solo filas con
 * errores" switch (rows with errors, or skipped by the commit). Served by import_rows_status_idx.
 */
export async function importRowsPage(
  ctx: Ctx,
  jobId: string,
  { onlyErrors = false, page = 1, size = 50 }: { onlyErrors?: boolean; page?: number; size?: number } = {},
): Promise<{ rows: ImportRowView[]; total: number } | null> {
  if (!(await getImportJob(ctx, jobId))) return null;
  const where = and(
    eq(importRows.jobId, jobId),
    onlyErrors ? inArray(importRows.status, ["error", "skipped"]) : undefined,
  );
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        line: importRows.line,
        status: importRows.status,
        recordId: importRows.recordId,
        cells: importRows.cells,
        errors: importRows.errors,
      })
      .from(importRows)
      .where(where)
      .orderBy(asc(importRows.line))
      .limit(size)
      .offset((Math.max(1, page) - 1) * size);
    const [total] = await tx.select({ n: count() }).from(importRows).where(where);
    return {
      rows: rows.map((r) => ({
        ...r,
        cells: (r.cells ?? []) as string[],
        errors: (r.errors ?? []) as CellError[],
      })),
      total: Number(total?.n ?? 0),
    };
  });
}

/** How a cell error reads: the caller's translator of catalog paths ("import.errors.…"). */
export type ErrorMessage = (key: string, values?: Record<string, string | number>) => string;

/**
 * The rows to fix: the sheet's header line with "Fila" first and "Errores" last, then each row
 * with errors as it was in the file plus its messages (field: message; …), in line order.
 * Every value goes through the export's formula guard (a text starting with =, +, - or @ gets
 * an apostrophe), so the download is safe to open whichever format the caller writes it in.
 * Read in batches of 1,000 lines.
 */
export async function* problemRows(
  ctx: Ctx,
  jobId: string,
  message: ErrorMessage,
  labels: { line: string; errors: string; field: (key: string) => string },
): AsyncGenerator<string[]> {
  const job = await getImportJob(ctx, jobId);
  if (!job) return;
  const headers = ((job.headers ?? []) as (string | null)[]).map((h) => h ?? "");
  yield [labels.line, ...headers, labels.errors].map(formulaSafe);
  let after = 0;
  for (;;) {
    const batch = await ctx.db
      .select({ line: importRows.line, cells: importRows.cells, errors: importRows.errors })
      .from(importRows)
      .where(
        and(
          eq(importRows.jobId, jobId),
          inArray(importRows.status, ["error", "skipped"]),
          sql`${importRows.line} > ${after}`,
        ),
      )
      .orderBy(asc(importRows.line))
      .limit(1000);
    for (const row of batch) {
      const cells = (row.cells ?? []) as string[];
      const padded = headers.map((_, i) => cells[i] ?? "");
      const text = ((row.errors ?? []) as CellError[])
        .map((e) => (e.field ? `${labels.field(e.field)}: ` : "") + message(e.key, e.values))
        .join("; ");
      yield [String(row.line), ...padded, text].map(formulaSafe);
    }
    if (batch.length < 1000) return;
    after = batch[batch.length - 1]!.line;
  }
}

/**
 * The column-matching step: the sheet's headers on the chosen line (the file read with the
 * reading options given) and the suggested field of each (this user's earlier choices for the
 * table first, then the export's headers and their synonyms), with the headers that match
 * nothing (ignored, with a warning).
 */
export async function mappingStep(
  ctx: Ctx,
  jobId: string,
  read: SheetSource,
  headerLine = 1,
  options: ReadOptions = {},
): Promise<{ headers: (string | null)[]; suggestion: MappingSuggestion; sheet: ReadSheet } | null> {
  const job = await getImportJob(ctx, jobId);
  const definition = job && importDefinition(job.tableName);
  if (!job || !definition) return null;
  const [file] = await ctx.db
    .select({ bytes: importJobs.file })
    .from(importJobs)
    .where(eq(importJobs.id, jobId))
    .limit(1);
  const sheet = await read({ bytes: file!.bytes, fileName: job.fileName }, options);
  const headers = sheetHeaders(sheet, headerLine);
  const remembered = await rememberedHeaders(ctx.db, ctx.actor.userId, job.tableName);
  return { headers, suggestion: suggestMapping(headers, definition, remembered), sheet };
}
