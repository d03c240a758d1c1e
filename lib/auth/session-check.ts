import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "./actor";

/** What the session token says about its user. */
export interface SessionClaims {
  id?: string | null;
  sessionVersion?: number | null;
}

/**
 * The user a session token stands for, read from the database. The token is only a pointer:
 * a deactivated account, or a token whose session version is older than the user's (role
 * change, password change, sign out everywhere), gives null.
 */
export async function actorForSession(
  db: Db,
  claims: SessionClaims | null | undefined,
): Promise<Actor | null> {
  if (!claims?.id) return null;
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
    })
    .from(users)
    .where(eq(users.id, claims.id))
    .limit(1);
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    personId: user.personId,
  };
}
