import type { NextAuthConfig } from "next-auth";

// Auth.js's cookies, named and flagged by transport. No Node or database imports: the proxy
// loads this too.

type CookieName =
  "sessionToken" | "callbackUrl" | "csrfToken" | "pkceCodeVerifier" | "state" | "nonce" | "webauthnChallenge";

const BASE_NAMES: Record<CookieName, string> = {
  sessionToken: "authjs.session-token",
  callbackUrl: "authjs.callback-url",
  csrfToken: "authjs.csrf-token",
  pkceCodeVerifier: "authjs.pkce.code_verifier",
  state: "authjs.state",
  nonce: "authjs.nonce",
  webauthnChallenge: "authjs.challenge",
};

// The single sign-on round trip's checks live 15 minutes, as Auth.js sets them.
const SHORT_LIVED: ReadonlySet<CookieName> = new Set(["pkceCodeVerifier", "state", "webauthnChallenge"]);

/**
 * Every Auth.js cookie, over https named with the `__Host-` prefix: the browser then accepts it
 * only with `Secure`, `Path=/` and no `Domain`, so neither a sibling subdomain nor a plain-http
 * page of the same host can set or overwrite the session (Auth.js alone uses `__Secure-`, which
 * does not pin the host, for all but the CSRF token). Over plain http (development, the browser
 * suite on loopback) a prefixed cookie would be refused, so the names stay bare there, as
 * Auth.js names them. The names are also the key derivation's salt of the session token: a
 * token issued under the other name does not decrypt.
 */
export function authCookies(secure: boolean): NonNullable<NextAuthConfig["cookies"]> {
  const cookies: NonNullable<NextAuthConfig["cookies"]> = {};
  for (const [key, name] of Object.entries(BASE_NAMES) as [CookieName, string][]) {
    cookies[key] = {
      name: `${secure ? "__Host-" : ""}${name}`,
      options: {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure,
        ...(SHORT_LIVED.has(key) ? { maxAge: 15 * 60 } : {}),
      },
    };
  }
  return cookies;
}

/**
 * Whether Auth.js sees this request as https — the same rule it uses to choose secure cookies:
 * the protocol of AUTH_URL when set; otherwise `X-Forwarded-Proto` (which Next.js sets from the
 * connection when a reverse proxy did not), else the request's URL; without either, https (Auth.js's
 * own default when it builds the URL from headers).
 */
export function usesHttps(
  headers: Headers | null | undefined,
  url?: string,
  env: Record<string, string | undefined> = process.env,
): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).protocol === "https:";
    } catch {
      // not a URL: judged by the request below
    }
  }
  const forwarded = headers?.get("x-forwarded-proto");
  if (forwarded) return forwarded.split(",")[0]!.trim().toLowerCase() === "https";
  if (url) return new URL(url).protocol === "https:";
  return true;
}
