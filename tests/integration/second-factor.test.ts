import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, userPasskeys, userRecoveryCodes, userSessions, userTotp, users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { resetUserSecondFactor, userSecondFactors } from "@/lib/auth/second-factor/admin-reset";
import {
  cancelTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  ownSecondFactors,
  pendingTotpEnrolment,
  regenerateRecoveryCodes,
  startTotpEnrolment,
} from "@/lib/auth/second-factor/commands";
import { MAX_SECOND_FACTOR_FAILURES } from "@/lib/auth/second-factor/factors";
import { verifySignInSecondFactor } from "@/lib/auth/second-factor/sign-in-step";
import { requireRecentSecondFactor, STEP_UP_MAX_AGE_MS, withStepUp } from "@/lib/auth/second-factor/step-up";
import { sessionStateFor } from "@/lib/auth/session-check";
import { startSession } from "@/lib/auth/user-sessions";
import type { Ctx } from "@/lib/context";
import { resetUserPassword, updateUser } from "@/lib/users/commands";
import { describeDatabases } from "../support/databases";
import { createActors, createUser } from "../support/fixtures";
import { hotp, parseOtpauth, totpCode } from "../support/totp";

// The TOTP secrets are encrypted with a key derived from AUTH_SECRET.
process.env.AUTH_SECRET ??= "una clave de prueba para los segundos factores";

const at = (iso: string) => new Date(iso);
const T0 = at("2026-12-07T10:00:05Z");
const plus = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

/** A signed-in context: a fresh session row for the actor (second factor not yet proved, unless given). */
async function signedIn(db: Db, actor: Actor, secondFactorAt: Date | null = null): Promise<Ctx> {
  const id = await startSession(db, { userId: actor.userId, authMethod: "password", secondFactorAt });
  return { db, actor: { ...actor, session: { id, authMethod: "password", secondFactorAt } } };
}

function data<T>(result: { ok: true; data: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result)}`);
  return result.data;
}

/** Enrols an authenticator app for the actor at `when`; returns its base32 key and the recovery codes. */
async function enrol(db: Db, actor: Actor, when = T0) {
  const ctx = await signedIn(db, actor);
  data(await startTotpEnrolment(ctx, when));
  const shown = data(await pendingTotpEnrolment(ctx))!;
  const confirmed = data(await confirmTotpEnrolment(ctx, { code: totpCode(shown.key, when) }, when));
  return { key: shown.key, codes: confirmed.recoveryCodes ?? [], ctx };
}

async function sessionRow(db: Db, id: string) {
  const [row] = await db.select().from(userSessions).where(eq(userSessions.id, id));
  return row!;
}

const auditActions = async (db: Db, userId: string) =>
  (await db.select().from(auditEvents).where(eq(auditEvents.entityId, userId)).orderBy(auditEvents.id)).map(
    (e) => e.action,
  );

describe("the tests' own RFC 6238 reader", () => {
  it("matches the RFC's test vector (SHA-1, T = 59 s)", () => {
    // RFC 6238 appendix B: 94287082 in eight digits, so 287082 in six.
    expect(hotp(Buffer.from("12345678901234567890"), 1)).toBe("287082");
  });
});

describeDatabases("second factor: authenticator app, recovery codes, step-up", (getDb) => {
  let actors: Record<AppRole, Actor>;
  beforeAll(async () => {
    actors = await createActors(getDb());
  });

  it("enrols an app: QR URI and manual key name the same secret, stored encrypted; a wrong code does not confirm", async () => {
    const db = getDb();
    const actor = actors.viewer;
    const ctx = await signedIn(db, actor);
    data(await startTotpEnrolment(ctx, T0));
    const shown = data(await pendingTotpEnrolment(ctx))!;
    // Reloading shows the same secret.
    expect(data(await pendingTotpEnrolment(ctx))!.key).toBe(shown.key);
    const uri = parseOtpauth(shown.uri);
    expect(uri.issuer).toBe("Redes");
    expect(uri.label).toBe(`Redes:${actor.email}`);
    expect(uri.secret).toBe(shown.key.replace(/ /g, ""));
    expect(shown.key.replace(/ /g, "")).toHaveLength(32); // 20 bytes in base32
    const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, actor.userId));
    expect(row!.confirmedAt).toBeNull();
    expect(row!.secretEncrypted).toMatch(/^v1\./);
    expect(row!.secretEncrypted).not.toContain(uri.secret);
    // A pending enrolment is not a second factor yet.
    expect(
      await sessionStateFor(db, { sessionId: ctx.actor.session!.id }, { now: new Date() }),
    ).toMatchObject({
      status: "active",
    });

    const wrong = String((Number(totpCode(shown.key, T0)) + 1) % 1_000_000).padStart(6, "0");
    expect(await confirmTotpEnrolment(ctx, { code: wrong }, T0)).toMatchObject({
      ok: false,
      fieldErrors: { code: ["codeWrong"] },
    });
    expect(data(await ownSecondFactors(ctx)).totp).toBe("pending");

    // A code of the step before (30 s of drift) is accepted.
    const confirmed = data(await confirmTotpEnrolment(ctx, { code: totpCode(shown.key, plus(T0, -30)) }, T0));
    expect(confirmed.recoveryCodes).toHaveLength(10);
    for (const code of confirmed.recoveryCodes!)
      expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    expect(data(await ownSecondFactors(ctx))).toEqual({
      totp: "enabled",
      passkeys: 0,
      recoveryCodesLeft: 10,
    });
    // The session that enrolled has proved the factor.
    expect((await sessionRow(db, ctx.actor.session!.id)).secondFactorAt).toEqual(T0);
    // Only hashes are stored.
    const hashes = await db
      .select()
      .from(userRecoveryCodes)
      .where(eq(userRecoveryCodes.userId, actor.userId));
    expect(hashes.map((h) => h.codeHash).join()).not.toContain(confirmed.recoveryCodes![0]!.slice(0, 5));
    expect(await auditActions(db, actor.userId)).toEqual([
      "user.totp_enrol_start",
      "user.totp_enable_failed",
      "user.totp_enable",
    ]);
    // A second enrolment while one is on is refused.
    expect(await startTotpEnrolment(ctx, T0)).toMatchObject({
      ok: false,
      fieldErrors: { _form: ["totpAlreadyOn"] },
    });
  });

  it("cancelling an enrolment drops the unconfirmed secret", async () => {
    const db = getDb();
    const ctx = await signedIn(db, actors.technical);
    data(await startTotpEnrolment(ctx, T0));
    expect(data(await cancelTotpEnrolment(ctx))).toEqual({ cancelled: true });
    expect(await db.select().from(userTotp).where(eq(userTotp.userId, actors.technical.userId))).toEqual([]);
    expect(data(await pendingTotpEnrolment(ctx))).toBeNull();
  });

  it("sign-in asks for the code; a right one opens the session, the same code again is refused (replay)", async () => {
    const db = getDb();
    const actor = actors.coordinator;
    const { key } = await enrol(db, actor, T0);
    const later = plus(T0, 90);
    const ctx = await signedIn(db, actor);
    const sessionId = ctx.actor.session!.id;
    expect((await sessionStateFor(db, { sessionId })).status).toBe("second_factor");

    const code = totpCode(key, later);
    const proved = await verifySignInSecondFactor(ctx, { method: "totp", code }, later);
    expect(proved).toMatchObject({ ok: true, data: { method: "totp" } });
    expect((await sessionStateFor(db, { sessionId })).status).toBe("active");
    expect((await sessionRow(db, sessionId)).secondFactorAt).toEqual(later);

    // The same code in another session, within its window: refused, and counted.
    const other = await signedIn(db, actor);
    expect(await verifySignInSecondFactor(other, { method: "totp", code }, plus(later, 10))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { code: ["codeWrong"] },
    });
    expect((await sessionRow(db, other.actor.session!.id)).secondFactorFailures).toBe(1);
    // The code of the step the enrolment used is older still: refused too.
    expect(
      await verifySignInSecondFactor(other, { method: "totp", code: totpCode(key, T0) }, plus(T0, 20)),
    ).toMatchObject({ ok: false });
    // A code two steps away (60 s) is outside the window.
    expect(
      await verifySignInSecondFactor(other, { method: "totp", code: totpCode(key, plus(later, 120)) }, later),
    ).toMatchObject({ ok: false });
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, actor.userId), eq(auditEvents.action, "auth.second_factor")));
    expect(events.map((e) => e.metadata)).toEqual([{ method: "totp", sessionId }]);
  });

  it("five wrong codes end the session (audited); four do not", async () => {
    const db = getDb();
    const actor = actors.head;
    const { key } = await enrol(db, actor, T0);
    const ctx = await signedIn(db, actor);
    const sessionId = ctx.actor.session!.id;
    const now = plus(T0, 300);
    const wrong = String((Number(totpCode(key, now)) + 500_000) % 1_000_000).padStart(6, "0");
    for (let i = 1; i < MAX_SECOND_FACTOR_FAILURES; i++) {
      expect(await verifySignInSecondFactor(ctx, { method: "totp", code: wrong }, now)).toMatchObject({
        code: "VALIDATION",
      });
    }
    expect((await sessionRow(db, sessionId)).endedAt).toBeNull();
    expect(await verifySignInSecondFactor(ctx, { method: "totp", code: wrong }, now)).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
      fieldErrors: { code: ["codeLocked"] },
    });
    const row = await sessionRow(db, sessionId);
    expect(row.endReason).toBe("second_factor_failed");
    expect((await sessionStateFor(db, { sessionId })).status).toBe("none");
    // Even the right code is of no use in an ended session.
    expect(
      await verifySignInSecondFactor(ctx, { method: "totp", code: totpCode(key, now) }, now),
    ).toMatchObject({ ok: false });
    const failed = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, actor.userId), eq(auditEvents.action, "auth.second_factor_failed")),
      );
    expect(failed.slice(0, 5).map((e) => (e.metadata as { failures: number }).failures)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(failed[4]!.metadata).toMatchObject({ sessionEnded: true, purpose: "sign_in" });
  });

  it("a recovery code works once; new codes replace all the old ones", async () => {
    const db = getDb();
    const actor = await createUser(db, {
      email: "recuperacion@prueba.test",
      name: "Recuperación",
      role: "viewer",
    });
    const { codes } = await enrol(db, actor, T0);
    const first = await signedIn(db, actor);
    // Typed in upper case with a space instead of the dash: still the code.
    const typed = codes[3]!.toUpperCase().replace("-", " ");
    expect(await verifySignInSecondFactor(first, { method: "recovery", code: typed })).toMatchObject({
      ok: true,
      data: { method: "recovery" },
    });
    expect((await sessionStateFor(db, { sessionId: first.actor.session!.id })).status).toBe("active");
    const second = await signedIn(db, actor);
    expect(await verifySignInSecondFactor(second, { method: "recovery", code: codes[3]! })).toMatchObject({
      ok: false,
      fieldErrors: { code: ["recoveryCodeWrong"] },
    });
    expect(data(await ownSecondFactors(second)).recoveryCodesLeft).toBe(9);

    // Regenerating asks for a recent proof; the first session has one.
    const stale = await signedIn(db, actor, new Date(Date.now() - STEP_UP_MAX_AGE_MS - 1000));
    expect(await regenerateRecoveryCodes(stale)).toMatchObject({ ok: false, code: "STEP_UP" });
    const fresh = {
      ...first,
      actor: { ...first.actor, session: { ...first.actor.session!, secondFactorAt: new Date() } },
    };
    const renewed = data(await regenerateRecoveryCodes(fresh)).recoveryCodes;
    expect(renewed).toHaveLength(10);
    expect(data(await ownSecondFactors(fresh)).recoveryCodesLeft).toBe(10);
    const third = await signedIn(db, actor);
    expect(await verifySignInSecondFactor(third, { method: "recovery", code: codes[4]! })).toMatchObject({
      ok: false,
    });
    expect(await verifySignInSecondFactor(third, { method: "recovery", code: renewed[0]! })).toMatchObject({
      ok: true,
    });
  });

  it("step-up: a role change, a password reset and turning the app off need a second factor proved in the last ten minutes", async () => {
    const db = getDb();
    const admin = await createUser(db, { email: "admin2@prueba.test", name: "Otra admin", role: "admin" });
    const { key } = await enrol(db, admin, new Date());
    const [target] = await db
      .insert(users)
      .values({ email: "destino.stepup@prueba.test", name: "Destino", role: "viewer", passwordHash: "x" })
      .returning();
    const stale = await signedIn(db, admin, new Date(Date.now() - STEP_UP_MAX_AGE_MS - 1000));
    expect(await requireRecentSecondFactor(stale)).toMatchObject({
      code: "STEP_UP",
      message: "errors.STEP_UP",
    });

    const roleChange = {
      email: target!.email,
      name: target!.name,
      role: "coordinator",
      version: target!.version,
    };
    expect(await updateUser(stale, target!.id, roleChange)).toMatchObject({ ok: false, code: "STEP_UP" });
    expect(await resetUserPassword(stale, target!.id, { version: target!.version })).toMatchObject({
      ok: false,
      code: "STEP_UP",
    });
    // Nothing changed.
    const [unchanged] = await db.select().from(users).where(eq(users.id, target!.id));
    expect(unchanged!.role).toBe("viewer");
    expect(unchanged!.version).toBe(target!.version);
    // A change that keeps the role needs no step-up.
    expect(
      await updateUser(stale, target!.id, { ...roleChange, role: "viewer", name: "Destino renombrado" }),
    ).toMatchObject({ ok: true });

    // A wrong step-up code is refused on its field (and counted); the right one lets the same submission through.
    const wrong = await withStepUp(stale, { stepUpCode: "000000" }, (c) =>
      updateUser(c, target!.id, { ...roleChange, version: target!.version + 1 }),
    );
    expect(wrong).toMatchObject({ ok: false, code: "STEP_UP", fieldErrors: { stepUpCode: ["codeWrong"] } });
    const done = await withStepUp(stale, { stepUpCode: totpCode(key, plus(new Date(), 30)) }, (c) =>
      updateUser(c, target!.id, { ...roleChange, version: target!.version + 1 }),
    );
    expect(done).toMatchObject({ ok: true });
    const [changed] = await db.select().from(users).where(eq(users.id, target!.id));
    expect(changed!.role).toBe("coordinator");
    const session = await sessionRow(db, stale.actor.session!.id);
    expect(Date.now() - session.secondFactorAt!.getTime()).toBeLessThan(60_000);
    expect(session.secondFactorFailures).toBe(0);

    // Turning the app off: refused when stale, done when fresh.
    expect(await disableTotp(stale)).toMatchObject({ ok: false, code: "STEP_UP" });
    const fresh = await signedIn(db, admin, new Date());
    // An administrator's role requires a factor: this session goes to enrol a new one at once.
    expect(data(await disableTotp(fresh))).toEqual({ mustEnrol: true });
    expect(data(await ownSecondFactors(fresh))).toEqual({ totp: "none", passkeys: 0, recoveryCodesLeft: 0 });
    expect((await sessionStateFor(db, { sessionId: fresh.actor.session!.id })).status).toBe(
      "second_factor_enrolment",
    );
  });

  it("an account without a second factor is not blocked by step-up (its role does not require one)", async () => {
    const db = getDb();
    const ctx = await signedIn(db, actors.admin, null);
    expect(await requireRecentSecondFactor(ctx)).toBeNull();
  });

  it("an administrator's role must enrol: the session is held until a factor is confirmed in it", async () => {
    const db = getDb();
    const admin = await createUser(db, { email: "admin3@prueba.test", name: "Admin nueva", role: "admin" });
    const ctx = await signedIn(db, admin);
    const sessionId = ctx.actor.session!.id;
    const env = { REDES_MFA_REQUIRED_ROLES: undefined };
    expect((await sessionStateFor(db, { sessionId }, { env })).status).toBe("second_factor_enrolment");
    expect(
      (await sessionStateFor(db, { sessionId }, { env: { REDES_MFA_REQUIRED_ROLES: "none" } })).status,
    ).toBe("active");
    const now = new Date();
    data(await startTotpEnrolment(ctx, now));
    const shown = data(await pendingTotpEnrolment(ctx))!;
    data(await confirmTotpEnrolment(ctx, { code: totpCode(shown.key, now) }, now));
    expect((await sessionStateFor(db, { sessionId }, { env })).status).toBe("active");
  });

  it("an administrator resets a user's second factor: app, codes and passkeys go, every session ends", async () => {
    const db = getDb();
    const user = await createUser(db, {
      email: "perdio.telefono@prueba.test",
      name: "Perdió el teléfono",
      role: "coordinator",
    });
    await enrol(db, user, T0);
    await db
      .insert(userPasskeys)
      .values({ userId: user.userId, credentialId: `cred-${user.userId}`, publicKey: "pk", name: "Llave" });
    const sessions = [await signedIn(db, user, new Date()), await signedIn(db, user)];

    const adminCtx = await signedIn(db, actors.admin, new Date());
    expect(data(await userSecondFactors(adminCtx, user.userId))).toEqual({
      totp: "enabled",
      passkeys: 1,
      recoveryCodesLeft: 10,
    });
    // Refused: another role; no confirmation; one's own.
    const coordinator = await signedIn(db, actors.coordinator, new Date());
    expect(await resetUserSecondFactor(coordinator, user.userId, { confirm: "yes" })).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await resetUserSecondFactor(adminCtx, user.userId, {})).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { confirm: ["resetConfirmRequired"] },
    });
    expect(await resetUserSecondFactor(adminCtx, actors.admin.userId, { confirm: "yes" })).toMatchObject({
      code: "VALIDATION",
    });
    expect(data(await userSecondFactors(adminCtx, user.userId)).totp).toBe("enabled");

    expect(data(await resetUserSecondFactor(adminCtx, user.userId, { confirm: "yes" }))).toEqual({
      id: user.userId,
      sessionsEnded: 3,
    });
    expect(await db.select().from(userTotp).where(eq(userTotp.userId, user.userId))).toEqual([]);
    expect(
      await db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, user.userId)),
    ).toEqual([]);
    expect(await db.select().from(userPasskeys).where(eq(userPasskeys.userId, user.userId))).toEqual([]);
    for (const s of sessions) {
      const ended = await sessionRow(db, s.actor.session!.id);
      expect(ended.endReason).toBe("second_factor_reset");
      expect((await sessionStateFor(db, { sessionId: s.actor.session!.id })).status).toBe("none");
    }
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, user.userId), eq(auditEvents.action, "user.second_factor_reset")));
    expect(event).toMatchObject({
      actorUserId: actors.admin.userId,
      before: { totp: "enabled", passkeys: 1, recoveryCodes: 10 },
      metadata: { sessionsEnded: 3 },
    });
  });

  it("resetting someone's second factor asks an administrator who has one for a recent proof", async () => {
    const db = getDb();
    const admin = await createUser(db, { email: "admin4@prueba.test", name: "Admin con app", role: "admin" });
    await enrol(db, admin, T0);
    const [target] = await db
      .insert(users)
      .values({ email: "otra.persona@prueba.test", name: "Otra", role: "viewer", passwordHash: "x" })
      .returning();
    await enrol(db, { ...admin, userId: target!.id, email: target!.email, role: "viewer" }, T0);
    const stale = await signedIn(db, admin, new Date(Date.now() - STEP_UP_MAX_AGE_MS - 1000));
    expect(await resetUserSecondFactor(stale, target!.id, { confirm: "yes" })).toMatchObject({
      code: "STEP_UP",
    });
    expect(await db.select().from(userTotp).where(eq(userTotp.userId, target!.id))).toHaveLength(1);
  });
});
