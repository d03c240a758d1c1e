import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Actor } from "./auth/actor";

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  metadata?: Record<string, unknown>;
}

/** Appends one audit event; call it inside the write's own transaction. */
export async function recordAudit(tx: Db, actor: Pick<Actor, "userId" | "email"> | null, entry: AuditEntry) {
  await tx.insert(auditEvents).values({
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    metadata: entry.metadata ?? null,
  });
}

/**
 * The user who recorded the latest audit event of a record (null for the system or when it
 * has none): after a CONFLICT it tells whether the newer save was this user's own, in another
 * tab or session. One row by the entity index.
 */
export async function lastActorOf(db: Db, entityType: string, entityId: string): Promise<string | null> {
  const [row] = await db
    .select({ actor: auditEvents.actorUserId })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.actor ?? null;
}
