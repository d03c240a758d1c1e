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
 * The configured provider, or null when single sign-on is off. It is on only when
 * REDES_OIDC_ISSUER, REDES_OIDC_CLIENT_ID and REDES_OIDC_CLIENT_SECRET are all set (and the
 * issuer is an http(s) URL); REDES_OIDC_NAME is the optional button label.
 */
export function ssoConfig(env: Record<string, string | undefined> = process.env): SsoConfig | null {
  const issuer = env.REDES_OIDC_ISSUER?.trim();
  const clientId = env.REDES_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.REDES_OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return { issuer, clientId, clientSecret, name: env.REDES_OIDC_NAME?.trim() || null };
}
