import type { Actor } from "../actor";
import { currentSession } from "../session";
import type { SessionState } from "../session-check";

type Status = Exclude<SessionState["status"], "none">;

/**
 * The actor of this request's session if it is in one of the given states. Passkeys are used
 * before a session is fully open: registering one is the enrolment step
 * ("second_factor_enrolment"), using one is the second-factor step ("second_factor").
 */
export async function sessionActorIn(states: readonly Status[]): Promise<Actor | null> {
  const state = await currentSession();
  return state.status !== "none" && states.includes(state.status) ? state.actor : null;
}

/** Adding a passkey: from Mi cuenta, or as the required enrolment of a second factor. */
export const REGISTERING_STATES = ["active", "second_factor_enrolment"] as const;
/** Proving the second factor: at sign-in, or again in an open session (step-up). */
export const PROVING_STATES = ["second_factor", "active"] as const;
