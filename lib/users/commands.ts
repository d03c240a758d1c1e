import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, people, users } from "@/db/schema";
import { recordAudit } from "../audit";
import { denied } from "../auth/authorize";
import { ssoConfig } from "../auth/sso-config";
import { hashPassword } from "../auth/password";
import { requireRecentSecondFactor } from "../auth/second-factor/step-up";
import { endUserSessions } from "../auth/user-sessions";
import type { Ctx } from "../context";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail, ok, ResultError, type FieldErrors, type Result } from "../result";
import { isUuid } from "../validation/fields";
import { formDataToObject, toFieldErrors } from "../validation/form-data";
import { runWrite } from "../write";
import {
  TEMPORARY_PASSWORD_HOURS,
  userInputSchema,
  userUpdateSchema,
  userVersionSchema,
  type UserInput,
} from "./schema";
import { generatePassword } from "./temporary-password";

/**
 * User administration (administrators only, "user.manage"). Every change is one transaction
 * with its audit event; snapshots hold labels (department and person names), never the
 * password hash. Role, department and person changes, deactivation and a password reset bump
 * the user's session_version, which ends every open session of theirs on its next request
 * (lib/auth/session-check.ts).
 */

const parseForm = (raw: FormData | Record<string, unknown>) =>
  raw instanceof FormData ? formDataToObject(raw) : raw;

const invalid = (fieldErrors: FieldErrors) => new ResultError(fail("VALIDATION", fieldErrors));

/** The account as the audit log records it. */
async function snapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({
      name: users.name,
      email: users.email,
      role: users.role,
      department: departments.name,
      person: people.fullName,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      oidcSubject: users.oidcSubject,
      version: users.version,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(users.id, id));
  return row ?? null;
}

async function checkReferences(tx: Db, input: UserInput, userId: string | null) {
  if (input.departmentId) {
    const [department] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.id, input.departmentId));
    if (!department) throw invalid({ departmentId: ["unknownDepartment"] });
  }
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

const expiryFrom = (now: Date) => new Date(now.getTime() + TEMPORARY_PASSWORD_HOURS * 3_600_000);

export interface TemporaryPassword {
  id: string;
  /** Shown once to the administrator; only its argon2id hash is stored. */
  temporaryPassword: string;
  expiresAt: Date;
}

/**
 * Creates an account with a temporary password, generated here and returned once: the new
 * user must choose their own at first sign-in, within TEMPORARY_PASSWORD_HOURS.
 */
export async function createUser(
  ctx: Ctx,
  raw: FormData | Record<string, unknown>,
): Promise<Result<TemporaryPassword>> {
  const refusal = denied(ctx.actor, "user.manage");
  if (refusal) return refusal;
  const parsed = userInputSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const input = parsed.data;
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const expiresAt = expiryFrom(new Date());
  return runWrite(
    ctx,
    async (tx) => {
      await checkReferences(tx, input, null);
      const [created] = await tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          role: input.role,
          departmentId: input.departmentId ?? null,
          personId: input.personId ?? null,
          ...ssoIdentity(input),
          passwordHash,
          mustChangePassword: true,
          passwordExpiresAt: expiresAt,
        })
        .returning({ id: users.id });
      if (!created) throw new Error("insert returned no row");
      await recordAudit(tx, ctx.actor, {
        action: "user.create",
        entityType: "user",
        entityId: created.id,
        after: await snapshot(tx, created.id),
        metadata: { temporaryPasswordExpiresAt: expiresAt.toISOString() },
      });
      return { id: created.id, temporaryPassword, expiresAt };
    },
    onConstraint,
  );
}

/**
 * Changes an account's name, e-mail, role, department, person or single sign-on identity. An
 * administrator may not take the admin role from themselves. A change of role, department,
 * person or SSO identity ends the user's open sessions; a change of role asks for a recent
 * second factor (step-up).
 */
export async function updateUser(
  ctx: Ctx,
  id: string,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string; version: number; sessionsEnded: boolean }>> {
  const refusal = denied(ctx.actor, "user.manage");
  if (refusal) return refusal;
  const parsed = userUpdateSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(id)) return fail("NOT_FOUND");
  const { version, ...input } = parsed.data;
  if (id === ctx.actor.userId && input.role !== "admin") {
    return fail("VALIDATION", { role: ["cannotDemoteSelf"] });
  }
  return runWrite(
    ctx,
    async (tx) => {
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
      if (!current) throw new ResultError(fail("NOT_FOUND"));
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
      const [updated] = await tx
        .update(users)
        .set({
          email: input.email,
          name: input.name,
          role: input.role,
          departmentId: input.departmentId ?? null,
          personId: input.personId ?? null,
          ...identity,
          version: sql`${users.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(users.id, id), eq(users.version, version)))
        .returning({ id: users.id, version: users.version });
      if (!updated) throw new ResultError(fail("CONFLICT"));
      if (sessionsEnded) await endUserSessions(tx, id, "role_changed");
      await recordAudit(tx, ctx.actor, {
        action: "user.update",
        entityType: "user",
        entityId: id,
        before,
        after: await snapshot(tx, id),
        ...(sessionsEnded ? { metadata: { sessionsEnded: true } } : {}),
      });
      return { id, version: updated.version, sessionsEnded };
    },
    onConstraint,
  );
}

/**
 * Deactivates (the user can no longer sign in, and their open sessions end at once) or
 * reactivates an account. An administrator may not deactivate themselves, nor the last
 * active administrator.
 */
export async function setUserActive(
  ctx: Ctx,
  id: string,
  active: boolean,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string; version: number }>> {
  const refusal = denied(ctx.actor, "user.manage");
  if (refusal) return refusal;
  const parsed = userVersionSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(id)) return fail("NOT_FOUND");
  if (!active && id === ctx.actor.userId) return fail("VALIDATION", { _form: ["cannotDeactivateSelf"] });
  return runWrite(ctx, async (tx) => {
    const [current] = await tx
      .select({ role: users.role, active: users.active })
      .from(users)
      .where(eq(users.id, id))
      .for("update");
    if (!current) throw new ResultError(fail("NOT_FOUND"));
    if (!active && current.active && current.role === "admin") await assertAnotherAdmin(tx, id);
    const before = await snapshot(tx, id);
    const [updated] = await tx
      .update(users)
      .set({
        active,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, id), eq(users.version, parsed.data.version)))
      .returning({ id: users.id, version: users.version });
    if (!updated) throw new ResultError(fail("CONFLICT"));
    // Deactivating ends every session (and the calendar links); reactivating starts from a clean slate too.
    await endUserSessions(tx, id, "deactivated");
    await recordAudit(tx, ctx.actor, {
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: id,
      before: before ? { active: before.active } : null,
      after: { active },
      metadata: { sessionsEnded: true },
    });
    return { id, version: updated.version };
  });
}

/**
 * Replaces the user's password with a temporary one, returned once for the administrator to
 * hand over: it works for TEMPORARY_PASSWORD_HOURS and only to choose a new password. Every
 * open session of the user ends. Administrators change their own password at /cuenta. Asks
 * for a recent second factor (step-up).
 */
export async function resetUserPassword(
  ctx: Ctx,
  id: string,
  raw: FormData | Record<string, unknown>,
): Promise<Result<TemporaryPassword & { version: number }>> {
  const refusal = denied(ctx.actor, "user.manage");
  if (refusal) return refusal;
  const parsed = userVersionSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(id)) return fail("NOT_FOUND");
  if (id === ctx.actor.userId) return fail("VALIDATION", { _form: ["cannotResetSelf"] });
  // Handing out a password for someone else's account: a second factor proved in the last minutes.
  const stepUp = await requireRecentSecondFactor(ctx);
  if (stepUp) return stepUp;
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const expiresAt = expiryFrom(new Date());
  return runWrite(ctx, async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new ResultError(fail("NOT_FOUND"));
    const [updated] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        passwordExpiresAt: expiresAt,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, id), eq(users.version, parsed.data.version)))
      .returning({ id: users.id, version: users.version });
    if (!updated) throw new ResultError(fail("CONFLICT"));
    await endUserSessions(tx, id, "password_reset");
    await recordAudit(tx, ctx.actor, {
      action: "user.reset_password",
      entityType: "user",
      entityId: id,
      before: { mustChangePassword: before.mustChangePassword },
      after: { mustChangePassword: true },
      metadata: { sessionsEnded: true, temporaryPasswordExpiresAt: expiresAt.toISOString() },
    });
    return { id, version: updated.version, temporaryPassword, expiresAt };
  });
}

/**
 * The command-line tool's account creation (scripts/user-create.ts): run by an operator with
 * access to the database, so there is no actor and no policy check; the audit event says
 * it came from the command line. The password is checked by the caller.
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
        const [created] = await tx
          .insert(users)
          .values({
            email: parsed.data.email,
            name: parsed.data.name,
            role: parsed.data.role,
            departmentId: parsed.data.departmentId ?? null,
            personId: parsed.data.personId ?? null,
            passwordHash,
            mustChangePassword: input.mustChangePassword,
          })
          .returning({ id: users.id });
        if (!created) throw new Error("insert returned no row");
        await recordAudit(tx, null, {
          action: "user.create",
          entityType: "user",
          entityId: created.id,
          after: await snapshot(tx, created.id),
          metadata: { via: "cli" },
        });
        return created;
      }),
    );
  } catch (error) {
    if (error instanceof ResultError) return error.failure;
    throw error;
  }
}
