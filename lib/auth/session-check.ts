import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "./actor";

/** What the session token says about its user. */
export interface SessionClaims {
  id?: string | null;
  sessionVersion?: number | null;
  /** "sso" when the session began with single sign-on (the password was never used). */
  authMethod?: "password" | "sso" | null;
}

/**
 * What a session token amounts to now, read from the database: no session (no token, unknown
 * or deactivated account, or a token whose session version is older than the user's — role
 * change, password change or reset, sign out everywhere), a session that may only choose a new
 * password (the account's password was reset by an administrator), or an active session.
 */
export type SessionState =
  { status: "none" } | { status: "must_change_password"; actor: Actor } | { status: "active"; actor: Actor };

export async function sessionStateFor(
  db: Db,
  claims: SessionClaims | null | undefined,
): Promise<SessionState> {
  if (!claims?.id) return { status: "none" };
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      departmentId: users.departmentId,
      personId: users.personId,
      active: users.active,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.id, claims.id))
    .limit(1);
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return { status: "none" };
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    personId: user.personId,
  };
  // A temporary password must be replaced before it opens anything; a single sign-on session
  // did not use it, so the pending change does not hold it back.
  return user.mustChangePassword && claims.authMethod !== "sso"
    ? { status: "must_change_password", actor }
    : { status: "active", actor };
}

/**
 * The user a session token stands for, or null. Null too while the account must choose a new
 * password: until then nothing but the change-password page (which reads sessionStateFor)
 * accepts the session, so every page, action and route handler refuses it.
 */
export async function actorForSession(
  db: Db,
  claims: SessionClaims | null | undefined,
): Promise<Actor | null> {
  const state = await sessionStateFor(db, claims);
  return state.status === "active" ? state.actor : null;
}
