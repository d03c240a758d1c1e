import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { calendarFeedTokens, userSessions, users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { actorForSession, sessionStateFor } from "@/lib/auth/session-check";
import { sessionPolicy } from "@/lib/auth/session-policy";
import { endSession, endUserSessions, LAST_SEEN_GRANULARITY_MS } from "@/lib/auth/user-sessions";
import {
  closeAllUserSessions,
  closeOtherOwnSessions,
  closeOwnSession,
  closeUserSession,
  listOwnSessions,
  listUserSessions,
} from "@/lib/users/sessions";
import { describeDatabases } from "../support/databases";
import { auditFor, createActors, ctxFor, openSession } from "../support/fixtures";

const policy = sessionPolicy();

describeDatabases("sessions as server-side rows", (getDb) => {
  let actors: Record<AppRole, Actor>;
  beforeAll(async () => {
    actors = await createActors(getDb());
  });

  async function sessionRow(id: string) {
    const [row] = await getDb().select().from(userSessions).where(eq(userSessions.id, id));
    return row!;
  }

  /** The actor as a request with this session sees it. */
  async function asSession(actor: Actor, claims: { sessionId: string }): Promise<Actor> {
    const seen = await actorForSession(getDb(), claims);
    expect(seen).not.toBeNull();
    return seen!;
  }

  it("an open session gives the user as stored now, with the session it came with", async () => {
    const db = getDb();
    const claims = await openSession(db, actors.coordinator.userId, { ip: "198.51.100.4" });
    const actor = await actorForSession(db, claims);
    expect(actor).toEqual({
      ...actors.coordinator,
      session: { id: claims.sessionId, authMethod: "password", secondFactorAt: null },
    });
    expect(Object.keys(actor ?? {})).not.toContain("passwordHash");
  });

  it("an ended session is refused, whatever its token says; the other sessions of the user go on", async () => {
    const db = getDb();
    const kept = await openSession(db, actors.head.userId);
    const signedOut = await openSession(db, actors.head.userId);
    expect(await actorForSession(db, signedOut)).not.toBeNull();
    await endSession(db, signedOut.sessionId, "sign_out");
    expect(await sessionStateFor(db, signedOut)).toEqual({ status: "none" });
    expect(await actorForSession(db, kept)).not.toBeNull();
    // Ending twice keeps the first reason.
    await endSession(db, signedOut.sessionId, "idle");
    expect(await sessionRow(signedOut.sessionId)).toMatchObject({ endReason: "sign_out" });
  });

  it("the server keeps the idle timeout and the absolute lifetime, and records why the session ended", async () => {
    const db = getDb();
    const t0 = new Date("2026-12-01T12:00:00Z");
    const idle = await openSession(db, actors.viewer.userId, { now: t0 });
    const justBefore = new Date(t0.getTime() + policy.idleSeconds * 1000 - 1000);
    expect(await sessionStateFor(db, idle, { now: justBefore })).toMatchObject({ status: "active" });
    // That request moved last_seen_at, so the idle clock starts again from it…
    expect((await sessionRow(idle.sessionId)).lastSeenAt).toEqual(justBefore);
    const late = new Date(justBefore.getTime() + policy.idleSeconds * 1000);
    expect(await sessionStateFor(db, idle, { now: late })).toEqual({ status: "none" });
    expect(await sessionRow(idle.sessionId)).toMatchObject({ endReason: "idle", endedAt: late });

    // An active session still ends at its absolute lifetime.
    const long = await openSession(db, actors.viewer.userId, { now: t0 });
    let now = t0;
    while (now.getTime() - t0.getTime() < policy.maxSeconds * 1000) {
      now = new Date(now.getTime() + (policy.idleSeconds * 1000) / 2);
      await sessionStateFor(db, long, { now });
    }
    expect(await sessionRow(long.sessionId)).toMatchObject({ endReason: "expired" });
    expect(await sessionStateFor(db, long, { now })).toEqual({ status: "none" });
  });

  it("last seen moves at most once a minute (no write per request)", async () => {
    const db = getDb();
    const t0 = new Date("2026-12-02T09:00:00Z");
    const claims = await openSession(db, actors.viewer.userId, { now: t0 });
    const soon = new Date(t0.getTime() + LAST_SEEN_GRANULARITY_MS - 1000);
    await sessionStateFor(db, claims, { now: soon });
    expect((await sessionRow(claims.sessionId)).lastSeenAt).toEqual(t0);
    const later = new Date(t0.getTime() + LAST_SEEN_GRANULARITY_MS + 1000);
    await sessionStateFor(db, claims, { now: later });
    expect((await sessionRow(claims.sessionId)).lastSeenAt).toEqual(later);
  });

  it("refuses missing, unknown or malformed claims, and a deactivated account at once", async () => {
    const db = getDb();
    expect(await actorForSession(db, null)).toBeNull();
    expect(await actorForSession(db, { sessionId: null })).toBeNull();
    expect(await actorForSession(db, { sessionId: "not-a-uuid" })).toBeNull();
    expect(await actorForSession(db, { sessionId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    const claims = await openSession(db, actors.technical.userId);
    await db.update(users).set({ active: false }).where(eq(users.id, actors.technical.userId));
    expect(await actorForSession(db, claims)).toBeNull();
    await db.update(users).set({ active: true }).where(eq(users.id, actors.technical.userId));
  });

  it("Mi cuenta lists my open sessions, closes one of them, and 'cerrar las demás' keeps only this one", async () => {
    const db = getDb();
    const me = actors.head;
    await endUserSessions(db, me.userId, "sign_out");
    const phone = await openSession(db, me.userId, {
      userAgent:
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
      ip: "203.0.113.9",
    });
    const laptop = await openSession(db, me.userId);
    const here = await openSession(db, me.userId);
    const ctx = ctxFor(db, await asSession(me, here));

    const listed = await listOwnSessions(ctx);
    expect(listed.ok && listed.data.map((s) => s.id).sort()).toEqual(
      [phone.sessionId, laptop.sessionId, here.sessionId].sort(),
    );
    expect(listed.ok && listed.data.find((s) => s.current)?.id).toBe(here.sessionId);
    expect(listed.ok && listed.data.find((s) => s.id === phone.sessionId)).toMatchObject({
      ip: "203.0.113.9",
      authMethod: "password",
    });

    expect(await closeOwnSession(ctx, phone.sessionId, {})).toMatchObject({ ok: true });
    expect(await actorForSession(db, phone)).toBeNull();
    expect(await sessionRow(phone.sessionId)).toMatchObject({ endReason: "closed_by_user" });

    expect(await closeOtherOwnSessions(ctx, {})).toMatchObject({ ok: true, data: { ended: 1 } });
    expect(await actorForSession(db, laptop)).toBeNull();
    expect(await actorForSession(db, here)).not.toBeNull();
    expect((await auditFor(db, me.userId)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.session_close", "user.sessions_close_others"]),
    );
  });

  it("nobody closes another user's session from their own account (NOT_FOUND, nothing ends)", async () => {
    const db = getDb();
    const victim = await openSession(db, actors.coordinator.userId);
    const ctx = ctxFor(db, await asSession(actors.viewer, await openSession(db, actors.viewer.userId)));
    expect(await closeOwnSession(ctx, victim.sessionId, {})).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await closeOwnSession(ctx, "x", {})).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await actorForSession(db, victim)).not.toBeNull();
  });

  it("an administrator lists and ends a user's sessions, which also cuts their calendar links; others may not", async () => {
    const db = getDb();
    const user = actors.technical;
    const one = await openSession(db, user.userId);
    const two = await openSession(db, user.userId);
    await db.insert(calendarFeedTokens).values({ userId: user.userId, tokenHash: `hash-${one.sessionId}` });
    const admin = ctxFor(db, actors.admin);

    expect(await listUserSessions(ctxFor(db, actors.coordinator), user.userId)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await closeAllUserSessions(ctxFor(db, actors.coordinator), user.userId, {})).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await actorForSession(db, one)).not.toBeNull();

    const listed = await listUserSessions(admin, user.userId);
    expect(listed.ok && listed.data.map((s) => s.id)).toEqual(
      expect.arrayContaining([one.sessionId, two.sessionId]),
    );

    expect(await closeUserSession(admin, user.userId, one.sessionId, {})).toMatchObject({ ok: true });
    expect(await actorForSession(db, one)).toBeNull();
    expect(await actorForSession(db, two)).not.toBeNull();

    const all = await closeAllUserSessions(admin, user.userId, {});
    expect(all.ok && all.data.ended).toBeGreaterThanOrEqual(1);
    expect(await actorForSession(db, two)).toBeNull();
    const open = await db
      .select()
      .from(calendarFeedTokens)
      .where(and(eq(calendarFeedTokens.userId, user.userId), isNull(calendarFeedTokens.revokedAt)));
    expect(open).toEqual([]);
    expect((await auditFor(db, user.userId)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.session_close", "user.sessions_close_all"]),
    );
  });
});
