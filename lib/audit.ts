import "server-only";
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
