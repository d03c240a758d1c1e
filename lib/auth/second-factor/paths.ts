import { safeCallbackPath } from "../redirect";

/** The step after the password. Every password sign-in passes through it (see afterPasswordPath). */
export const SECOND_FACTOR_STEP_PATH = "/login/segundo-factor";
/** Enrolling a second factor, when the account's role requires one. */
export const SECOND_FACTOR_ENROLMENT_PATH = "/cuenta/segundo-factor";
/** Where the login page sends someone whose session ended for too many wrong codes. */
export const SECOND_FACTOR_LOCKED_PATH = "/login?sesion=segundo-factor";

/** A callback path that is never the login steps themselves ("/" instead). */
export function continuePath(raw: string | null | undefined): string {
  const path = safeCallbackPath(raw);
  return path.startsWith("/login") ? "/" : path;
}

/**
 * Where a password sign-in goes: the second-factor step with the page the user asked for.
 * The step forwards at once when nothing is owed; going through it keeps the callback URL,
 * which a page's redirect to the step (lib/auth/session.ts) could not carry.
 */
export function afterPasswordPath(callbackUrl: string | null | undefined): string {
  return `${SECOND_FACTOR_STEP_PATH}?${new URLSearchParams({ callbackUrl: continuePath(callbackUrl) })}`;
}
