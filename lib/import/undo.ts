import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { importJobs, importRows } from "@/db/schema";
import { scopeFor } from "../auth/policy";
import { command, conflict, invalid, notFound } from "../command";
import { versionField } from "../validation/fields";
import { authorizeJob } from "./access";
import { readJob } from "./queries";
import { importDefinition } from "./registry";

export interface UndoReport {
  removed: number;
  restored: number;
  kept: { line: number; recordId: string }[];
  version: number;
}

/**
 * Undoes a committed import in one transaction, audited: what it created is removed, what it
 * updated gets its previous values back — except records edited since (their version is not the
 * one the import left), which are kept and listed.
 */
export const undoImport = command({
  action: "import.undo",
  recordScoped: true,
  schema: z.object({ version: versionField }),
  run: async ({ tx, ctx, audit, authorize }, { version }, jobId: string): Promise<UndoReport> => {
    const job = await readJob(tx, jobId);
    if (!job) throw notFound();
    authorizeJob(ctx.actor, "import.undo", job);
    authorize(
      "import.undo",
      scopeFor(ctx.actor.role, "import.undo") === "any"
        ? undefined
        : { departmentId: ctx.actor.departmentId },
    );
    if (job.version !== version) throw conflict();
    if (job.state !== "done") throw invalid({ state: ["import.errors.notUndoable"] });
    const rows = await tx
      .select({
        line: importRows.line,
        status: importRows.status,
        recordId: importRows.recordId,
        previous: importRows.previous,
        writtenVersion: importRows.writtenVersion,
      })
      .from(importRows)
      .where(
        and(
          eq(importRows.jobId, jobId),
          inArray(importRows.status, ["new", "update"]),
          isNotNull(importRows.recordId),
        ),
      )
      .orderBy(importRows.line);
    const definition = importDefinition(job.tableName)!;
    const outcome = await definition.undo(
      { tx, ctx, importId: jobId },
      rows.map((r) => ({
        line: r.line,
        status: r.status as "new" | "update",
        recordId: r.recordId!,
        previous: r.previous as Record<string, unknown> | null,
        writtenVersion: r.writtenVersion ?? 0,
      })),
    );
    const [undone] = await tx
      .update(importJobs)
      .set({ state: "undone", version: job.version + 1, updatedAt: new Date() })
      .where(and(eq(importJobs.id, jobId), eq(importJobs.version, version)))
      .returning({ version: importJobs.version });
    if (!undone) throw conflict();
    await audit({
      action: "import.undo",
      entityType: "import",
      entityId: jobId,
      metadata: { importId: jobId, removed: outcome.removed, restored: outcome.restored, kept: outcome.kept },
    });
    return { ...outcome, version: undone.version };
  },
});
