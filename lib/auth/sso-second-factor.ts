// Whether a single sign-on already proved a second factor, from the ID token's claims. No
// Node or database imports.

/**
 * Authentication method references (RFC 8176) that stand for more than a password: "mfa"
 * itself, and factors that are never a password alone (a hardware or software key, a one-time
 * code, a smart card, biometrics).
 */
const MULTI_FACTOR_AMR = new Set(["mfa", "hwk", "swk", "otp", "sc", "fpt", "face", "iris", "retina", "vbm"]);

/**
 * True when the provider says it did multi-factor authentication, so Redes does not ask for
 * its own second factor again. REDES_SSO_TRUST_MFA=false turns this off (always ask);
 * REDES_SSO_MFA_ACR lists `acr` values that count as multi-factor (comma-separated).
 */
export function ssoProvedSecondFactor(
  claims: { amr?: unknown; acr?: unknown } | null | undefined,
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (!claims || env.REDES_SSO_TRUST_MFA?.trim().toLowerCase() === "false") return false;
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === "string") : [];
  if (amr.some((method) => MULTI_FACTOR_AMR.has(method.toLowerCase()))) return true;
  const acrs = (env.REDES_SSO_MFA_ACR ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  return typeof claims.acr === "string" && acrs.includes(claims.acr);
}
