import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { importJobs, importRows } from "@/db/schema";
import type { ImportState } from "@/db/schema/imports";
import { recordAudit } from "../audit";
import { scopeFor } from "../auth/policy";
import { command, conflict, notFound } from "../command";
import type { Ctx } from "../context";
import { fail, type Result } from "../result";
import { isUuid, requiredText, versionField } from "../validation/fields";
import { runWrite } from "../write";
import { assertMayImportTable, authorizeJob } from "./access";
import { cellText } from "./cells";
import type { ImportOptions } from "./definition";
import { DELIMITERS, TEXT_ENCODINGS, type ReadOptions } from "./read/types";
import { DATE_FORMATS } from "./read/values";
import { mappedRows, rememberedHeaders, sheetHeaders, suggestMapping, type ColumnMapping } from "./mapping";
import { readJob } from "./queries";
import { IMPORT_TABLE_NAMES, importDefinition } from "./registry";
import { runImport, type ImportCounts, type RunReport } from "./run";
import type { ReadSheet } from "./sheet";
import { insertJsonRows } from "./writes";

/**
 * Import jobs, the flow the pages drive:
 *
 *   createImportJob    the upload: the file's bytes, name, SHA-256 and size kept on the job.
 *   validateImportJob  reads the file (the reader, lib/import/read/, given as `read`) with the
 *                      reading options chosen (sheet, CSV encoding and separator), matches the
 *                      columns (the user's choice, else suggested and remembered), runs the
 *                      import and rolls it back (lib/import/run.ts), and stores each row's outcome
 *                      for the paged preview, with the options it used (`JobOptions`: how the
 *                      file was read, the date format). Can run again with other choices.
 *   commitImportJob    the same run, kept, with the options validation stored — never others —
 *                      so it reads the file exactly as the preview did. Refused unless the job is
 *                      validated at the version the user saw: a second commit (a retry, a double
 *                      click) is refused.
 *   undoImport         (undo.ts) one transaction: removes what the commit created, restores what it
 *                      updated, and keeps (and lists) records edited since.
 *   failStuckImports   (stuck.ts) jobs whose run died (validating/importing with an old heartbeat) → failed.
 *
 * Each run first claims the job in a short transaction (state and heartbeat, with the version
 * check), then runs in its own transaction, then records the outcome; a run that dies leaves
 * the claim behind, and its data transaction was rolled back by the database, so nothing of it
 * is written. Progress while a run lasts is kept in memory (lib/import/progress.ts).
 */

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

/** How the engine gets the sheet out of a job's file: the file reader (lib/import/read/). */
export type SheetSource = (
  file: { bytes: Uint8Array; fileName: string },
  options: ReadOptions,
) => Promise<ReadSheet>;

/**
 * What a job keeps in its `options` column: the run's options and how its file was read (the
 * sheet; for a CSV the encoding and separator, detected or chosen). The commit reads with these.
 */
export type JobOptions = ImportOptions & { read?: ReadOptions };

/** A job's stored options (a job never validated has none). */
export const jobOptions = (job: { options: unknown }): Partial<JobOptions> =>
  (job.options ?? {}) as Partial<JobOptions>;

/** How the file was actually read, as the sheet tells: a CSV's encoding and separator, else the sheet. */
function readAs(sheet: ReadSheet): ReadOptions {
  return sheet.encoding && sheet.delimiter
    ? { encoding: sheet.encoding, delimiter: sheet.delimiter }
    : { sheet: sheet.name };
}

/** The reading choices the user may make; absent ones are detected (or the first sheet). */
const readOptionsSchema = z.strictObject({
  sheet: z.string().min(1).max(255).optional(),
  encoding: z.enum(TEXT_ENCODINGS).optional(),
  delimiter: z.enum(DELIMITERS).optional(),
});

export type ImportJobSummary = { id: string; version: number; state: string; counts: ImportCounts };

const uploadSchema = z.object({
  table: z.enum(IMPORT_TABLE_NAMES, { error: "invalidOption" }),
  fileName: requiredText(255),
  bytes: z
    .instanceof(Uint8Array, { error: "required" })
    .refine((b) => b.byteLength > 0, { error: "required" })
    .refine((b) => b.byteLength <= MAX_IMPORT_BYTES, { error: "import.errors.tooLarge" }),
});

/** The upload: a job in state "uploaded" holding the file. */
export const createImportJob = command({
  action: "import.run",
  recordScoped: true,
  schema: uploadSchema,
  run: async ({ tx, ctx, audit, authorize }, input) => {
    const own = scopeFor(ctx.actor.role, "import.run") === "own_department";
    authorize("import.run", own ? { departmentId: ctx.actor.departmentId } : undefined);
    assertMayImportTable(ctx.actor, importDefinition(input.table)!);
    const sha256 = createHash("sha256").update(input.bytes).digest("hex");
    const [job] = await tx
      .insert(importJobs)
      .values({
        tableName: input.table,
        fileName: input.fileName,
        fileSha256: sha256,
        fileSize: input.bytes.byteLength,
        file: input.bytes,
        uploadedBy: ctx.actor.userId,
      })
      .returning({ id: importJobs.id, version: importJobs.version });
    await audit({
      action: "import.upload",
      entityType: "import",
      entityId: job!.id,
      metadata: {
        importId: job!.id,
        table: input.table,
        fileName: input.fileName,
        sha256,
        size: input.bytes.byteLength,
      },
    });
    return job!;
  },
});

const validateSchema = z.object({
  version: versionField,
  /** The sheet line with the headers (1 by default). */
  headerLine: z.coerce.number().int().min(1).max(1000).optional(),
  /** Field → column index; absent: the suggested (and remembered) mapping. */
  columns: z.record(z.string(), z.number().int().min(0).max(500)).optional(),
  createDepartments: z.boolean().optional(),
  read: readOptionsSchema.optional(),
  dateFormat: z.enum(DATE_FORMATS).optional(),
});

const commitSchema = z.object({
  version: versionField,
  mode: z.enum(["all-or-nothing", "skip-errors"]).default("all-or-nothing"),
});

type JobRow = NonNullable<Awaited<ReturnType<typeof readJob>>>;

/** Claims the job for a run: state `to`, heartbeat now, version bumped; CONFLICT if it moved. */
async function claim(
  ctx: Ctx,
  jobId: string,
  version: number,
  from: readonly ImportState[],
  to: "validating" | "importing",
): Promise<Result<JobRow & { file: Uint8Array }>> {
  if (!isUuid(jobId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    const job = await readJob(tx, jobId);
    if (!job) throw notFound();
    authorizeJob(ctx.actor, "import.run", job);
    const [claimed] = await tx
      .update(importJobs)
      .set({
        state: to,
        heartbeatAt: new Date(),
        error: null,
        version: job.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(eq(importJobs.id, jobId), eq(importJobs.version, version), inArray(importJobs.state, [...from])),
      )
      .returning({ file: importJobs.file, version: importJobs.version });
    if (!claimed) throw conflict();
    return { ...job, ...claimed, state: to };
  });
}

/** The job's run failed: state failed with the reason (the run's own transaction rolled back). */
async function markFailed(ctx: Ctx, jobId: string, error: unknown): Promise<void> {
  // The detail stays in the server's log: a database error's text may quote the file's data.
  console.error("[redes] import failed:", error);
  const reason = "import.errors.runFailed";
  await runWrite(ctx, async (tx) => {
    await tx
      .update(importJobs)
      .set({
        state: "failed",
        error: reason,
        heartbeatAt: null,
        version: sql`${importJobs.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(importJobs.id, jobId));
    await recordAudit(tx, ctx.actor, {
      action: "import.fail",
      entityType: "import",
      entityId: jobId,
      metadata: { importId: jobId, reason },
    });
  });
}

/** Each line's cells as text (every column of the sheet), for the preview and the problem rows. */
function lineCells(sheet: ReadSheet): Map<number, string[]> {
  return new Map(sheet.rows.map((r) => [r.line, r.cells.map((c) => cellText(c) ?? "")]));
}

/** Replaces the job's stored row outcomes with this run's, and its counts and state. */
async function storeReport(
  tx: Db,
  job: { id: string; version: number },
  report: RunReport,
  cells: Map<number, string[]>,
  set: Partial<typeof importJobs.$inferInsert>,
): Promise<number> {
  await tx.delete(importRows).where(eq(importRows.jobId, job.id));
  await insertJsonRows(
    tx,
    "import_rows",
    {
      job_id: "uuid",
      line: "int",
      status: "text",
      record_id: "uuid",
      cells: "jsonb",
      errors: "jsonb",
      previous: "jsonb",
      written_version: "int",
    },
    report.outcomes.map((o) => ({
      job_id: job.id,
      line: o.line,
      status: o.status,
      record_id: o.recordId ?? null,
      cells: cells.get(o.line) ?? [],
      errors: o.errors?.length ? o.errors : null,
      previous: o.previous ?? null,
      written_version: o.writtenVersion ?? null,
    })),
  );
  const { counts } = report;
  const [stored] = await tx
    .update(importJobs)
    .set({
      ...set,
      rowsTotal: counts.rows,
      createdCount: counts.created,
      updatedCount: counts.updated,
      unchangedCount: counts.unchanged,
      skippedCount: counts.skipped,
      errorCount: counts.errors,
      rowsDone: counts.rows,
      heartbeatAt: null,
      version: job.version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(importJobs.id, job.id), eq(importJobs.version, job.version)))
    .returning({ version: importJobs.version });
  if (!stored) throw conflict();
  return stored.version;
}

/**
 * Validation: the import run and rolled back. Stores every row's outcome (new, update,
 * unchanged, error with its messages) for the preview; the job becomes "validated".
 */
export async function validateImportJob(
  ctx: Ctx,
  jobId: string,
  raw: Record<string, unknown>,
  read: SheetSource,
): Promise<Result<ImportJobSummary>> {
  const parsed = validateSchema.safeParse(raw);
  if (!parsed.success) return fail("VALIDATION");
  const input = parsed.data;
  const claimed = await claim(ctx, jobId, input.version, ["uploaded", "validated", "failed"], "validating");
  if (!claimed.ok) return claimed;
  const job = claimed.data;
  const definition = importDefinition(job.tableName)!;
  try {
    const sheet = await read({ bytes: job.file, fileName: job.fileName }, input.read ?? {});
    const options: JobOptions = {
      mode: "all-or-nothing",
      createDepartments: input.createDepartments ?? false,
      dateFormat: input.dateFormat ?? "dmy",
      read: readAs(sheet),
    };
    const headerLine = input.headerLine ?? 1;
    const headers = sheetHeaders(sheet, headerLine);
    const columns =
      input.columns ??
      suggestMapping(headers, definition, await rememberedHeaders(ctx.db, ctx.actor.userId, job.tableName))
        .columns;
    const known = new Set(definition.fields.map((f) => f.key));
    const mapping: ColumnMapping = { headerLine, columns };
    const refused = Object.keys(columns).some((k) => !known.has(k))
      ? "import.errors.unknownField"
      : definition.fields.some((f) => f.required && columns[f.key] === undefined)
        ? "import.errors.missingRequired"
        : null;
    const rows = refused ? [] : mappedRows(sheet, mapping);
    const tooMany = rows.length > MAX_IMPORT_ROWS;
    if (refused || tooMany) {
      // Nothing to run: the job goes back to be mapped again (or the file replaced).
      const reason = refused ?? "import.errors.tooManyRows";
      await runWrite(ctx, (tx) =>
        tx
          .update(importJobs)
          .set({
            state: "uploaded",
            headers,
            mapping,
            options,
            heartbeatAt: null,
            error: reason,
            version: job.version + 1,
          })
          .where(eq(importJobs.id, job.id)),
      );
      return fail("VALIDATION", { columns: [reason] });
    }
    const report = await runImport(
      ctx,
      { id: job.id, definition, rows, options },
      { commit: false, mode: options.mode },
    );
    return runWrite(ctx, async (tx) => {
      const version = await storeReport(tx, job, report, lineCells(sheet), {
        state: "validated",
        headers,
        mapping,
        options,
      });
      await recordAudit(tx, ctx.actor, {
        action: "import.validate",
        entityType: "import",
        entityId: job.id,
        metadata: { importId: job.id, table: job.tableName, counts: report.counts },
      });
      return { id: job.id, version, state: "validated", counts: report.counts };
    });
  } catch (error) {
    await markFailed(ctx, job.id, error);
    return fail("INTERNAL");
  }
}

/**
 * The commit: the validated job's run, kept. All-or-nothing (the default) writes nothing when a
 * row has an error — the job stays validated with the new outcomes and the answer is
 * VALIDATION; skip-errors writes the valid rows and reports the rest as skipped.
 */
export async function commitImportJob(
  ctx: Ctx,
  jobId: string,
  raw: Record<string, unknown>,
  read: SheetSource,
): Promise<Result<ImportJobSummary>> {
  const parsed = commitSchema.safeParse(raw);
  if (!parsed.success) return fail("VALIDATION");
  const { version, mode } = parsed.data;
  const claimed = await claim(ctx, jobId, version, ["validated"], "importing");
  if (!claimed.ok) return claimed;
  const job = claimed.data;
  const definition = importDefinition(job.tableName)!;
  const options: JobOptions = { createDepartments: false, ...jobOptions(job), mode };
  try {
    const sheet = await read({ bytes: job.file, fileName: job.fileName }, options.read ?? {});
    const cells = lineCells(sheet);
    const rows = mappedRows(sheet, job.mapping as ColumnMapping);
    let committedVersion = 0;
    const report = await runImport(
      ctx,
      { id: job.id, definition, rows, options },
      { commit: true, mode },
      async (tx, report) => {
        committedVersion = await storeReport(tx, job, report, cells, { state: "done", options });
        await recordAudit(tx, ctx.actor, {
          action: "import.commit",
          entityType: "import",
          entityId: job.id,
          metadata: {
            importId: job.id,
            table: job.tableName,
            fileName: job.fileName,
            mode,
            counts: report.counts,
          },
        });
      },
    );
    if (report.committed)
      return {
        ok: true,
        data: { id: job.id, version: committedVersion, state: "done", counts: report.counts },
      };
    // Errors found at commit time (the data changed since validation): nothing written.
    const stored = await runWrite(ctx, (tx) => storeReport(tx, job, report, cells, { state: "validated" }));
    if (!stored.ok) return stored;
    return fail("VALIDATION", { rows: ["import.errors.rowsWithErrors"] });
  } catch (error) {
    await markFailed(ctx, job.id, error);
    return fail("INTERNAL");
  }
}
