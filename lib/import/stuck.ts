import "server-only";
import { and, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { importJobs } from "@/db/schema";
import { recordAudit } from "../audit";

/** A run's heartbeat older than this means its process died (a run of 20,000 rows takes seconds). */
export const STUCK_AFTER_MINUTES = 15;

/**
 * Marks failed the jobs whose run died: validating or importing, with a heartbeat older than
 * `olderThanMinutes`. Their data transaction ended with the process, so nothing of it was
 * written; the user may validate again. Recorded in the audit log as the system's act.
 */
export async function failStuckImports(
  db: Db,
  {
    olderThanMinutes = STUCK_AFTER_MINUTES,
    now = new Date(),
  }: { olderThanMinutes?: number; now?: Date } = {},
): Promise<string[]> {
  const cutoff = new Date(now.getTime() - olderThanMinutes * 60_000);
  return db.transaction(async (tx) => {
    const stuck = await tx
      .update(importJobs)
      .set({
        state: "failed",
        error: "import.errors.stuck",
        heartbeatAt: null,
        version: sql`${importJobs.version} + 1`,
        updatedAt: now,
      })
      .where(and(inArray(importJobs.state, ["validating", "importing"]), lt(importJobs.heartbeatAt, cutoff)))
      .returning({ id: importJobs.id });
    for (const { id } of stuck) {
      await recordAudit(tx, null, {
        action: "import.fail",
        entityType: "import",
        entityId: id,
        metadata: { importId: id, reason: "stuck" },
      });
    }
    return stuck.map((s) => s.id);
  });
}
