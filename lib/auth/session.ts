import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "./actor";

/**
 * The acting user of this request, or null. The session token is only a pointer: the user
 * is read from the database every time, and a deactivated account or a token whose session
 * version is older than the user's (role change, password change, sign out everywhere) is
 * refused on its very next request.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const token = session?.user;
  if (!token?.id) return null;
  const db = await getDb();
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
    .where(eq(users.id, token.id))
    .limit(1);
  if (!user || !user.active || user.sessionVersion !== token.sessionVersion) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    personId: user.personId,
  };
}

/** For pages: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
