import { and, eq, inArray, isNull } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { loginThrottles, userSessions, users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { actorForSession, sessionStateFor } from "@/lib/auth/session-check";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { throttleKeys } from "@/lib/auth/throttle";
import { changeOwnPassword } from "@/lib/users/account";
import { resetUserPassword } from "@/lib/users/commands";
import { describeDatabases } from "../support/databases";
import { auditFor, createActors, ctxFor, openSession } from "../support/fixtures";

/** The throttle rows a password change counts on: the account's own. */
const accountThrottleKeys = (actor: Actor) => throttleKeys(actor.email, null).map((k) => k.key);

const START = "tilo en flor de mayo";

async function userRow(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

/** How many sessions of the user are still open. */
async function openCount(db: Db, userId: string) {
  const rows = await db
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
  return rows.length;
}

describeDatabases("own account: password and sessions", (getDb) => {
  let actors: Record<AppRole, Actor>;
  beforeAll(async () => {
    actors = await createActors(getDb(), await hashPassword(START));
  });

  it("refuses a wrong current password, on its field, and changes nothing", async () => {
    const db = getDb();
    const actor = actors.viewer;
    const before = await userRow(db, actor.userId);
    const claims = await openSession(db, actor.userId);
    const result = await changeOwnPassword(ctxFor(db, actor), {
      currentPassword: "no es la contraseña",
      newPassword: "colectivo sesenta y cuatro",
      confirmPassword: "colectivo sesenta y cuatro",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { currentPassword: ["currentWrong"] },
    });
    const after = await userRow(db, actor.userId);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(await actorForSession(db, claims)).not.toBeNull();
    expect((await auditFor(db, actor.userId)).at(-1)).toMatchObject({
      action: "user.change_password_failed",
      metadata: { reason: "wrong_password" },
    });
    await db.delete(loginThrottles).where(inArray(loginThrottles.key, accountThrottleKeys(actor)));
  });

  it("refuses short, common and personal new passwords, and the current one again", async () => {
    const db = getDb();
    const actor = actors.head;
    const ctx = ctxFor(db, actor);
    const claims = await openSession(db, actor.userId);
    const attempt = (newPassword: string) =>
      changeOwnPassword(ctx, { currentPassword: START, newPassword, confirmPassword: newPassword });
    expect(await attempt("corto")).toMatchObject({ fieldErrors: { newPassword: ["passwordTooShort"] } });
    expect(await attempt("x".repeat(257))).toMatchObject({
      fieldErrors: { newPassword: ["passwordTooLong"] },
    });
    expect(await attempt("qwerty123456")).toMatchObject({ fieldErrors: { newPassword: ["passwordCommon"] } });
    expect(await attempt("Administrator")).toMatchObject({
      fieldErrors: { newPassword: ["passwordCommon"] },
    });
    const local = actor.email.split("@")[0]!;
    expect(await attempt(`clave-${local}-2026`)).toMatchObject({
      fieldErrors: { newPassword: ["passwordPersonal"] },
    });
    expect(await attempt(START)).toMatchObject({ fieldErrors: { newPassword: ["passwordSameAsCurrent"] } });
    expect(
      await changeOwnPassword(ctx, {
        currentPassword: START,
        newPassword: "colectivo sesenta y cuatro",
        confirmPassword: "colectivo sesenta y tres",
      }),
    ).toMatchObject({ fieldErrors: { confirmPassword: ["passwordMismatch"] } });
    expect(await actorForSession(db, claims)).not.toBeNull();
  });

  it("changes the password: the old one stops working and every session ends", async () => {
    const db = getDb();
    const actor = actors.coordinator;
    const claims = await openSession(db, actor.userId);
    const elsewhere = await openSession(db, actor.userId);
    const next = "colectivo sesenta y cuatro";
    const result = await changeOwnPassword(ctxFor(db, actor), {
      currentPassword: START,
      newPassword: next,
      confirmPassword: next,
    });
    expect(result).toEqual({ ok: true, data: { forced: false } });
    expect(await actorForSession(db, claims)).toBeNull();
    expect(await actorForSession(db, elsewhere)).toBeNull();
    expect(await openCount(db, actor.userId)).toBe(0);
    expect(await attemptSignIn(db, { email: actor.email, password: START })).toMatchObject({ ok: false });
    const signIn = await attemptSignIn(db, { email: actor.email, password: next });
    expect(signIn).toMatchObject({ ok: true });
    expect(await actorForSession(db, await openSession(db, actor.userId))).toMatchObject({
      role: "coordinator",
    });
    const event = (await auditFor(db, actor.userId)).find((e) => e.action === "user.change_password");
    expect(event).toMatchObject({
      actorUserId: actor.userId,
      metadata: { forced: false, sessionsEnded: true },
    });
    expect(JSON.stringify(await auditFor(db, actor.userId))).not.toMatch(/argon2|colectivo|tilo en flor/);
  });

  it("after a reset, the temporary password only opens the change-password step, then all is normal", async () => {
    const db = getDb();
    const admin = ctxFor(db, actors.admin);
    const actor = actors.technical;
    const row = await userRow(db, actor.userId);
    const reset = await resetUserPassword(admin, actor.userId, { version: row.version });
    if (!reset.ok) throw new Error(JSON.stringify(reset));
    const signIn = await attemptSignIn(db, { email: actor.email, password: reset.data.temporaryPassword });
    expect(signIn).toMatchObject({ ok: true });
    const claims = await openSession(db, actor.userId);
    const state = await sessionStateFor(db, claims);
    expect(state.status).toBe("must_change_password");
    // Every page, action and route handler goes through actorForSession: refused.
    expect(await actorForSession(db, claims)).toBeNull();
    if (state.status !== "must_change_password") return;

    const next = "mate amargo y bizcochitos";
    const result = await changeOwnPassword(ctxFor(db, state.actor), {
      currentPassword: reset.data.temporaryPassword,
      newPassword: next,
      confirmPassword: next,
    });
    expect(result).toEqual({ ok: true, data: { forced: true } });
    const after = await userRow(db, actor.userId);
    expect(after).toMatchObject({ mustChangePassword: false, passwordExpiresAt: null });
    expect(await sessionStateFor(db, claims)).toEqual({ status: "none" });
    expect(await attemptSignIn(db, { email: actor.email, password: next })).toMatchObject({
      ok: true,
    });
    expect(await sessionStateFor(db, await openSession(db, actor.userId))).toMatchObject({
      status: "active",
    });
    expect((await auditFor(db, actor.userId)).find((e) => e.action === "user.change_password")).toMatchObject(
      {
        metadata: { forced: true },
      },
    );
  });

  it("wrong current passwords count towards the account's throttle", async () => {
    const db = getDb();
    const actor = actors.viewer;
    const ctx = ctxFor(db, actor);
    const claims = await openSession(db, actor.userId);
    const wrong = {
      currentPassword: "adivinando",
      newPassword: "colectivo sesenta y cuatro",
      confirmPassword: "colectivo sesenta y cuatro",
    };
    // One instant for every attempt, so the back-off cannot run out while the test runs.
    const now = new Date();
    let last;
    for (let i = 0; i < 7; i++) last = await changeOwnPassword(ctx, wrong, { now });
    expect(last).toMatchObject({ fieldErrors: { currentPassword: ["currentThrottled"] } });
    // Even the right password waits now.
    expect(await changeOwnPassword(ctx, { ...wrong, currentPassword: START }, { now })).toMatchObject({
      fieldErrors: { currentPassword: ["currentThrottled"] },
    });
    expect(await actorForSession(db, claims)).not.toBeNull();
    await db.delete(loginThrottles).where(inArray(loginThrottles.key, accountThrottleKeys(actor)));
  });
});
