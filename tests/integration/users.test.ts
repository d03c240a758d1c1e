import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, departments, people, userSessions, users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { describer } from "@/lib/history/describe";
import { actorForSession, sessionStateFor } from "@/lib/auth/session-check";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { ResultError } from "@/lib/result";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/users/commands";
import { parseUserListParams } from "@/lib/users/list-params";
import { searchPeopleWithoutAccount } from "@/lib/users/linkable-people";
import { getUser, listUsers, userFormOptions, userFormValues } from "@/lib/users/queries";
import { TEMPORARY_PASSWORD_HOURS } from "@/lib/users/schema";
import { describeDatabases } from "../support/databases";
import { auditFor, createActors, ctxFor, openSession } from "../support/fixtures";
import { UNKNOWN } from "../support/rows";

const unique = () => Math.random().toString(36).slice(2, 8);

async function userRow(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

/** The edit form of a user as stored, with `changes` made to it. */
const editForm = (row: typeof users.$inferSelect, changes: Record<string, unknown>) => ({
  email: row.email,
  name: row.name,
  role: row.role,
  departmentId: row.departmentId,
  personId: row.personId,
  version: row.version,
  ...changes,
});

/** Why a session ended (null while it is open). */
async function endReason(db: Db, claims: { sessionId: string }) {
  const [row] = await db.select().from(userSessions).where(eq(userSessions.id, claims.sessionId));
  return row!.endReason;
}

/** The user's latest audit event of that action. */
async function lastEvent(db: Db, id: string, action: string) {
  return (await auditFor(db, id)).filter((e) => e.action === action).at(-1);
}

/** No password, hash or secret-looking value in the audit events of a user. */
async function expectNoSecrets(db: Db, id: string, secrets: string[]) {
  const events = JSON.stringify(await auditFor(db, id));
  expect(events).not.toMatch(/passwordHash|password_hash|\$argon2/);
  for (const secret of secrets) expect(events).not.toContain(secret);
}

describeDatabases("user administration", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let departmentId: string;
  let otherDepartmentId: string;
  let admin: ReturnType<typeof ctxFor>;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    admin = ctxFor(db, actors.admin);
    const [a] = await db.insert(departments).values({ name: "Secretaría de Ambiente" }).returning();
    const [b] = await db.insert(departments).values({ name: "Secretaría de Cultura" }).returning();
    departmentId = a!.id;
    otherDepartmentId = b!.id;
  });

  async function newUser(role: AppRole = "coordinator", extra: Record<string, unknown> = {}) {
    const db = getDb();
    const [person] = await db
      .insert(people)
      .values({ fullName: `Persona ${unique()}`, departmentId })
      .returning();
    const result = await createUser(admin, {
      email: `u.${unique()}@redes.test`,
      name: "Julia Paz",
      role,
      departmentId,
      personId: person!.id,
      ...extra,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data;
  }

  describe("the form's linked person", () => {
    it("is searched among the people no other account is linked to; the edited account finds its own", async () => {
      const db = getDb();
      const [free] = await db
        .insert(people)
        .values({ fullName: `Libre Buscable ${unique()}`, departmentId })
        .returning();
      const linkedUser = await newUser("viewer");
      const linked = (await userRow(db, linkedUser.id)).personId!;
      const [linkedPerson] = await db.select().from(people).where(eq(people.id, linked));
      const ids = async (query: string, accountId?: string) =>
        (await searchPeopleWithoutAccount(admin, query, accountId)).map((p) => p.id);
      expect(await ids(free!.fullName)).toEqual([free!.id]);
      expect(await ids(linkedPerson!.fullName)).toEqual([]);
      expect(await ids(linkedPerson!.fullName, linkedUser.id)).toEqual([linked]);
      // Another account's id does not free the person; a bad id is ignored.
      expect(await ids(linkedPerson!.fullName, (await newUser("viewer")).id)).toEqual([]);
      expect(await ids(linkedPerson!.fullName, "no-es-un-id")).toEqual([]);
      for (const role of ["coordinator", "head", "technical", "viewer"] as const) {
        await expect(searchPeopleWithoutAccount(ctxFor(db, actors[role]), "")).rejects.toMatchObject({
          failure: { code: "FORBIDDEN" },
        });
      }
      // The form's other options: departments only, no directory of people.
      expect(Object.keys(await userFormOptions(admin))).toEqual(["departments"]);
      expect((await userFormValues(admin, linkedUser.id))?.values).toMatchObject({
        personId: linked,
        personIdLabel: linkedPerson!.fullName,
      });
    });
  });

  describe("who may", () => {
    it("refuses every non-admin role, reading and writing, and leaves nothing behind", async () => {
      const db = getDb();
      const target = await newUser();
      const targetSession = await openSession(db, target.id);
      const before = (await auditFor(db, target.id)).length;
      for (const role of ["coordinator", "head", "technical", "viewer"] as const) {
        const ctx = ctxFor(db, actors[role]);
        await expect(listUsers(ctx, parseUserListParams({}))).rejects.toBeInstanceOf(ResultError);
        await expect(getUser(ctx, target.id)).rejects.toBeInstanceOf(ResultError);
        expect(
          await createUser(ctx, { email: `x.${unique()}@redes.test`, name: "X", role: "admin" }),
        ).toMatchObject({ ok: false, code: "FORBIDDEN" });
        const row = await userRow(db, target.id);
        expect(
          await updateUser(ctx, target.id, {
            email: row.email,
            name: "X",
            role: "admin",
            version: row.version,
          }),
        ).toMatchObject({ ok: false, code: "FORBIDDEN" });
        expect(await setUserActive(ctx, target.id, false, { version: row.version })).toMatchObject({
          code: "FORBIDDEN",
        });
        expect(await resetUserPassword(ctx, target.id, { version: row.version })).toMatchObject({
          code: "FORBIDDEN",
        });
      }
      const row = await userRow(db, target.id);
      expect(row).toMatchObject({ role: "coordinator", active: true });
      expect(await endReason(db, targetSession)).toBeNull();
      expect(await auditFor(db, target.id)).toHaveLength(before);
    });
  });

  describe("create", () => {
    it("creates the account with a temporary password shown once, to be changed at first sign-in", async () => {
      const db = getDb();
      const [person] = await db.insert(people).values({ fullName: "Lucía Fernández" }).returning();
      const started = Date.now();
      const result = await createUser(admin, {
        email: "  Lucia.Fernandez@Redes.Test ",
        name: "Lucía Fernández",
        role: "head",
        departmentId,
        personId: person!.id,
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { id, temporaryPassword, expiresAt } = result.data;
      expect(temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
      const row = await userRow(db, id);
      expect(row).toMatchObject({
        email: "lucia.fernandez@redes.test",
        role: "head",
        departmentId,
        personId: person!.id,
        active: true,
        mustChangePassword: true,
      });
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(row.passwordHash!, temporaryPassword)).toBe(true);
      const hours = (expiresAt.getTime() - started) / 3_600_000;
      expect(hours).toBeGreaterThan(TEMPORARY_PASSWORD_HOURS - 0.1);
      expect(hours).toBeLessThan(TEMPORARY_PASSWORD_HOURS + 0.1);
      expect(row.passwordExpiresAt?.getTime()).toBe(expiresAt.getTime());

      const [event] = await auditFor(db, id);
      expect(event).toMatchObject({
        action: "user.create",
        actorUserId: actors.admin.userId,
        entityType: "user",
        after: {
          name: "Lucía Fernández",
          email: "lucia.fernandez@redes.test",
          role: "head",
          department: "Secretaría de Ambiente",
          person: "Lucía Fernández",
          active: true,
          mustChangePassword: true,
        },
      });
      await expectNoSecrets(db, id, [temporaryPassword]);

      // Signing in with it works, but the session may only choose a new password.
      const signIn = await attemptSignIn(db, {
        email: "LUCIA.FERNANDEZ@redes.test",
        password: temporaryPassword,
      });
      expect(signIn).toMatchObject({ ok: true, user: { id } });
      const claims = await openSession(db, id);
      expect(await sessionStateFor(db, claims)).toMatchObject({ status: "must_change_password" });
      expect(await actorForSession(db, claims)).toBeNull();
    });

    it("refuses an e-mail already used, whatever its case, and a person linked to another account", async () => {
      const db = getDb();
      const first = await newUser();
      const taken = await userRow(db, first.id);
      const result = await createUser(admin, {
        email: taken.email.toUpperCase(),
        name: "Otra",
        role: "viewer",
      });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { email: ["emailTaken"] } });
      const personTaken = await createUser(admin, {
        email: `otra.${unique()}@redes.test`,
        name: "Otra",
        role: "viewer",
        personId: taken.personId,
      });
      expect(personTaken).toMatchObject({ fieldErrors: { personId: ["personTaken"] } });
    });

    it("checks the fields: e-mail, name, role, and what a head or technical user needs", async () => {
      const result = await createUser(admin, { email: "no-es-un-correo", name: "", role: "jefe" });
      expect(result).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { email: ["invalidEmail"], name: ["required"], role: ["invalidOption"] },
      });
      expect(
        await createUser(admin, { email: `h.${unique()}@redes.test`, name: "H", role: "head" }),
      ).toMatchObject({
        fieldErrors: { departmentId: ["departmentRequiredForHead"] },
      });
      expect(
        await createUser(admin, { email: `t.${unique()}@redes.test`, name: "T", role: "technical" }),
      ).toMatchObject({ fieldErrors: { personId: ["personRequiredForTechnical"] } });
      expect(
        await createUser(admin, {
          email: `d.${unique()}@redes.test`,
          name: "D",
          role: "viewer",
          departmentId: UNKNOWN,
        }),
      ).toMatchObject({ fieldErrors: { departmentId: ["unknownDepartment"] } });
    });
  });

  describe("update", () => {
    it("a role change ends the user's sessions in the same transaction as its audit event", async () => {
      const db = getDb();
      const { id } = await newUser("coordinator");
      const claims = await openSession(db, id);
      await db.update(users).set({ mustChangePassword: false }).where(eq(users.id, id));
      expect(await actorForSession(db, claims)).toMatchObject({ role: "coordinator" });
      const row = await userRow(db, id);
      const result = await updateUser(admin, id, editForm(row, { role: "viewer", departmentId }));
      expect(result).toMatchObject({ ok: true, data: { sessionsEnded: true, version: row.version + 1 } });
      expect(await endReason(db, claims)).toBe("role_changed");
      // The open session is refused on its very next request; a new one sees the new role.
      expect(await actorForSession(db, claims)).toBeNull();
      expect(await actorForSession(db, await openSession(db, id))).toMatchObject({ role: "viewer" });
      const events = await auditFor(db, id);
      expect(events.at(-1)).toMatchObject({
        action: "user.update",
        before: { role: "coordinator", department: "Secretaría de Ambiente" },
        after: { role: "viewer", department: "Secretaría de Ambiente" },
        metadata: { sessionsEnded: true },
      });
      await expectNoSecrets(db, id, []);
    });

    it("a department change ends the sessions too; a name change alone does not", async () => {
      const db = getDb();
      const { id } = await newUser("head");
      await db.update(users).set({ mustChangePassword: false }).where(eq(users.id, id));
      let row = await userRow(db, id);
      const claims = await openSession(db, id);
      const renamed = await updateUser(admin, id, editForm(row, { name: "Julia Paz Otero", departmentId }));
      expect(renamed).toMatchObject({ ok: true, data: { sessionsEnded: false } });
      expect(await actorForSession(db, claims)).toMatchObject({ name: "Julia Paz Otero" });

      row = await userRow(db, id);
      const moved = await updateUser(admin, id, editForm(row, { departmentId: otherDepartmentId }));
      expect(moved).toMatchObject({ ok: true, data: { sessionsEnded: true } });
      expect(await actorForSession(db, claims)).toBeNull();
      expect((await auditFor(db, id)).at(-1)).toMatchObject({
        before: { department: "Secretaría de Ambiente" },
        after: { department: "Secretaría de Cultura" },
      });
    });

    it("refuses a stale version (someone else saved first)", async () => {
      const db = getDb();
      const { id } = await newUser();
      const row = await userRow(db, id);
      const input = { email: row.email, name: "A", role: "viewer", personId: row.personId };
      expect(await updateUser(admin, id, { ...input, version: row.version })).toMatchObject({ ok: true });
      expect(await updateUser(admin, id, { ...input, name: "B", version: row.version })).toMatchObject({
        ok: false,
        code: "CONFLICT",
      });
      expect((await userRow(db, id)).name).toBe("A");
    });

    it("an administrator cannot demote themselves", async () => {
      const db = getDb();
      const me = await userRow(db, actors.admin.userId);
      const result = await updateUser(admin, me.id, editForm(me, { role: "coordinator" }));
      expect(result).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { role: ["cannotDemoteSelf"] },
      });
      expect(await userRow(db, me.id)).toMatchObject({ role: "admin", version: me.version });
    });

    it("never leaves the app without an active administrator (two admins demoting each other)", async () => {
      const db = getDb();
      const other = await newUser("admin");
      const otherRow = await userRow(db, other.id);
      // Meanwhile another administrator demoted the acting one (their request started before).
      const [acting] = await db
        .insert(users)
        .values({ email: `a.${unique()}@redes.test`, name: "Admin A", role: "viewer" })
        .returning();
      const stale = ctxFor(db, { ...actors.admin, userId: acting!.id, email: acting!.email, role: "admin" });
      // Only `other` and the fixture admin are active admins: deactivate the fixture one for this check.
      await db.update(users).set({ active: false }).where(eq(users.id, actors.admin.userId));
      try {
        const result = await updateUser(
          stale,
          other.id,
          editForm(otherRow, { role: "viewer", departmentId }),
        );
        expect(result).toMatchObject({
          ok: false,
          code: "VALIDATION",
          fieldErrors: { _form: ["lastAdmin"] },
        });
        expect(await setUserActive(stale, other.id, false, { version: otherRow.version })).toMatchObject({
          fieldErrors: { _form: ["lastAdmin"] },
        });
        expect(await userRow(db, other.id)).toMatchObject({ role: "admin", active: true });
      } finally {
        await db.update(users).set({ active: true }).where(eq(users.id, actors.admin.userId));
      }
    });
  });

  describe("deactivate and reactivate", () => {
    it("deactivation ends the sessions and sign-in; reactivation lets the user in again", async () => {
      const db = getDb();
      const { id, temporaryPassword } = await newUser("viewer");
      const claims = await openSession(db, id);
      let row = await userRow(db, id);
      expect(await setUserActive(admin, id, false, { version: row.version })).toMatchObject({ ok: true });
      row = await userRow(db, id);
      expect(row).toMatchObject({ active: false });
      expect(await endReason(db, claims)).toBe("deactivated");
      expect(await sessionStateFor(db, claims)).toEqual({ status: "none" });
      expect(await sessionStateFor(db, await openSession(db, id))).toEqual({ status: "none" });
      expect(await attemptSignIn(db, { email: row.email, password: temporaryPassword })).toMatchObject({
        ok: false,
      });
      expect(await lastEvent(db, id, "user.deactivate")).toMatchObject({
        before: { active: true },
        after: { active: false },
        metadata: { sessionsEnded: true },
      });

      expect(await setUserActive(admin, id, true, { version: row.version })).toMatchObject({ ok: true });
      expect(await attemptSignIn(db, { email: row.email, password: temporaryPassword })).toMatchObject({
        ok: true,
      });
      expect(await lastEvent(db, id, "user.reactivate")).toMatchObject({ after: { active: true } });
    });

    it("an administrator cannot deactivate themselves", async () => {
      const db = getDb();
      const me = await userRow(db, actors.admin.userId);
      expect(await setUserActive(admin, me.id, false, { version: me.version })).toMatchObject({
        ok: false,
        fieldErrors: { _form: ["cannotDeactivateSelf"] },
      });
      expect((await userRow(db, me.id)).active).toBe(true);
    });
  });

  describe("reset password", () => {
    it("replaces the password with a temporary one, ends the sessions and forces a change", async () => {
      const db = getDb();
      const { id, temporaryPassword: first } = await newUser("coordinator");
      await db
        .update(users)
        .set({ mustChangePassword: false, passwordExpiresAt: null })
        .where(eq(users.id, id));
      const claims = await openSession(db, id);
      expect(await actorForSession(db, claims)).not.toBeNull();
      const row = await userRow(db, id);
      const result = await resetUserPassword(admin, id, { version: row.version });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { temporaryPassword } = result.data;
      expect(temporaryPassword).not.toBe(first);
      const after = await userRow(db, id);
      expect(after).toMatchObject({ mustChangePassword: true });
      expect(await endReason(db, claims)).toBe("password_reset");
      expect(after.passwordExpiresAt!.getTime()).toBe(result.data.expiresAt.getTime());
      expect(await actorForSession(db, claims)).toBeNull();
      expect(await attemptSignIn(db, { email: row.email, password: first })).toMatchObject({ ok: false });
      expect(await attemptSignIn(db, { email: row.email, password: temporaryPassword })).toMatchObject({
        ok: true,
      });
      expect(await sessionStateFor(db, await openSession(db, id))).toMatchObject({
        status: "must_change_password",
      });
      expect(await lastEvent(db, id, "user.reset_password")).toMatchObject({
        actorUserId: actors.admin.userId,
        after: { mustChangePassword: true },
        metadata: { sessionsEnded: true },
      });
      await expectNoSecrets(db, id, [first, temporaryPassword]);
    });

    it("a temporary password stops working when it expires", async () => {
      const db = getDb();
      const { id, temporaryPassword } = await newUser("viewer");
      const row = await userRow(db, id);
      await db
        .update(users)
        .set({ passwordExpiresAt: new Date(Date.now() - 1000) })
        .where(eq(users.id, id));
      expect(await attemptSignIn(db, { email: row.email, password: temporaryPassword })).toMatchObject({
        ok: false,
      });
      const [failed] = await db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.entityId} = ${id} and ${auditEvents.action} = 'auth.sign_in_failed'`);
      expect(failed?.metadata).toMatchObject({ reason: "expired_password" });
    });

    it("an administrator resets their own password at /cuenta, not here", async () => {
      const db = getDb();
      const me = await userRow(db, actors.admin.userId);
      expect(await resetUserPassword(admin, me.id, { version: me.version })).toMatchObject({
        fieldErrors: { _form: ["cannotResetSelf"] },
      });
    });
  });

  describe("the audit log in words", () => {
    it("labels every user-administration event, with role names and session notes", async () => {
      const db = getDb();
      const { id } = await newUser("coordinator");
      const row = await userRow(db, id);
      await updateUser(admin, id, editForm(row, { role: "viewer", departmentId }));
      await resetUserPassword(admin, id, { version: row.version + 1 });
      await setUserActive(admin, id, false, { version: row.version + 2 });
      const d = describer();
      const described = (await auditFor(db, id)).map((event) => d.describe(event));
      expect(described.map((e) => e.actionLabel)).toEqual([
        "Creó la cuenta de usuario",
        "Modificó la cuenta de usuario",
        "Restableció la contraseña (contraseña temporal)",
        "Desactivó la cuenta de usuario",
      ]);
      expect(described[0]!.changes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ label: "Rol", after: "Coordinación" }),
          expect.objectContaining({ label: "Área / repartición", after: "Secretaría de Ambiente" }),
        ]),
      );
      expect(described[0]!.notes[0]).toMatch(
        /^La contraseña temporal vence el \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\.$/,
      );
      expect(described[1]!.changes).toEqual([
        { field: "role", label: "Rol", before: "Coordinación", after: "Consulta" },
      ]);
      expect(described[1]!.notes).toContain("Se cerraron todas las sesiones abiertas de la cuenta.");
      expect(described[3]!.changes).toEqual([
        { field: "active", label: "Activa", before: "Sí", after: "No" },
      ]);
    });
  });

  describe("the list", () => {
    it("searches, filters, sorts and pages on the server", async () => {
      const db = getDb();
      const tag = unique();
      const ids: string[] = [];
      for (const [i, role] of (["technical", "technical", "viewer"] as const).entries()) {
        const [person] = await db
          .insert(people)
          .values({ fullName: `P ${tag} ${i}` })
          .returning();
        const created = await createUser(admin, {
          email: `lista.${tag}.${i}@redes.test`,
          name: `Lista ${tag} ${String.fromCharCode(99 - i)}`,
          role,
          departmentId: i === 0 ? otherDepartmentId : departmentId,
          personId: person!.id,
        });
        if (!created.ok) throw new Error(JSON.stringify(created));
        ids.push(created.data.id);
      }
      await db
        .update(users)
        .set({ lastLoginAt: new Date("2026-11-01T12:00:00Z") })
        .where(eq(users.id, ids[1]!));
      await db.update(users).set({ active: false }).where(eq(users.id, ids[2]!));

      const list = (params: Record<string, string>) =>
        listUsers(admin, parseUserListParams({ q: tag, ...params }));
      const all = await list({});
      expect(all.total).toBe(3);
      expect(all.rows.map((r) => r.name)).toEqual([`Lista ${tag} a`, `Lista ${tag} b`, `Lista ${tag} c`]);
      expect(JSON.stringify(all.rows)).not.toMatch(/argon2|passwordHash/);
      expect((await list({ q: `LISTA.${tag}.1@` })).rows.map((r) => r.id)).toEqual([ids[1]]);
      expect((await list({ role: "viewer" })).rows.map((r) => r.id)).toEqual([ids[2]]);
      expect((await list({ department: otherDepartmentId })).rows.map((r) => r.id)).toEqual([ids[0]]);
      expect((await list({ status: "inactive" })).rows.map((r) => r.id)).toEqual([ids[2]]);
      expect((await list({ status: "active" })).total).toBe(2);
      const byLogin = await list({ sort: "lastLogin", dir: "desc" });
      expect(byLogin.rows[0]).toMatchObject({ id: ids[1], department: "Secretaría de Ambiente" });
      expect(byLogin.rows[0]!.lastLoginAt).toEqual(new Date("2026-11-01T12:00:00Z"));
      const page2 = await listUsers(admin, parseUserListParams({ q: tag, size: "10", page: "2" }));
      expect(page2).toMatchObject({ total: 3, rows: [] });
      // Bad URL values fall back to defaults.
      expect(
        parseUserListParams({ sort: "password_hash", role: "root", status: "x", page: "-1" }),
      ).toMatchObject({ sort: "name", role: undefined, status: undefined, page: 1 });
    });
  });
});
