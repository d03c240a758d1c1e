import { and, eq, gt, lte } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, userPasskeys, userSessions, users, userTotp, webauthnChallenges } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import {
  passkeySecondFactorOptions,
  passkeySignInOptions,
  verifyPasskeySecondFactor,
  verifyPasskeySignIn,
} from "@/lib/auth/passkeys/authentication";
import { MAX_OPEN_SIGN_IN_CHALLENGES } from "@/lib/auth/passkeys/challenges";
import { listOwnPasskeys, removePasskey, renamePasskey } from "@/lib/auth/passkeys/manage";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/auth/passkeys/registration";
import { relyingParty, type RelyingParty } from "@/lib/auth/passkeys/relying-party";
import { sessionStateFor } from "@/lib/auth/session-check";
import { startSession } from "@/lib/auth/user-sessions";
import type { Ctx } from "@/lib/context";
import type { Result } from "@/lib/result";
import { describeDatabases } from "../support/databases";
import { createActors } from "../support/fixtures";
import { SoftAuthenticator } from "../support/soft-authenticator";

const RP: RelyingParty = { rpID: "redes.test", origin: "https://redes.test", rpName: "Redes" };

function data<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result)}`);
  return result.data;
}

describe("relying party settings", () => {
  it("in production, comes from the settings only: never from the request", () => {
    const env = {
      NODE_ENV: "production",
      REDES_WEBAUTHN_RP_ID: "redes.ciudad.gob.ar",
      REDES_WEBAUTHN_ORIGIN: "https://redes.ciudad.gob.ar",
    };
    expect(relyingParty("https://phishing.example", env)).toEqual({
      rpID: "redes.ciudad.gob.ar",
      origin: "https://redes.ciudad.gob.ar",
      rpName: "Redes",
    });
    // Unconfigured production refuses passkeys instead of trusting the Host header.
    expect(relyingParty("https://phishing.example", { NODE_ENV: "production" })).toBeNull();
  });

  it("falls back to AUTH_URL's host and origin; the RP ID may be a parent domain of the origin", () => {
    expect(
      relyingParty(null, { NODE_ENV: "production", AUTH_URL: "https://redes.ciudad.gob.ar/api/auth" }),
    ).toEqual({
      rpID: "redes.ciudad.gob.ar",
      origin: "https://redes.ciudad.gob.ar",
      rpName: "Redes",
    });
    expect(
      relyingParty(null, {
        NODE_ENV: "production",
        REDES_WEBAUTHN_RP_ID: "ciudad.gob.ar",
        AUTH_URL: "https://redes.ciudad.gob.ar",
      })?.rpID,
    ).toBe("ciudad.gob.ar");
    // An RP ID that is not the origin's domain would be refused by every browser.
    expect(
      relyingParty(null, {
        NODE_ENV: "production",
        REDES_WEBAUTHN_RP_ID: "otra.gob.ar",
        REDES_WEBAUTHN_ORIGIN: "https://redes.ciudad.gob.ar",
      }),
    ).toBeNull();
  });

  it("in development, an unconfigured app uses the request's origin", () => {
    expect(relyingParty("http://localhost:3000", { NODE_ENV: "development" })).toEqual({
      rpID: "localhost",
      origin: "http://localhost:3000",
      rpName: "Redes",
    });
  });
});

describeDatabases("passkeys", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let db: Db;

  beforeAll(async () => {
    db = getDb();
    actors = await createActors(db);
  });

  /** A ctx whose actor came with a session (a password sign-in, no second factor yet). */
  async function withSession(actor: Actor, secondFactorAt: Date | null = null): Promise<Ctx> {
    const id = await startSession(db, { userId: actor.userId, authMethod: "password", secondFactorAt });
    return { db, actor: { ...actor, session: { id, authMethod: "password", secondFactorAt } } };
  }

  async function newAccount(role: AppRole = "viewer"): Promise<Actor> {
    const email = `llave.${Math.random().toString(36).slice(2)}@prueba.test`;
    const [row] = await db
      .insert(users)
      .values({ email, name: "Con llave", role, passwordHash: "x" })
      .returning();
    return { userId: row!.id, email, name: row!.name, role, departmentId: null, personId: null };
  }

  /** Registers a passkey for the actor through the lib (options, the authenticator, verify). */
  async function enrol(ctx: Ctx, authenticator: SoftAuthenticator, name = "Teléfono") {
    const options = data(await passkeyRegistrationOptions(ctx, RP));
    return data(await registerPasskey(ctx, RP, { response: authenticator.register(options), name }));
  }

  const audits = (action: string, entityId: string) =>
    db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));

  describe("registration", () => {
    it("asks for a discoverable passkey with user verification, excluding the ones already registered", async () => {
      const actor = await newAccount();
      const ctx = await withSession(actor);
      const authenticator = new SoftAuthenticator(RP.origin);
      const first = data(await passkeyRegistrationOptions(ctx, RP));
      expect(first.rp).toEqual({ id: "redes.test", name: "Redes" });
      expect(first.authenticatorSelection).toMatchObject({
        residentKey: "required",
        userVerification: "required",
      });
      expect(first.excludeCredentials).toEqual([]);
      expect(first.user.name).toBe(actor.email);
      const response = authenticator.register(first);
      const saved = data(
        await registerPasskey(ctx, RP, { response: JSON.stringify(response), name: " Teléfono " }),
      );
      expect(saved.name).toBe("Teléfono");

      const [row] = await db.select().from(userPasskeys).where(eq(userPasskeys.id, saved.id));
      expect(row).toMatchObject({
        userId: actor.userId,
        credentialId: response.id,
        counter: 0,
        name: "Teléfono",
      });
      expect((await audits("user.passkey_add", actor.userId)).length).toBe(1);
      const second = data(await passkeyRegistrationOptions(ctx, RP));
      expect(second.excludeCredentials?.map((c) => c.id)).toEqual([response.id]);
    });

    it("the first passkey counts as this session's second factor (it is not locked out of itself)", async () => {
      const actor = await newAccount();
      const ctx = await withSession(actor);
      await enrol(ctx, new SoftAuthenticator(RP.origin));
      const state = await sessionStateFor(db, { sessionId: ctx.actor.session!.id });
      expect(state.status).toBe("active");
    });

    it("a challenge is used once, expires, and belongs to the user it was issued to", async () => {
      const actor = await newAccount();
      const ctx = await withSession(actor);
      const authenticator = new SoftAuthenticator(RP.origin);
      const options = data(await passkeyRegistrationOptions(ctx, RP));
      const response = authenticator.register(options);
      // Someone else cannot answer this user's challenge.
      const other = await withSession(await newAccount());
      expect(await registerPasskey(other, RP, { response, name: "Ajena" })).toMatchObject({
        ok: false,
        message: "passkeys.errors.expired",
      });
      data(await registerPasskey(ctx, RP, { response, name: "Teléfono" }));
      // The same answer again: its challenge is gone.
      expect(await registerPasskey(ctx, RP, { response, name: "Otra vez" })).toMatchObject({
        ok: false,
        message: "passkeys.errors.expired",
      });

      const late = data(await passkeyRegistrationOptions(ctx, RP));
      await db
        .update(webauthnChallenges)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(webauthnChallenges.challenge, late.challenge));
      expect(
        await registerPasskey(ctx, RP, { response: authenticator.register(late), name: "Tarde" }),
      ).toMatchObject({ ok: false, message: "passkeys.errors.expired" });
      expect((await listOwnPasskeys(ctx)).ok && data(await listOwnPasskeys(ctx)).length).toBe(1);
    });

    it("refuses an answer made for another origin, or without user verification (and uses the challenge up)", async () => {
      const ctx = await withSession(await newAccount());
      const authenticator = new SoftAuthenticator(RP.origin);
      const phished = data(await passkeyRegistrationOptions(ctx, RP));
      const fromElsewhere = authenticator.register(phished, { origin: "https://redes-test.example" });
      expect(await registerPasskey(ctx, RP, { response: fromElsewhere, name: "X" })).toMatchObject({
        ok: false,
        message: "passkeys.errors.invalid",
      });
      expect(
        await registerPasskey(ctx, RP, { response: authenticator.register(phished), name: "X" }),
      ).toMatchObject({ ok: false, message: "passkeys.errors.expired" });
      const unverified = data(await passkeyRegistrationOptions(ctx, RP));
      expect(
        await registerPasskey(ctx, RP, {
          response: authenticator.register(unverified, { userVerified: false }),
          name: "X",
        }),
      ).toMatchObject({ ok: false, message: "passkeys.errors.invalid" });
      expect(data(await listOwnPasskeys(ctx))).toEqual([]);
    });

    it("validates the name and refuses without a session or a configured relying party", async () => {
      const ctx = await withSession(await newAccount());
      const options = data(await passkeyRegistrationOptions(ctx, RP));
      const response = new SoftAuthenticator(RP.origin).register(options);
      expect(await registerPasskey(ctx, RP, { response, name: "   " })).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { name: ["passkeyNameRequired"] },
      });
      const anonymous = { db, actor: null as unknown as Actor };
      expect(await passkeyRegistrationOptions(anonymous, RP)).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(await registerPasskey(anonymous, RP, { response, name: "X" })).toMatchObject({
        code: "UNAUTHENTICATED",
      });
      expect(await passkeyRegistrationOptions(ctx, null)).toMatchObject({
        message: "passkeys.errors.unavailable",
      });
    });
  });

  describe("signing in with a passkey alone", () => {
    it("the options name no credential and require user verification; the passkey names its account", async () => {
      const actor = await newAccount("coordinator");
      const authenticator = new SoftAuthenticator(RP.origin);
      const passkey = await enrol(await withSession(actor), authenticator);
      const options = data(await passkeySignInOptions(db, RP));
      expect(options.allowCredentials ?? []).toEqual([]);
      expect(options.userVerification).toBe("required");
      const user = await verifyPasskeySignIn(db, RP, JSON.stringify(authenticator.assert(options)), {
        ip: "10.0.0.1",
      });
      expect(user).toEqual({
        id: actor.userId,
        email: actor.email,
        name: actor.name,
        role: "coordinator",
        departmentId: null,
      });
      const [row] = await db.select().from(userPasskeys).where(eq(userPasskeys.id, passkey.id));
      expect(row!.counter).toBe(1);
      expect(row!.lastUsedAt).not.toBeNull();
      const [event] = await audits("auth.sign_in", actor.userId);
      expect(event!.metadata).toMatchObject({ method: "passkey", ip: "10.0.0.1", passkeyId: passkey.id });
    });

    it("refuses a replayed answer, an unknown passkey, another origin and a missing user verification", async () => {
      const actor = await newAccount();
      const authenticator = new SoftAuthenticator(RP.origin);
      await enrol(await withSession(actor), authenticator);
      const options = data(await passkeySignInOptions(db, RP));
      const answer = authenticator.assert(options);
      expect(await verifyPasskeySignIn(db, RP, answer)).not.toBeNull();
      expect(await verifyPasskeySignIn(db, RP, answer)).toBeNull();

      const stranger = new SoftAuthenticator(RP.origin);
      const strangerOptions = data(await registerStranger(stranger));
      expect(await verifyPasskeySignIn(db, RP, stranger.assert(strangerOptions))).toBeNull();

      const phished = data(await passkeySignInOptions(db, RP));
      expect(
        await verifyPasskeySignIn(
          db,
          RP,
          authenticator.assert(phished, { origin: "https://redes-test.example" }),
        ),
      ).toBeNull();
      const unverified = data(await passkeySignInOptions(db, RP));
      expect(
        await verifyPasskeySignIn(db, RP, authenticator.assert(unverified, { userVerified: false })),
      ).toBeNull();

      const failures = await db
        .select({ metadata: auditEvents.metadata })
        .from(auditEvents)
        .where(eq(auditEvents.action, "auth.sign_in_failed"));
      const reasons = failures.map((f) => (f.metadata as { reason: string }).reason);
      expect(reasons).toEqual(expect.arrayContaining(["challenge", "unknown_passkey", "invalid_signature"]));
    });

    /** Sign-in options answered by a credential that the app never registered. */
    async function registerStranger(stranger: SoftAuthenticator) {
      stranger.register({
        challenge: "eA",
        rp: { id: RP.rpID, name: "Redes" },
        user: { id: "AAAA", name: "x", displayName: "x" },
        pubKeyCredParams: [{ type: "public-key", alg: -7 }],
      });
      return passkeySignInOptions(db, RP);
    }

    it("refuses a counter that goes back (a copied passkey), and accepts authenticators that keep none", async () => {
      const actor = await newAccount();
      const authenticator = new SoftAuthenticator(RP.origin);
      const passkey = await enrol(await withSession(actor), authenticator);
      const at = async (counter: number) =>
        verifyPasskeySignIn(
          db,
          RP,
          authenticator.assert(data(await passkeySignInOptions(db, RP)), { counter }),
        );
      expect(await at(5)).not.toBeNull();
      expect(await at(3)).toBeNull();
      expect(await at(5)).toBeNull();
      expect(await at(6)).not.toBeNull();
      const [row] = await db.select().from(userPasskeys).where(eq(userPasskeys.id, passkey.id));
      expect(row!.counter).toBe(6);
      const [clone] = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "auth.sign_in_failed"), eq(auditEvents.entityId, actor.userId)));
      expect(clone!.metadata).toMatchObject({ reason: "counter_regression", passkeyId: passkey.id });

      const counterless = new SoftAuthenticator(RP.origin);
      await enrol(await withSession(await newAccount()), counterless);
      for (let i = 0; i < 2; i++) {
        const options = data(await passkeySignInOptions(db, RP));
        expect(await verifyPasskeySignIn(db, RP, counterless.assert(options, { counter: 0 }))).not.toBeNull();
      }
    });

    it("refuses an inactive account", async () => {
      const actor = await newAccount();
      const authenticator = new SoftAuthenticator(RP.origin);
      await enrol(await withSession(actor), authenticator);
      await db.update(users).set({ active: false }).where(eq(users.id, actor.userId));
      expect(
        await verifyPasskeySignIn(db, RP, authenticator.assert(data(await passkeySignInOptions(db, RP)))),
      ).toBeNull();
    });

    it("bounds the number of waiting sign-in challenges", async () => {
      const now = new Date();
      await db.delete(webauthnChallenges).where(lte(webauthnChallenges.createdAt, now));
      await db.insert(webauthnChallenges).values(
        Array.from({ length: MAX_OPEN_SIGN_IN_CHALLENGES }, (_, i) => ({
          challenge: `relleno-${i}`,
          purpose: "authenticate",
          expiresAt: new Date(now.getTime() + 60_000),
        })),
      );
      expect(await passkeySignInOptions(db, RP, now)).toMatchObject({ message: "passkeys.errors.busy" });
      // Expired ones do not count, and are cleared when the next one is stored.
      expect(
        data(await passkeySignInOptions(db, RP, new Date(now.getTime() + 120_000))).challenge,
      ).toBeTruthy();
      const left = await db
        .select({ id: webauthnChallenges.id })
        .from(webauthnChallenges)
        .where(gt(webauthnChallenges.expiresAt, new Date(now.getTime() + 120_000)));
      expect(left.length).toBe(1);
    });
  });

  describe("a passkey as the second factor of a session", () => {
    it("marks the session after a password sign-in, with the account's own passkeys only", async () => {
      const actor = await newAccount();
      const authenticator = new SoftAuthenticator(RP.origin);
      const passkey = await enrol(await withSession(actor), authenticator);
      const ctx = await withSession(actor);
      expect((await sessionStateFor(db, { sessionId: ctx.actor.session!.id })).status).toBe("second_factor");
      const options = data(await passkeySecondFactorOptions(ctx, RP));
      expect(options.allowCredentials?.map((c) => c.id)).toEqual([
        authenticator.credentials[0]!.id.toString("base64url"),
      ]);
      data(await verifyPasskeySecondFactor(ctx, RP, JSON.stringify(authenticator.assert(options))));
      expect((await sessionStateFor(db, { sessionId: ctx.actor.session!.id })).status).toBe("active");
      const [event] = await audits("auth.second_factor", actor.userId);
      expect(event!.metadata).toMatchObject({
        method: "passkey",
        sessionId: ctx.actor.session!.id,
        passkeyId: passkey.id,
      });
    });

    it("refuses another account's passkey, and a challenge issued for a sign-in or to someone else", async () => {
      const actor = await newAccount();
      const mine = new SoftAuthenticator(RP.origin);
      await enrol(await withSession(actor), mine);
      const intruder = await newAccount();
      const theirs = new SoftAuthenticator(RP.origin);
      const theirPasskey = await enrol(await withSession(intruder), theirs);
      const ctx = await withSession(actor);
      const sessionId = ctx.actor.session!.id;

      const options = data(await passkeySecondFactorOptions(ctx, RP));
      const foreign = theirs.assert(options, {
        credentialId: theirs.credentials[0]!.id.toString("base64url"),
      });
      expect(await verifyPasskeySecondFactor(ctx, RP, foreign)).toMatchObject({
        ok: false,
        message: "passkeys.errors.unknownPasskey",
      });
      // A sign-in challenge (issued to nobody) does not prove this user's second factor.
      const signIn = data(await passkeySignInOptions(db, RP));
      expect(await verifyPasskeySecondFactor(ctx, RP, mine.assert(signIn))).toMatchObject({
        ok: false,
        message: "passkeys.errors.expired",
      });
      // Nor does another user's second-factor challenge.
      const intruderCtx = await withSession(intruder);
      const theirOptions = data(await passkeySecondFactorOptions(intruderCtx, RP));
      expect(await verifyPasskeySecondFactor(ctx, RP, mine.assert(theirOptions))).toMatchObject({
        ok: false,
        message: "passkeys.errors.expired",
      });
      expect((await sessionStateFor(db, { sessionId })).status).toBe("second_factor");
      const [row] = await db.select().from(userSessions).where(eq(userSessions.id, sessionId));
      expect(row!.secondFactorAt).toBeNull();
      const failed = await audits("auth.second_factor_failed", actor.userId);
      expect(failed.length).toBe(3);
      expect(JSON.stringify(failed)).not.toContain(theirPasskey.id);
    });

    it("an account without passkeys gets no options; no session, no second factor", async () => {
      const ctx = await withSession(await newAccount());
      expect(await passkeySecondFactorOptions(ctx, RP)).toMatchObject({
        message: "passkeys.errors.noPasskeys",
      });
      const sessionless = { db, actor: actors.viewer };
      expect(await passkeySecondFactorOptions(sessionless, RP)).toMatchObject({ code: "UNAUTHENTICATED" });
      const anonymous = { db, actor: null as unknown as Actor };
      expect(await verifyPasskeySecondFactor(anonymous, RP, "{}")).toMatchObject({ code: "UNAUTHENTICATED" });
    });
  });

  describe("managing one's passkeys", () => {
    it("lists, renames and removes only one's own", async () => {
      const owner = await newAccount();
      const ctx = await withSession(owner);
      const passkey = await enrol(ctx, new SoftAuthenticator(RP.origin), "Teléfono");
      const other = await withSession(await newAccount());

      expect(data(await listOwnPasskeys(ctx)).map((p) => p.name)).toEqual(["Teléfono"]);
      expect(data(await listOwnPasskeys(other))).toEqual([]);
      expect(await renamePasskey(other, passkey.id, { name: "Mía" })).toMatchObject({ code: "NOT_FOUND" });
      expect(await removePasskey(other, passkey.id)).toMatchObject({ code: "NOT_FOUND" });

      data(await renamePasskey(ctx, passkey.id, { name: "Teléfono del trabajo" }));
      expect(data(await listOwnPasskeys(ctx)).map((p) => p.name)).toEqual(["Teléfono del trabajo"]);
      expect(await renamePasskey(ctx, passkey.id, { name: "x".repeat(61) })).toMatchObject({
        fieldErrors: { name: ["passkeyNameTooLong"] },
      });
      const [renamed] = await audits("user.passkey_rename", owner.userId);
      expect(renamed!.before).toMatchObject({ name: "Teléfono" });

      data(await removePasskey(ctx, passkey.id));
      expect(data(await listOwnPasskeys(ctx))).toEqual([]);
      expect((await audits("user.passkey_remove", owner.userId)).length).toBe(1);

      const anonymous = { db, actor: null as unknown as Actor };
      expect(await listOwnPasskeys(anonymous)).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(await removePasskey(anonymous, passkey.id)).toMatchObject({ code: "UNAUTHENTICATED" });
    });

    it("refuses to remove the last second factor of a role that must have one", async () => {
      vi.stubEnv("REDES_MFA_REQUIRED_ROLES", "admin");
      try {
        const admin = await newAccount("admin");
        const ctx = await withSession(admin);
        const first = await enrol(ctx, new SoftAuthenticator(RP.origin), "Teléfono");
        expect(await removePasskey(ctx, first.id)).toMatchObject({
          ok: false,
          code: "CONFLICT",
          message: "passkeys.errors.lastFactor",
        });
        // With another factor (a second passkey, or a confirmed authenticator app) it may go.
        const second = await enrol(ctx, new SoftAuthenticator(RP.origin), "Llave USB");
        data(await removePasskey(ctx, first.id));
        await db
          .insert(userTotp)
          .values({ userId: admin.userId, secretEncrypted: "x", confirmedAt: new Date() });
        data(await removePasskey(ctx, second.id));

        // A role that need not have one may remove its last passkey.
        const viewer = await withSession(await newAccount("viewer"));
        const only = await enrol(viewer, new SoftAuthenticator(RP.origin));
        data(await removePasskey(viewer, only.id));
      } finally {
        vi.unstubAllEnvs();
      }
    });
  });
});
