import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import type { Actor } from "./actor";
import { sessionStateFor, type SessionState } from "./session-check";

/** This request's session as the database sees it; read once per request (React cache). */
export const currentSession = cache(async (): Promise<SessionState> => {
  const session = await auth();
  return sessionStateFor(await getDb(), session?.user);
});

/**
 * The acting user of this request, or null; read once per request (React cache). Null also
 * while the account must choose a new password (see requireActor).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const state = await currentSession();
  return state.status === "active" ? state.actor : null;
});

/**
 * For pages: the actor, or the login page. A visitor with a session token reaches this only
 * when the token is no longer valid, so the login page says the session ended. An account
 * whose password was reset goes to "Elegí una contraseña nueva" instead, and nothing else.
 */
export async function requireActor(): Promise<Actor> {
  const state = await currentSession();
  if (state.status === "must_change_password") redirect("/cuenta/contrasena");
  if (state.status !== "active") redirect("/login?sesion=vencida");
  return state.actor;
}
