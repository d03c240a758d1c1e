import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import type { Actor } from "./actor";
import { actorForSession } from "./session-check";

/** The acting user of this request, or null; read once per request (React cache). */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  return actorForSession(await getDb(), session?.user);
});

/**
 * For pages: the actor, or the login page. A visitor with a session token reaches this only
 * when the token is no longer valid, so the login page says the session ended.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login?sesion=vencida");
  return actor;
}
