import { and, desc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { auditDenials, settleDenialAudits } from "@/lib/auth/denials";
import { createDescriber } from "@/lib/history/describe";
import { createNetwork } from "@/lib/networks/commands";
import { auditLog, parseAuditLogParams } from "@/lib/history/audit-log";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor } from "../support/fixtures";

async function denialsOf(db: Db, actor: Actor) {
  await settleDenialAudits();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "auth.denied"), eq(auditEvents.actorUserId, actor.userId)))
    .orderBy(desc(auditEvents.id));
}

describeDatabases("audit of refused actions", (getDb) => {
  let actors: Record<AppRole, Actor>;
  beforeAll(async () => {
    actors = await createActors(getDb());
  });

  it("a refusal in an app request leaves who, what and why in the audit log, and nothing else", async () => {
    const db = getDb();
    const ctx = auditDenials(ctxFor(db, actors.viewer));
    const result = await createNetwork(ctx, { name: "Red que no debe existir", kind: "global" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const events = await denialsOf(db, actors.viewer);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorEmail: actors.viewer.email,
      entityType: "user",
      entityId: actors.viewer.userId,
      metadata: { attempted: "network.create", reason: "role", role: "viewer" },
    });
    // In words, for the audit log viewer.
    const described = createDescriber().describe(events[0]!);
    expect(described.actionLabel).toBe("Intentó una acción sin permiso");
    expect(described.notes).toContain("Acción intentada: network.create.");
    expect(described.notes).toContain("Motivo: su rol no permite esa acción.");
  });

  it("a read refused to a role is audited too; an allowed action is not", async () => {
    const db = getDb();
    const viewer = auditDenials(ctxFor(db, actors.viewer));
    const before = (await denialsOf(db, actors.viewer)).length;
    await expect(auditLog(viewer, parseAuditLogParams({}))).rejects.toMatchObject({
      failure: { code: "FORBIDDEN" },
    });
    const after = await denialsOf(db, actors.viewer);
    expect(after).toHaveLength(before + 1);
    expect(after[0]?.metadata).toMatchObject({ attempted: "audit.read", reason: "role" });

    const coordinator = auditDenials(ctxFor(db, actors.coordinator));
    expect(
      (
        await createNetwork(coordinator, {
          name: "Red permitida (denials)",
          kind: "global",
          membershipStatus: "member",
        })
      ).ok,
    ).toBe(true);
    expect(await denialsOf(db, actors.coordinator)).toHaveLength(0);
  });

  it("contexts not built by the app (scripts, tests) are not audited", async () => {
    const db = getDb();
    const before = (await denialsOf(db, actors.technical)).length;
    await createNetwork(ctxFor(db, actors.technical), { name: "x", kind: "global" });
    expect(await denialsOf(db, actors.technical)).toHaveLength(before);
  });
});
