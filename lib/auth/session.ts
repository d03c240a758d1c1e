import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import type { Actor } from "./actor";
import { sessionStateFor, type SessionState } from "./session-check";

/** This request's session as the database sees it; read once per request (React cache). */
export const currentSession = cache(async (): Promise<SessionState> => {
  const session = await auth();
  return sessionStateFor(await getDb(), { sessionId: session?.user?.sessionId });
});

/**
 * The acting user of this request, or null; read once per request (React cache). Null also
 * while the account must choose a new password (see requireActor).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const state = await currentSession();
  return state.status === "active" ? state.actor : null;
});

/** Where a session that still owes a step is sent, and nowhere else. */
export const PENDING_STEP_PATHS = {
  second_factor: "/login/segundo-factor",
  second_factor_enrolment: "/cuenta/segundo-factor",
  must_change_password: "/cuenta/contrasena",
} as const;

/**
 * For pages: the actor, or the login page. A visitor with a session token reaches this only
 * when the token is no longer valid, so the login page says the session ended. A session that
 * still owes a step (a second factor, enrolling one, a new password after a reset) goes to
 * that step's page instead, and nothing else.
 */
export async function requireActor(): Promise<Actor> {
  const state = await currentSession();
  if (state.status === "active") return state.actor;
  if (state.status === "none") redirect("/login?sesion=vencida");
  redirect(PENDING_STEP_PATHS[state.status]);
}
