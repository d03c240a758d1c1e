// Session lifetime rules. No Node or database imports: auth.config.ts (loaded by the proxy)
// and the browser's timeout warning both read them.

const DEFAULT_IDLE_MINUTES = 30;
const DEFAULT_MAX_HOURS = 12;

function positive(raw: string | undefined, fallback: number, max: number): number {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 && value <= max ? value : fallback;
}

/**
 * Idle timeout (REDES_SESSION_IDLE_MINUTES, default 30) and absolute lifetime
 * (REDES_SESSION_MAX_HOURS, default 12), in seconds. Every request re-issues the session
 * cookie with a fresh idle expiry; the absolute limit counts from sign-in and is never extended.
 */
export function sessionPolicy(env: Record<string, string | undefined> = process.env) {
  const idleSeconds = Math.round(
    positive(env.REDES_SESSION_IDLE_MINUTES, DEFAULT_IDLE_MINUTES, 24 * 60) * 60,
  );
  const maxSeconds = Math.round(positive(env.REDES_SESSION_MAX_HOURS, DEFAULT_MAX_HOURS, 24 * 30) * 3600);
  return { idleSeconds: Math.min(idleSeconds, maxSeconds), maxSeconds };
}

/** True when a session that began at `authAt` (seconds) has passed its absolute lifetime. */
export function pastAbsoluteLifetime(authAt: unknown, nowSeconds: number, maxSeconds: number): boolean {
  return typeof authAt !== "number" || nowSeconds - authAt >= maxSeconds;
}

/** The browser warns this long before the idle timeout (WCAG 2.2.1 asks for at least 20 s). */
export const IDLE_WARNING_SECONDS = 120;

const ROLE_NAMES = ["admin", "coordinator", "head", "technical", "viewer"] as const;

/**
 * Roles that must use a second factor (REDES_MFA_REQUIRED_ROLES, comma-separated; default
 * "admin"; "none" for no role). An account of such a role without one is asked to enrol at
 * its next sign-in, before anything else opens.
 */
export function secondFactorRequiredRoles(env: Record<string, string | undefined> = process.env): string[] {
  const raw = env.REDES_MFA_REQUIRED_ROLES;
  if (raw === undefined || raw.trim() === "") return ["admin"];
  return raw
    .split(",")
    .map((role) => role.trim().toLowerCase())
    .filter((role): role is (typeof ROLE_NAMES)[number] => (ROLE_NAMES as readonly string[]).includes(role));
}
