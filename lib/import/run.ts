import "server-only";
import type { Db } from "@/db/client";
import type { Ctx } from "../context";
import type { ImportDefinition, ImportMode, ImportOptions, MappedRow, RowOutcome } from "./definition";
import { trackProgress } from "./progress";

/**
 * One run of an import: every row classified and written inside one transaction. The preview
 * (validation) is this same run rolled back — the writes happen, constraints and all, and the
 * transaction is then undone by throwing `Rollback` — so what the preview promises is what the
 * commit does. A commit keeps the transaction, unless the mode is all-or-nothing and some row
 * has an error: then nothing is written.
 */

export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: number;
}

export interface RunReport {
  outcomes: RowOutcome[];
  counts: ImportCounts;
  /** True when the transaction was committed (a commit without refusing errors). */
  committed: boolean;
}

export interface ImportRun {
  /** The job's id, carried by every audit event the run records. */
  id: string;
  definition: ImportDefinition;
  rows: readonly MappedRow[];
  options: ImportOptions;
}

/** Thrown to end the run's transaction without keeping anything: it carries the report out. */
class Rollback extends Error {
  constructor(readonly report: RunReport) {
    super("import rolled back");
  }
}

export function countOutcomes(outcomes: readonly RowOutcome[]): ImportCounts {
  const counts: ImportCounts = {
    rows: outcomes.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    errors: 0,
  };
  for (const o of outcomes) {
    if (o.status === "new") counts.created += 1;
    else if (o.status === "update") counts.updated += 1;
    else if (o.status === "unchanged") counts.unchanged += 1;
    else if (o.status === "skipped") counts.skipped += 1;
    else counts.errors += 1;
  }
  return counts;
}

/**
 * Runs the import. `commit: false` is the preview: the report of a run rolled back. With
 * `commit: true`, all-or-nothing keeps nothing when a row has an error; skip-errors keeps the
 * valid rows and reports the others as skipped. `onCommit` writes, in the same transaction,
 * what must be kept with the data (the job's rows and state, its audit event).
 */
export async function runImport(
  ctx: Ctx,
  job: ImportRun,
  { commit, mode }: { commit: boolean; mode: ImportMode },
  onCommit?: (tx: Db, report: RunReport) => Promise<void>,
): Promise<RunReport> {
  const progress = trackProgress(job.id, commit ? "importing" : "validating", job.rows.length);
  try {
    return await ctx.db.transaction(async (tx) => {
      const outcomes = await job.definition.run(
        {
          tx,
          ctx,
          importId: job.id,
          options: { ...job.options, mode },
          // The preview writes every valid row even when others fail, so each is really tried.
          writeValid: !commit || mode === "skip-errors",
          preview: !commit,
          progress: progress.update,
        },
        job.rows,
      );
      const counts = countOutcomes(outcomes);
      if (!commit || (mode === "all-or-nothing" && counts.errors > 0)) {
        throw new Rollback({ outcomes, counts, committed: false });
      }
      for (const o of outcomes) if (o.status === "error") o.status = "skipped";
      const report: RunReport = { outcomes, counts: countOutcomes(outcomes), committed: true };
      await onCommit?.(tx, report);
      return report;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.report;
    throw error;
  } finally {
    progress.end();
  }
}
