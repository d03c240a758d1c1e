import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import type { Actor } from "./actor";
import type { PolicyAction } from "./policy";

/**
 * Refusals by the policy are audited (who tried what, and why) for requests that come from
 * the app: requireCtx and actionCtx register their actor here, and every `denied`/`assertCan`
 * that refuses that actor appends an "auth.denied" event. The refusal itself never waits for
 * the write, and a failed write is logged, not thrown: refusing must not depend on auditing.
 */
const sinks = new WeakMap<Actor, Db>();
const pending = new Set<Promise<void>>();

export type DenialReason = "role" | "scope";

/** Audits this context's refusals from now on; returns the same context. */
export function auditDenials<T extends Ctx>(ctx: T): T {
  sinks.set(ctx.actor, ctx.db);
  return ctx;
}

export function reportDenial(actor: Actor, action: PolicyAction, reason: DenialReason): void {
  const db = sinks.get(actor);
  if (!db) return;
  const write = recordAudit(db, actor, {
    action: "auth.denied",
    entityType: "user",
    entityId: actor.userId,
    metadata: { attempted: action, reason, role: actor.role },
  })
    .catch((error: unknown) => console.error("[redes] could not audit a refusal", error))
    .finally(() => pending.delete(write));
  pending.add(write);
}

/** Waits for the refusals reported so far to be written (tests, graceful shutdown). */
export async function settleDenialAudits(): Promise<void> {
  await Promise.all([...pending]);
}
