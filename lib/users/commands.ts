import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, people, users } from "@/db/schema";
import { recordAudit } from "../audit";
import { ssoConfig } from "../auth/sso-config";
import { hashPassword } from "../auth/password";
import { requireRecentSecondFactor } from "../auth/second-factor/step-up";
import { endUserSessions } from "../auth/user-sessions";
import type { Ctx } from "../context";
import { UNIQUE_VIOLATION } from "../db-errors";
import { command, invalid, notFound, type Raw } from "../command";
import { insertRecord, versionedUpdate } from "../record-writes";
import { fail, ok, ResultError, type Result } from "../result";
import { toFieldErrors } from "../validation/form-data";
import {
  TEMPORARY_PASSWORD_HOURS,
  userInputSchema,
  userUpdateSchema,
  userVersionSchema,
  type UserInput,
} from "./schema";
import { generatePassword } from "./temporary-password";
import { rowById } from "../record-reads";
import { readUser } from "./queries";

/**
 * User administration (administrators only, "user.manage"); kept in one file, a little over
 * the usual length, because creation (here and from the command line), editing, activation and
 * password resets share the same reference checks, constraint mapping and audit snapshot. Every change is one transaction
 * with its audit event; snapshots hold labels (department and person names), never the
 * password hash. Role, department and person changes, deactivation and a password reset bump
 * the user's session_version, which ends every open session of theirs on its next request
 * (lib/auth/session-check.ts).
 */

/** The account as the audit log records it. */
async function snapshot(tx: Db, id: string) {
  const u = await readUser(tx, id);
  if (!u) return null;
  return {
    name: u.name,
    email: u.email,
    role: u.role,
    department: u.department,
    person: u.person,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    oidcSubject: u.oidcSubject,
    version: u.version,
  };
}

async function checkReferences(tx: Db, input: UserInput, userId: string | null) {
  if (input.departmentId && !(await rowById(tx, departments, input.departmentId, { id: departments.id })))
    throw invalid({ departmentId: ["unknownDepartment"] });
  if (input.personId) {
    const [person] = await tx
      .select({ id: people.id, userId: users.id })
      .from(people)
      .leftJoin(users, eq(users.personId, people.id))
      .where(eq(people.id, input.personId));
    if (!person) throw invalid({ personId: ["unknownPerson"] });
    if (person.userId && person.userId !== userId) throw invalid({ personId: ["personTaken"] });
  }
  const identity = ssoIdentity(input);
  if (identity?.oidcSubject) {
    const [sameIdentity] = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.oidcIssuer, identity.oidcIssuer!),
          eq(users.oidcSubject, identity.oidcSubject),
          userId ? ne(users.id, userId) : undefined,
        ),
      );
    if (sameIdentity) throw invalid({ oidcSubject: ["ssoSubjectTaken"] });
  }
  const [sameEmail] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, input.email), userId ? ne(users.id, userId) : undefined));
  if (sameEmail) throw invalid({ email: ["emailTaken"] });
}

/** Unique indexes a concurrent write may still hit, as field errors. */
const onConstraint = (constraint: string, code: string) => {
  if (code !== UNIQUE_VIOLATION) return undefined;
  if (constraint === "users_email_uq") return fail("VALIDATION", { email: ["emailTaken"] });
  if (constraint === "users_person_uq") return fail("VALIDATION", { personId: ["personTaken"] });
  if (constraint === "users_oidc_uq") return fail("VALIDATION", { oidcSubject: ["ssoSubjectTaken"] });
  return undefined;
};

/**
 * The single sign-on identity the form sets: (configured issuer, subject), or none when the
 * subject is empty. Undefined while single sign-on is not configured: the form has no such
 * field then and the stored identity is left as it is.
 */
function ssoIdentity(
  input: UserInput,
): { oidcIssuer: string | null; oidcSubject: string | null } | undefined {
  const sso = ssoConfig();
  if (!sso) return undefined;
  return input.oidcSubject
    ? { oidcIssuer: sso.issuer, oidcSubject: input.oidcSubject }
    : { oidcIssuer: null, oidcSubject: null };
}

/**
 * There is always an active administrator: the other active administrators are locked and
 * counted before `userId` stops being one (two admins demoting each other at once: the
 * second waits for the first and then finds nobody left).
 */
async function assertAnotherAdmin(tx: Db, userId: string) {
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, userId)))
    .for("update");
  if (!others.length) throw invalid({ _form: ["lastAdmin"] });
}

export interface TemporaryPassword {
  id: string;
  /** Shown once to the administrator; only its argon2id hash is stored. */
  temporaryPassword: string;
  expiresAt: Date;
}

/** The account's columns a form sets (the SSO identity only while single sign-on is configured). */
const columns = (input: UserInput) => ({
  email: input.email,
  name: input.name,
  role: input.role,
  departmentId: input.departmentId ?? null,
  personId: input.personId ?? null,
  ...ssoIdentity(input),
});

/** A temporary password, its hash and its expiry: handed to the administrator once. */
async function temporaryPassword() {
  const password = generatePassword();
  return {
    password,
    passwordHash: await hashPassword(password),
    expiresAt: new Date(Date.now() + TEMPORARY_PASSWORD_HOURS * 3_600_000),
  };
}

/**
 * Creates an account with a temporary password, generated here and returned once: the new
 * user must choose their own at first sign-in, within TEMPORARY_PASSWORD_HOURS.
 */
export const createUser = command({
  action: "user.manage",
  schema: userInputSchema,
  onConstraint,
  run: async ({ tx, audit }, input): Promise<TemporaryPassword> => {
    await checkReferences(tx, input, null);
    const temporary = await temporaryPassword();
    const createdId = await insertRecord(tx, users, {
      ...columns(input),
      passwordHash: temporary.passwordHash,
      mustChangePassword: true,
      passwordExpiresAt: temporary.expiresAt,
    });
    await audit({
      action: "user.create",
      entityType: "user",
      entityId: createdId,
      after: await snapshot(tx, createdId),
      metadata: { temporaryPasswordExpiresAt: temporary.expiresAt.toISOString() },
    });
    return { id: createdId, temporaryPassword: temporary.password, expiresAt: temporary.expiresAt };
  },
});

/**
 * Changes an account's name, e-mail, role, department, person or single sign-on identity. An
 * administrator may not take the admin role from themselves. A change of role, department,
 * person or SSO identity ends the user's open sessions; a change of role asks for a recent
 * second factor (step-up).
 */
export const updateUser = command({
  action: "user.manage",
  schema: userUpdateSchema,
  onConstraint,
  run: async ({ tx, ctx, audit }, { version, ...input }, id: string) => {
    if (id === ctx.actor.userId && input.role !== "admin") throw invalid({ role: ["cannotDemoteSelf"] });
    const [current] = await tx
      .select({
        role: users.role,
        departmentId: users.departmentId,
        personId: users.personId,
        active: users.active,
        oidcIssuer: users.oidcIssuer,
        oidcSubject: users.oidcSubject,
      })
      .from(users)
      .where(eq(users.id, id))
      .for("update");
    if (!current) throw notFound();
    // A change of role is a sensitive action: a second factor proved in the last minutes.
    if (current.role !== input.role) {
      const stepUp = await requireRecentSecondFactor({ ...ctx, db: tx });
      if (stepUp) throw new ResultError(stepUp);
    }
    await checkReferences(tx, input, id);
    const identity = ssoIdentity(input);
    if (current.role === "admin" && current.active && input.role !== "admin") {
      await assertAnotherAdmin(tx, id);
    }
    const sessionsEnded =
      current.role !== input.role ||
      current.departmentId !== (input.departmentId ?? null) ||
      current.personId !== (input.personId ?? null) ||
      // Another single sign-on identity: sessions opened with the old one end.
      (!!identity &&
        (current.oidcIssuer !== identity.oidcIssuer || current.oidcSubject !== identity.oidcSubject));
    const before = await snapshot(tx, id);
    const updated = await versionedUpdate(tx, users, id, version, columns(input));
    if (sessionsEnded) await endUserSessions(tx, id, "role_changed");
    await audit({
      action: "user.update",
      entityType: "user",
      entityId: id,
      before,
      after: await snapshot(tx, id),
      ...(sessionsEnded ? { metadata: { sessionsEnded: true } } : {}),
    });
    return { id, version: updated.version, sessionsEnded };
  },
});

/**
 * Deactivates (the user can no longer sign in, and their open sessions end at once) or
 * reactivates an account. An administrator may not deactivate themselves, nor the last
 * active administrator.
 */
const setActive = (active: boolean) =>
  command({
    action: "user.manage",
    schema: userVersionSchema,
    run: async ({ tx, ctx, audit }, { version }, id: string) => {
      if (!active && id === ctx.actor.userId) throw invalid({ _form: ["cannotDeactivateSelf"] });
      const [current] = await tx
        .select({ role: users.role, active: users.active })
        .from(users)
        .where(eq(users.id, id))
        .for("update");
      if (!current) throw notFound();
      if (!active && current.active && current.role === "admin") await assertAnotherAdmin(tx, id);
      const updated = await versionedUpdate(tx, users, id, version, { active });
      // Deactivating ends every session (and the calendar links); reactivating starts from a clean slate too.
      await endUserSessions(tx, id, "deactivated");
      await audit({
        action: active ? "user.reactivate" : "user.deactivate",
        entityType: "user",
        entityId: id,
        before: { active: current.active },
        after: { active },
        metadata: { sessionsEnded: true },
      });
      return { id, version: updated.version };
    },
  });

export const deactivateUser = setActive(false);
export const reactivateUser = setActive(true);

/** `deactivateUser` or `reactivateUser`, as the button asks. */
export const setUserActive = (ctx: Ctx, id: string, active: boolean, raw: Raw) =>
  (active ? reactivateUser : deactivateUser)(ctx, id, raw);

/**
 * Replaces the user's password with a temporary one, returned once for the administrator to
 * hand over: it works for TEMPORARY_PASSWORD_HOURS and only to choose a new password. Every
 * open session of the user ends. Administrators change their own password at /cuenta. Asks
 * for a recent second factor (step-up).
 */
export const resetUserPassword = command({
  action: "user.manage",
  schema: userVersionSchema,
  run: async (
    { tx, ctx, audit },
    { version },
    id: string,
  ): Promise<TemporaryPassword & { version: number }> => {
    if (id === ctx.actor.userId) throw invalid({ _form: ["cannotResetSelf"] });
    // Handing out a password for someone else's account: a second factor proved in the last minutes.
    const stepUp = await requireRecentSecondFactor({ ...ctx, db: tx });
    if (stepUp) throw new ResultError(stepUp);
    const before = await snapshot(tx, id);
    if (!before) throw notFound();
    const temporary = await temporaryPassword();
    const updated = await versionedUpdate(tx, users, id, version, {
      passwordHash: temporary.passwordHash,
      mustChangePassword: true,
      passwordExpiresAt: temporary.expiresAt,
    });
    await endUserSessions(tx, id, "password_reset");
    await audit({
      action: "user.reset_password",
      entityType: "user",
      entityId: id,
      before: { mustChangePassword: before.mustChangePassword },
      after: { mustChangePassword: true },
      metadata: { sessionsEnded: true, temporaryPasswordExpiresAt: temporary.expiresAt.toISOString() },
    });
    return {
      id,
      version: updated.version,
      temporaryPassword: temporary.password,
      expiresAt: temporary.expiresAt,
    };
  },
});

/**
 * The command-line tool's account creation (scripts/user-create.ts): run by an operator with
 * access to the database, so there is no actor and no policy check (hence not a `command()`,
 * which starts from the actor's policy); the audit event says it came from the command line. The password is checked by the caller.
 */
export async function createUserFromCli(
  db: Db,
  input: UserInput & { password: string; mustChangePassword: boolean },
): Promise<Result<{ id: string }>> {
  const parsed = userInputSchema.safeParse(input);
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const passwordHash = await hashPassword(input.password);
  try {
    return ok(
      await db.transaction(async (tx) => {
        await checkReferences(tx, parsed.data, null);
        const createdId = await insertRecord(tx, users, {
          email: parsed.data.email,
          name: parsed.data.name,
          role: parsed.data.role,
          departmentId: parsed.data.departmentId ?? null,
          personId: parsed.data.personId ?? null,
          passwordHash,
          mustChangePassword: input.mustChangePassword,
        });
        await recordAudit(tx, null, {
          action: "user.create",
          entityType: "user",
          entityId: createdId,
          after: await snapshot(tx, createdId),
          metadata: { via: "cli" },
        });
        return { id: createdId };
      }),
    );
  } catch (error) {
    if (error instanceof ResultError) return error.failure;
    throw error;
  }
}
