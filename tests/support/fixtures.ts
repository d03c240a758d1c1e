import type { Db } from "@/db/client";
import { auditEvents, departments, networks, people, thematicAreas, users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { startSession, type StartSession } from "@/lib/auth/user-sessions";
import { count, eq } from "drizzle-orm";
import { rowCount } from "./rows";
import type { PgTable } from "drizzle-orm/pg-core";

/** Creates a user of each role (plus a department and person for scoped roles) and returns their actors. */
export async function createActors(
  db: Db,
  passwordHash = "not-a-real-hash",
): Promise<Record<AppRole, Actor>> {
  const [dept] = await db
    .insert(departments)
    .values({ name: `Secretaría de Prueba ${Math.random()}` })
    .returning();
  const actors = {} as Record<AppRole, Actor>;
  for (const role of ["admin", "coordinator", "head", "technical", "viewer"] as const) {
    const [person] = await db
      .insert(people)
      .values({ fullName: `Persona ${role}`, departmentId: dept!.id })
      .returning();
    const [user] = await db
      .insert(users)
      .values({
        email: `${role}.${Math.random().toString(36).slice(2)}@prueba.test`,
        name: `Usuaria ${role}`,
        role,
        passwordHash,
        departmentId: dept!.id,
        personId: person!.id,
      })
      .returning();
    actors[role] = {
      userId: user!.id,
      email: user!.email,
      name: user!.name,
      role,
      departmentId: dept!.id,
      personId: person!.id,
    };
  }
  return actors;
}

export const ctxFor = (db: Db, actor: Actor): Ctx => ({ db, actor });

/** One user without a department or person (an account of its own for a test), as an actor. */
export async function createUser(
  db: Db,
  values: { email: string; name: string; role: AppRole; passwordHash?: string },
): Promise<Actor> {
  const [user] = await db
    .insert(users)
    .values({ passwordHash: "x", ...values })
    .returning();
  return {
    userId: user!.id,
    email: user!.email,
    name: user!.name,
    role: user!.role,
    departmentId: null,
    personId: null,
  };
}

/** A complete network form (a member thematic network with a fee); `overrides` replace its fields. */
export const networkForm = (thematicAreaId: string, overrides: Record<string, unknown> = {}) => ({
  name: "Red de Ciudades Creativas",
  acronym: "RCC",
  kind: "thematic",
  membershipStatus: "member",
  memberSince: "2015-06-01",
  languages: ["es", "en"],
  thematicAreaIds: [thematicAreaId],
  annualFee: "2500",
  feeCurrency: "USD",
  ...overrides,
});

export async function createThematicArea(db: Db, name: string) {
  const [area] = await db.insert(thematicAreas).values({ name }).returning();
  return area!;
}

/** Row counts that a refused write must leave unchanged. */
export async function counts(db: Db) {
  const [n] = await db.select({ c: count() }).from(networks);
  const [a] = await db.select({ c: count() }).from(auditEvents);
  return { networks: Number(n!.c), audit: Number(a!.c) };
}

/** Row counts of the given tables under the given names, e.g. to show a refused write left them unchanged. */
export async function countRows<K extends string>(
  db: Db,
  tables: Record<K, PgTable>,
): Promise<Record<K, number>> {
  const out = {} as Record<K, number>;
  for (const [key, table] of Object.entries(tables) as [K, PgTable][]) out[key] = await rowCount(db, table);
  return out;
}

/** The data of a successful command result; fails the test with the result otherwise. */
export function expectOk<T>(result: { ok: true; data: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

export async function auditFor(db: Db, entityId: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(auditEvents.id);
}

/**
 * A session row opened now for the user (what a sign-in starts) and the claims its token
 * would carry. `secondFactorAt` stands for a session that has proved a second factor.
 */
export async function openSession(
  db: Db,
  userId: string,
  opts: Partial<Omit<StartSession, "userId">> = {},
): Promise<{ sessionId: string }> {
  return { sessionId: await startSession(db, { userId, authMethod: "password", ...opts }) };
}
