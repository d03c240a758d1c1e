// Single sign-on (OpenID Connect) settings, from the environment only. No Node or database
// imports: the proxy (Content Security Policy) and the login page read them too.

export interface SsoConfig {
  /** The provider's issuer identifier, exactly as its discovery document states it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's name on the login button ("Ingresar con …"); null for the generic label. */
  name: string | null;
}

/** The Auth.js provider id: callbacks arrive at /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = "oidc";

/**
 * True for a loopback host: localhost, 127.0.0.0/8 and ::1. Traffic to it never leaves the
 * machine, so plain http there exposes nothing to the network. (Not *.localhost: the server's
 * resolver may ask DNS for those names.)
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host === "::1") return true;
  return /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * What is wrong with a complete single sign-on setting, or null (also when it is not set at
 * all). The issuer must be an https: URL in production: its discovery document, keys and token
 * endpoint are fetched from it, and over plain http anyone on the path could answer with their
 * own keys and sign ID tokens for any account. The one exception is a loopback issuer (a
 * provider on the same machine — the browser suite's test provider runs so, under a
 * production build): nothing crosses the network there. Development and tests accept http:.
 */
export function ssoConfigProblem(env: Record<string, string | undefined> = process.env): string | null {
  const issuer = env.REDES_OIDC_ISSUER?.trim();
  if (!issuer || !env.REDES_OIDC_CLIENT_ID?.trim() || !env.REDES_OIDC_CLIENT_SECRET?.trim()) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return `REDES_OIDC_ISSUER is not a URL: "${issuer}".`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return `REDES_OIDC_ISSUER must be an https: URL: "${issuer}".`;
  }
  if (url.protocol === "http:" && env.NODE_ENV === "production" && !isLoopbackHost(url.hostname)) {
    return (
      `REDES_OIDC_ISSUER must be an https: URL in production (plain http is accepted only for a ` +
      `provider on this machine: localhost, 127.0.0.0/8 or ::1): "${issuer}".`
    );
  }
  return null;
}

/**
 * The configured provider, or null when single sign-on is off. It is on only when
 * REDES_OIDC_ISSUER, REDES_OIDC_CLIENT_ID and REDES_OIDC_CLIENT_SECRET are all set and the
 * issuer is acceptable (ssoConfigProblem: an https: URL in production, except on loopback; the
 * server refuses to start otherwise); REDES_OIDC_NAME is the optional button label.
 */
export function ssoConfig(env: Record<string, string | undefined> = process.env): SsoConfig | null {
  const issuer = env.REDES_OIDC_ISSUER?.trim();
  const clientId = env.REDES_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.REDES_OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  if (ssoConfigProblem(env)) return null;
  return { issuer, clientId, clientSecret, name: env.REDES_OIDC_NAME?.trim() || null };
}
