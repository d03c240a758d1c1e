import "server-only";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, people, users } from "@/db/schema";
import { command, invalid, notFound } from "../command";
import { insertRecord, versionedUpdate, recordEvent } from "../record-writes";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail, type Failure, type FieldErrors } from "../result";
import { personInputSchema, personUpdateSchema, personUserLinkSchema, type PersonInput } from "./schema";
import { checkReference } from "../record-reads";
import { readPerson } from "./queries";

/** Audit snapshot: labels rather than ids (the department's name, the linked account's e-mail). */
async function snapshot(tx: Db, id: string) {
  const row = await readPerson(tx, id);
  if (!row) return null;
  return {
    name: row.person.fullName,
    email: row.person.email,
    phone: row.person.phone,
    position: row.person.position,
    department: row.departmentName ?? null,
    notes: row.person.notes,
    user: row.userEmail ?? null,
    version: row.person.version,
  };
}

function columns(input: PersonInput) {
  return {
    fullName: input.fullName,
    email: input.email ?? null,
    phone: input.phone ?? null,
    position: input.position ?? null,
    departmentId: input.departmentId ?? null,
    notes: input.notes ?? null,
  };
}

/** The e-mail is unused by another person, and the department exists. */
async function checkPerson(tx: Db, input: PersonInput, exceptId?: string) {
  const fieldErrors: FieldErrors = {};
  if (input.email) {
    const [other] = await tx
      .select({ id: people.id })
      .from(people)
      .where(sql`lower(${people.email}) = lower(${input.email})`)
      .limit(1);
    if (other && other.id !== exceptId) fieldErrors.email = ["emailTaken"];
  }
  await checkReference(tx, fieldErrors, "departmentId", departments, input.departmentId, "unknownDepartment");
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
}

const personConstraint = (constraint: string, code: string): Failure | undefined =>
  code === UNIQUE_VIOLATION && constraint === "people_email_uq"
    ? fail("VALIDATION", { email: ["emailTaken"] })
    : undefined;

/** A new person of the directory. */
export const createPerson = command({
  action: "person.manage",
  schema: personInputSchema,
  onConstraint: personConstraint,
  run: async ({ tx, audit }, input) => {
    await checkPerson(tx, input);
    const createdId = await insertRecord(tx, people, columns(input));
    await audit(recordEvent("person", "create", createdId, await snapshot(tx, createdId)));
    return { id: createdId };
  },
});

/** Edits a person, if nobody saved it since the user read it. */
export const updatePerson = command({
  action: "person.manage",
  schema: personUpdateSchema,
  onConstraint: personConstraint,
  run: async ({ tx, audit }, { version, ...input }, id: string) => {
    const before = await snapshot(tx, id);
    if (!before) throw notFound();
    await checkPerson(tx, input, id);
    const updated = await versionedUpdate(tx, people, id, version, columns(input));
    await audit(recordEvent("person", "update", id, await snapshot(tx, id), before));
    return updated;
  },
});

/**
 * Links the person to a user account (administrators only), or unlinks it when no account is
 * given. An account belongs to at most one person (users_person_uq): one linked to someone
 * else is refused. The account previously linked to this person is released. The person's
 * version guards against two administrators linking at once.
 */
export const linkPersonUser = command({
  action: "person.link_user",
  schema: personUserLinkSchema,
  onConstraint: (constraint, code) =>
    code === UNIQUE_VIOLATION && constraint === "users_person_uq"
      ? fail("VALIDATION", { userId: ["userTaken"] })
      : undefined,
  run: async ({ tx, audit }, { userId = null, version }, personId: string) => {
    const before = await snapshot(tx, personId);
    if (!before) throw notFound();
    if (userId) {
      const [user] = await tx
        .select({ personId: users.personId })
        .from(users)
        .where(eq(users.id, userId))
        .limit(1);
      if (!user) throw invalid({ userId: ["unknownUser"] });
      if (user.personId && user.personId !== personId) throw invalid({ userId: ["userTaken"] });
    }
    // The version first: a stale form changes nothing.
    const updated = await versionedUpdate(tx, people, personId, version, {});
    await tx
      .update(users)
      .set({ personId: null, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(and(eq(users.personId, personId), userId ? sql`${users.id} <> ${userId}` : undefined));
    if (userId) {
      // Only an account still free (or already this person's): a concurrent link of the same
      // account to someone else leaves zero rows here.
      const [linked] = await tx
        .update(users)
        .set({ personId, version: sql`${users.version} + 1`, updatedAt: new Date() })
        .where(and(eq(users.id, userId), or(isNull(users.personId), eq(users.personId, personId))))
        .returning({ id: users.id });
      if (!linked) throw invalid({ userId: ["userTaken"] });
    }
    const after = await snapshot(tx, personId);
    await audit({
      action: "person.link_user",
      entityType: "person",
      entityId: personId,
      before: { user: before.user },
      after: { user: after?.user ?? null },
    });
    return { id: personId, version: updated.version, userId: userId as string | null };
  },
});
