import { and, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { ImportMode } from "@/lib/import/definition";
import { commitImportJob, createImportJob, validateImportJob, type SheetSource } from "@/lib/import/jobs";
import { importRowsPage } from "@/lib/import/queries";
import type { ImportTableName } from "@/lib/import/registry";
import { expectOk } from "./fixtures";
import { jsonSource } from "./import-sheets";

// The steps of an import as the job's pages take them, for the import tests.

/** Upload + validate (with the job page's settings, if any): the validated job, its counts. */
export async function validatedJob(
  ctx: Ctx,
  table: ImportTableName,
  bytes: Uint8Array,
  {
    source = jsonSource,
    fileName = `${table}.csv`,
    settings = {},
  }: { source?: SheetSource; fileName?: string; settings?: Record<string, unknown> } = {},
) {
  const job = expectOk(await createImportJob(ctx, { table, fileName, bytes }));
  return expectOk(await validateImportJob(ctx, job.id, { version: job.version, ...settings }, source));
}

/** Commits a validated job in the given mode; the committed job (it must succeed). */
export async function committedJob(
  ctx: Ctx,
  job: { id: string; version: number },
  mode: ImportMode = "all-or-nothing",
  source: SheetSource = jsonSource,
) {
  return expectOk(await commitImportJob(ctx, job.id, { version: job.version, mode }, source));
}

/** Every cell error of a validated job, as "line field:key:values". */
export async function cellErrors(ctx: Ctx, jobId: string) {
  const page = (await importRowsPage(ctx, jobId, { onlyErrors: true }))!;
  return page.rows.flatMap((r) =>
    r.errors.map((e) => `${r.line} ${e.field}:${e.key}:${Object.values(e.values ?? {}).join()}`),
  );
}

/** The actions of the audit events tagged with an import (narrowed by `where`), sorted. */
export async function taggedActions(db: Db, importId: string, where?: SQL) {
  const events = await db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(sql`${auditEvents.metadata} ->> 'importId' = ${importId}`, where));
  return events.map((e) => e.action).sort();
}

/** A validation's counts when every row matched its record and nothing would change. */
export const allUnchanged = (rows: number) => ({
  rows,
  created: 0,
  updated: 0,
  unchanged: rows,
  skipped: 0,
  errors: 0,
});
