import { and, desc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { sessionStateFor } from "@/lib/auth/session-check";
import { ssoConfig } from "@/lib/auth/sso-config";
import { resolveSsoSignIn, ssoSessionUser } from "@/lib/auth/sso-sign-in";
import { describer } from "@/lib/history/describe";
import { createUser, setUserActive, updateUser } from "@/lib/users/commands";
import { userFormValues } from "@/lib/users/queries";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor, openSession } from "../support/fixtures";

const ISSUER = "https://sso.buenosaires.test/realms/gcba";
const OTHER_ISSUER = "https://otro-proveedor.test";
const unique = () => Math.random().toString(36).slice(2, 10);

async function userRow(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function lastAudit(db: Db, action: string) {
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row;
}

async function auditOf(db: Db, id: string, action: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, action)));
}

describe("single sign-on configuration", () => {
  it("is on only with issuer, client id and client secret; the name is optional", () => {
    const full = {
      REDES_OIDC_ISSUER: ISSUER,
      REDES_OIDC_CLIENT_ID: "redes",
      REDES_OIDC_CLIENT_SECRET: "s3cr3t",
    };
    expect(ssoConfig({})).toBeNull();
    expect(ssoConfig({ ...full, REDES_OIDC_CLIENT_SECRET: "" })).toBeNull();
    expect(ssoConfig({ ...full, REDES_OIDC_CLIENT_ID: undefined })).toBeNull();
    expect(ssoConfig({ ...full, REDES_OIDC_ISSUER: "no es una URL" })).toBeNull();
    expect(ssoConfig({ ...full, REDES_OIDC_ISSUER: "ftp://sso.test" })).toBeNull();
    expect(ssoConfig(full)).toEqual({
      issuer: ISSUER,
      clientId: "redes",
      clientSecret: "s3cr3t",
      name: null,
    });
    expect(ssoConfig({ ...full, REDES_OIDC_NAME: " Mi BA " })?.name).toBe("Mi BA");
  });
});

describeDatabases("single sign-on: matching an identity to a Redes account", (getDb) => {
  let actors: Record<AppRole, Actor>;

  beforeAll(async () => {
    actors = await createActors(getDb());
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function account(values: Partial<typeof users.$inferInsert> = {}) {
    const [row] = await getDb()
      .insert(users)
      .values({
        email: `persona.${unique()}@buenosaires.test`,
        name: "Paula Sso",
        role: "viewer",
        passwordHash: "not-a-real-hash",
        ...values,
      })
      .returning();
    return row!;
  }

  it("an account bound to (issuer, subject) signs in with its Redes role, audited as an SSO sign-in", async () => {
    const db = getDb();
    const subject = `sub-${unique()}`;
    const user = await account({
      role: "coordinator",
      oidcIssuer: ISSUER,
      oidcSubject: subject,
    });
    // The provider's e-mail is irrelevant once bound (even unverified, even another one).
    const outcome = await resolveSsoSignIn(
      db,
      { issuer: ISSUER, subject, email: "otra@proveedor.test", emailVerified: false },
      { ip: "10.1.2.3" },
    );
    expect(outcome).toEqual({
      ok: true,
      bound: false,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: "coordinator",
        departmentId: null,
      },
    });
    expect((await userRow(db, user.id)).lastLoginAt).toBeInstanceOf(Date);
    const [event] = await auditOf(db, user.id, "auth.sign_in");
    expect(event?.actorUserId).toBe(user.id);
    expect(event?.metadata).toEqual({ method: "sso", issuer: ISSUER, subject, ip: "10.1.2.3" });
    const described = describer().describe(event!);
    expect(described.notes.join(" ")).toContain(
      `Con inicio de sesión único (${ISSUER}, subject ${subject}).`,
    );
  });

  it("the first sign-in with a verified e-mail binds the identity to the active account with that e-mail (audited); then only (issuer, subject) matches", async () => {
    const db = getDb();
    const user = await account({ email: "Mariana.Bind@BuenosAires.test", role: "head" });
    const subject = `sub-${unique()}`;
    const outcome = await resolveSsoSignIn(db, {
      issuer: ISSUER,
      subject,
      email: "mariana.bind@buenosaires.test",
      emailVerified: true,
    });
    expect(outcome).toMatchObject({ ok: true, bound: true, user: { id: user.id, role: "head" } });
    const after = await userRow(db, user.id);
    expect(after).toMatchObject({ oidcIssuer: ISSUER, oidcSubject: subject, version: user.version + 1 });
    const [link] = await auditOf(db, user.id, "user.sso_link");
    expect(link).toMatchObject({
      actorUserId: user.id,
      before: { oidcIssuer: null, oidcSubject: null },
      after: { oidcIssuer: ISSUER, oidcSubject: subject },
    });
    expect(describer().describe(link!).actionLabel).toContain(
      "Vinculó su identidad de inicio de sesión único",
    );

    // Later: the same subject with a changed e-mail at the provider still is this account…
    expect(
      await resolveSsoSignIn(db, { issuer: ISSUER, subject, email: "nuevo@otro.test", emailVerified: true }),
    ).toMatchObject({ ok: true, bound: false, user: { id: user.id } });
    // …and another subject claiming the same verified e-mail is refused: the account is taken.
    const intruder = `sub-${unique()}`;
    expect(
      await resolveSsoSignIn(db, {
        issuer: ISSUER,
        subject: intruder,
        email: "mariana.bind@buenosaires.test",
        emailVerified: true,
      }),
    ).toEqual({ ok: false, reason: "sso_unknown" });
    expect((await userRow(db, user.id)).oidcSubject).toBe(subject);
    expect((await auditOf(db, user.id, "user.sso_link")).length).toBe(1);
  });

  it("an unverified e-mail never binds, and an unknown identity is refused and audited like a failed sign-in", async () => {
    const db = getDb();
    const user = await account();
    const subject = `sub-${unique()}`;
    expect(
      await resolveSsoSignIn(db, { issuer: ISSUER, subject, email: user.email, emailVerified: false }),
    ).toEqual({ ok: false, reason: "sso_unknown" });
    expect(await resolveSsoSignIn(db, { issuer: ISSUER, subject, email: user.email })).toEqual({
      ok: false,
      reason: "sso_unknown",
    });
    expect((await userRow(db, user.id)).oidcSubject).toBeNull();

    const stranger = `desconocido-${unique()}`;
    expect(
      await resolveSsoSignIn(
        db,
        { issuer: ISSUER, subject: stranger, email: "nadie@buenosaires.test", emailVerified: true },
        { ip: "10.9.9.9" },
      ),
    ).toEqual({ ok: false, reason: "sso_unknown" });
    const failed = await lastAudit(db, "auth.sign_in_failed");
    expect(failed?.actorUserId).toBeNull();
    expect(failed?.metadata).toEqual({
      method: "sso",
      issuer: ISSUER,
      subject: stranger,
      ip: "10.9.9.9",
      email: "nadie@buenosaires.test",
      reason: "sso_unknown",
    });
    const notes = describer().describe(failed!).notes.join(" ");
    expect(notes).toContain("la identidad de inicio de sesión único no corresponde a ninguna cuenta");
    expect(notes).toContain(stranger);
  });

  it("the same subject from another issuer is another identity", async () => {
    const db = getDb();
    const subject = `sub-${unique()}`;
    await account({ oidcIssuer: ISSUER, oidcSubject: subject });
    expect(await resolveSsoSignIn(db, { issuer: OTHER_ISSUER, subject })).toEqual({
      ok: false,
      reason: "sso_unknown",
    });
  });

  it("an inactive account is refused, bound or by e-mail, and is not bound", async () => {
    const db = getDb();
    const subject = `sub-${unique()}`;
    const bound = await account({ oidcIssuer: ISSUER, oidcSubject: subject, active: false });
    expect(await resolveSsoSignIn(db, { issuer: ISSUER, subject })).toEqual({
      ok: false,
      reason: "inactive",
    });
    const failed = await lastAudit(db, "auth.sign_in_failed");
    expect(failed).toMatchObject({ entityId: bound.id, metadata: { reason: "inactive", method: "sso" } });
    expect((await userRow(db, bound.id)).failedLoginCount).toBe(1);

    const unbound = await account({ active: false });
    expect(
      await resolveSsoSignIn(db, {
        issuer: ISSUER,
        subject: `sub-${unique()}`,
        email: unbound.email,
        emailVerified: true,
      }),
    ).toEqual({ ok: false, reason: "inactive" });
    expect((await userRow(db, unbound.id)).oidcSubject).toBeNull();
  });

  it("an administrator's or coordinator's account is never bound by e-mail: refused and audited with the reason, until an administrator enters its subject", async () => {
    const db = getDb();
    for (const role of ["admin", "coordinator"] as const) {
      const user = await account({ role, email: `jefa.${role}.${unique()}@buenosaires.test` });
      const subject = `sub-${unique()}`;
      expect(
        await resolveSsoSignIn(
          db,
          { issuer: ISSUER, subject, email: user.email.toUpperCase(), emailVerified: true },
          { ip: "10.4.4.4" },
        ),
      ).toEqual({ ok: false, reason: "sso_privileged" });
      const after = await userRow(db, user.id);
      expect(after).toMatchObject({ oidcIssuer: null, oidcSubject: null, version: user.version });
      expect(await auditOf(db, user.id, "user.sso_link")).toEqual([]);
      const [failed] = await auditOf(db, user.id, "auth.sign_in_failed");
      expect(failed).toMatchObject({
        actorUserId: null,
        entityType: "user",
        metadata: {
          method: "sso",
          issuer: ISSUER,
          subject,
          ip: "10.4.4.4",
          email: user.email.toLowerCase(),
          reason: "sso_privileged",
        },
      });
      expect(describer().describe(failed!).notes.join(" ")).toContain(
        "las cuentas de administración y coordinación no se vinculan por correo",
      );
      expect(await ssoSessionUser(db, ISSUER, subject)).toBeNull();
    }

    // The administrator enters the subject on the user form: then the identity signs in.
    vi.stubEnv("REDES_OIDC_ISSUER", ISSUER);
    vi.stubEnv("REDES_OIDC_CLIENT_ID", "redes");
    vi.stubEnv("REDES_OIDC_CLIENT_SECRET", "s3cr3t");
    const subject = `admin-${unique()}`;
    const created = await createUser(ctxFor(db, actors.admin), {
      email: `admin.sso.${unique()}@buenosaires.test`,
      name: "Alicia Administra",
      role: "admin",
      oidcSubject: subject,
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await resolveSsoSignIn(db, { issuer: ISSUER, subject })).toMatchObject({
      ok: true,
      bound: false,
      user: { id: created.data.id, role: "admin" },
    });

    // Other roles are still bound by a verified e-mail on their first sign-in.
    const technical = await account({ role: "technical" });
    expect(
      await resolveSsoSignIn(db, {
        issuer: ISSUER,
        subject: `sub-${unique()}`,
        email: technical.email,
        emailVerified: true,
      }),
    ).toMatchObject({ ok: true, bound: true, user: { id: technical.id } });
  });

  it("the session user is the active bound account; an SSO session obeys the session version and deactivation, and a pending temporary password does not hold it", async () => {
    const db = getDb();
    const admin = ctxFor(db, actors.admin);
    const subject = `sub-${unique()}`;
    const user = await account({
      role: "coordinator",
      oidcIssuer: ISSUER,
      oidcSubject: subject,
      mustChangePassword: true,
    });
    const sessionUser = await ssoSessionUser(db, ISSUER, subject);
    expect(sessionUser).toMatchObject({ id: user.id, role: "coordinator" });
    expect(await ssoSessionUser(db, OTHER_ISSUER, subject)).toBeNull();

    const sso = await openSession(db, user.id, { authMethod: "sso" });
    expect(await sessionStateFor(db, sso)).toMatchObject({
      status: "active",
      actor: { role: "coordinator" },
    });
    // The same account signed in with its temporary password may only choose a new one.
    expect(await sessionStateFor(db, await openSession(db, user.id))).toMatchObject({
      status: "must_change_password",
    });

    // An administrator demotes them: the open SSO session is refused on its next request.
    const values = (await userFormValues(admin, user.id))!;
    const demoted = await updateUser(admin, user.id, {
      ...values.values,
      role: "viewer",
      version: values.version,
    });
    expect(demoted).toMatchObject({ ok: true, data: { sessionsEnded: true } });
    expect(await sessionStateFor(db, sso)).toEqual({ status: "none" });

    // Signing in again gives the new role; deactivation ends that session too.
    const again = await ssoSessionUser(db, ISSUER, subject);
    expect(again).toMatchObject({ role: "viewer" });
    const fresh = await openSession(db, user.id, { authMethod: "sso" });
    expect(await sessionStateFor(db, fresh)).toMatchObject({ status: "active", actor: { role: "viewer" } });
    const version = (await userRow(db, user.id)).version;
    expect(await setUserActive(admin, user.id, false, { version })).toMatchObject({ ok: true });
    expect(await sessionStateFor(db, fresh)).toEqual({ status: "none" });
    expect(await ssoSessionUser(db, ISSUER, subject)).toBeNull();
  });

  describe("the administrator sets the SSO identity on the user form", () => {
    const configure = () => {
      vi.stubEnv("REDES_OIDC_ISSUER", ISSUER);
      vi.stubEnv("REDES_OIDC_CLIENT_ID", "redes");
      vi.stubEnv("REDES_OIDC_CLIENT_SECRET", "s3cr3t");
    };

    it("pre-provisions an account by subject (with the configured issuer), which then signs in with its role", async () => {
      configure();
      const db = getDb();
      const admin = ctxFor(db, actors.admin);
      const subject = `preprov-${unique()}`;
      const created = await createUser(admin, {
        email: `pre.${unique()}@buenosaires.test`,
        name: "Pedro Previsto",
        role: "viewer",
        oidcSubject: ` ${subject} `,
      });
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      expect(await userRow(db, created.data.id)).toMatchObject({ oidcIssuer: ISSUER, oidcSubject: subject });
      expect(await resolveSsoSignIn(db, { issuer: ISSUER, subject })).toMatchObject({
        ok: true,
        user: { id: created.data.id, role: "viewer" },
      });

      // The same subject on another account is refused with a field error.
      const clash = await createUser(admin, {
        email: `otra.${unique()}@buenosaires.test`,
        name: "Otra Persona",
        role: "viewer",
        oidcSubject: subject,
      });
      expect(clash).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { oidcSubject: ["ssoSubjectTaken"] },
      });
    });

    it("changing the subject ends the account's sessions and the old subject stops matching; clearing it unbinds", async () => {
      configure();
      const db = getDb();
      const admin = ctxFor(db, actors.admin);
      const oldSubject = `old-${unique()}`;
      const user = await account({ oidcIssuer: ISSUER, oidcSubject: oldSubject });
      const form = (await userFormValues(admin, user.id))!;
      expect(form.values.oidcSubject).toBe(oldSubject);

      // Saving unchanged keeps the identity and the sessions.
      const same = await updateUser(admin, user.id, { ...form.values, version: form.version });
      expect(same).toMatchObject({ ok: true, data: { sessionsEnded: false } });

      const newSubject = `new-${unique()}`;
      const changed = await updateUser(admin, user.id, {
        ...form.values,
        oidcSubject: newSubject,
        version: form.version + 1,
      });
      expect(changed).toMatchObject({ ok: true, data: { sessionsEnded: true } });
      expect(await resolveSsoSignIn(db, { issuer: ISSUER, subject: oldSubject })).toMatchObject({
        ok: false,
      });
      expect(await resolveSsoSignIn(db, { issuer: ISSUER, subject: newSubject })).toMatchObject({ ok: true });
      const [update] = (await auditOf(db, user.id, "user.update")).slice(-1);
      expect(update).toMatchObject({
        before: { oidcSubject: oldSubject },
        after: { oidcSubject: newSubject },
      });

      const cleared = await updateUser(admin, user.id, {
        ...form.values,
        oidcSubject: "",
        version: form.version + 2,
      });
      expect(cleared).toMatchObject({ ok: true, data: { sessionsEnded: true } });
      expect(await userRow(db, user.id)).toMatchObject({ oidcIssuer: null, oidcSubject: null });
    });

    it("without single sign-on configured, saving the form leaves a stored identity alone", async () => {
      vi.stubEnv("REDES_OIDC_ISSUER", "");
      const db = getDb();
      const admin = ctxFor(db, actors.admin);
      const subject = `kept-${unique()}`;
      const user = await account({ oidcIssuer: ISSUER, oidcSubject: subject });
      const form = (await userFormValues(admin, user.id))!;
      const { oidcSubject: _ignored, ...values } = form.values;
      expect(await updateUser(admin, user.id, { ...values, version: form.version })).toMatchObject({
        ok: true,
        data: { sessionsEnded: false },
      });
      expect(await userRow(db, user.id)).toMatchObject({ oidcIssuer: ISSUER, oidcSubject: subject });
    });
  });
});
