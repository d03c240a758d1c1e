import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userPasskeys, userSessions, userTotp, users } from "@/db/schema";
import type { Actor } from "./actor";
import { secondFactorRequiredRoles, sessionPolicy } from "./session-policy";
import { endSession, LAST_SEEN_GRANULARITY_MS, touchSession, type AuthMethod } from "./user-sessions";
import { serverEnv } from "@/lib/env";

/** What the session token says: the id of its session row (lib/auth/user-sessions.ts). */
export interface SessionClaims {
  sessionId?: string | null;
}

/**
 * What a session token amounts to now, read from the database in one indexed read of its
 * session row and user:
 * - none: no token, unknown or ended session (signed out, idle, closed, a password change or
 *   reset, deactivation, a role change), past its lifetime, or a deactivated account;
 * - second_factor: the password was right, the account has a second factor, and this
 *   session has not proved it yet (/login/segundo-factor, and nothing else);
 * - second_factor_enrolment: the account's role must use a second factor and has none yet
 *   (/cuenta/segundo-factor, and nothing else);
 * - must_change_password: the account's password was reset by an administrator;
 * - active.
 */
export type SessionState =
  | { status: "none" }
  | { status: "second_factor"; actor: Actor }
  | { status: "second_factor_enrolment"; actor: Actor }
  | { status: "must_change_password"; actor: Actor }
  | { status: "active"; actor: Actor };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function sessionStateFor(
  db: Db,
  claims: SessionClaims | null | undefined,
  { now = new Date(), env = serverEnv() }: { now?: Date; env?: Record<string, string | undefined> } = {},
): Promise<SessionState> {
  const sessionId = claims?.sessionId;
  if (!sessionId || !UUID.test(sessionId)) return { status: "none" };
  const [row] = await db
    .select({
      sessionId: userSessions.id,
      authMethod: userSessions.authMethod,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      secondFactorAt: userSessions.secondFactorAt,
      endedAt: userSessions.endedAt,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      departmentId: users.departmentId,
      personId: users.personId,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      hasSecondFactor: sql<boolean>`(exists (select 1 from ${userTotp} where ${userTotp.userId} = ${users.id} and ${userTotp.confirmedAt} is not null) or exists (select 1 from ${userPasskeys} where ${userPasskeys.userId} = ${users.id}))`,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, sessionId))
    .limit(1);
  if (!row || row.endedAt || !row.active) return { status: "none" };

  // The server keeps the clock too: a copied cookie outlives neither the idle timeout nor the
  // absolute lifetime, whatever the token's own expiry says.
  const policy = sessionPolicy(env);
  if (now.getTime() - row.lastSeenAt.getTime() >= policy.idleSeconds * 1000) {
    await endSession(db, row.sessionId, "idle", now);
    return { status: "none" };
  }
  if (now.getTime() - row.createdAt.getTime() >= policy.maxSeconds * 1000) {
    await endSession(db, row.sessionId, "expired", now);
    return { status: "none" };
  }
  // One write a minute at most: the read above already says whether it is due.
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_GRANULARITY_MS) {
    await touchSession(db, row.sessionId, now);
  }

  const actor: Actor = {
    userId: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    departmentId: row.departmentId,
    personId: row.personId,
    session: {
      id: row.sessionId,
      authMethod: row.authMethod as AuthMethod,
      secondFactorAt: row.secondFactorAt,
    },
  };
  if (!row.secondFactorAt) {
    if (row.hasSecondFactor) return { status: "second_factor", actor };
    if (secondFactorRequiredRoles(env).includes(row.role))
      return { status: "second_factor_enrolment", actor };
  }
  // A temporary password must be replaced before it opens anything; a single sign-on session
  // did not use it, so the pending change does not hold it back.
  return row.mustChangePassword && row.authMethod === "password"
    ? { status: "must_change_password", actor }
    : { status: "active", actor };
}

/**
 * The user a session token stands for, or null. Null too while the session still owes a step
 * (a second factor, enrolling one, a new password): until then only that step's page accepts
 * it, so every other page, action and route handler refuses it.
 */
export async function actorForSession(
  db: Db,
  claims: SessionClaims | null | undefined,
): Promise<Actor | null> {
  const state = await sessionStateFor(db, claims);
  return state.status === "active" ? state.actor : null;
}
