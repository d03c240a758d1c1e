import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { OIDCConfig } from "next-auth/providers";
import { cookies, headers } from "next/headers";
import { authConfig } from "./auth.config";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyPasskeySignIn } from "@/lib/auth/passkeys/authentication";
import { relyingParty } from "@/lib/auth/passkeys/relying-party";
import { authCookies, usesHttps } from "@/lib/auth/cookies";
import { deviceCookie, trustedDeviceNonce } from "@/lib/auth/device-cookie";
import { authSecret } from "@/lib/auth/secret";
import { SSO_PROVIDER_ID, ssoConfig, type SsoConfig } from "@/lib/auth/sso-config";
import { ssoProvedSecondFactor } from "@/lib/auth/sso-second-factor";
import { resolveSsoSignIn, ssoSessionUser } from "@/lib/auth/sso-sign-in";
import { endSession, startSession } from "@/lib/auth/user-sessions";

/** Too many failed attempts for this account or address: the login page says "wait". */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

/** The Auth.js provider of a sign-in with a passkey alone (discoverable credential). */
export const PASSKEY_PROVIDER_ID = "passkey";

/** Where a refused single sign-on lands: the login page says the identity has no account. */
export const SSO_REFUSED_PATH = "/login?error=sso";

interface SsoProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/**
 * The OpenID Connect provider of single sign-on (generic Auth.js "oidc" provider, endpoints
 * from the issuer's discovery document). The ID token is validated (signature, issuer,
 * audience, nonce) and the user info read with the same subject, for the e-mail claims.
 * Its profile is never the session's user: the Redes account is (see the callbacks below).
 */
function ssoProvider(config: SsoConfig): OIDCConfig<SsoProfile> {
  return {
    id: SSO_PROVIDER_ID,
    name: config.name ?? "inicio de sesión único",
    type: "oidc",
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    idToken: false,
  };
}

async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
}

/** The address and browser a new session is listed with in Mi cuenta. */
async function requestClient(): Promise<{ ip: string | null; userAgent: string | null }> {
  try {
    const list = await headers();
    return { ip: clientIp(list), userAgent: list.get("user-agent") };
  } catch {
    return { ip: null, userAgent: null };
  }
}

/** The claims of an ID token the provider flow has already validated (signature, issuer, nonce). */
function idTokenClaims(idToken: unknown): Record<string, unknown> | null {
  if (typeof idToken !== "string") return null;
  try {
    return JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

/**
 * Auth.js's cookies for this request: `__Host-` names over https (lib/auth/cookies.ts). Route
 * handlers get the request; server components and actions (no request) read its headers.
 */
async function cookiesFor(request: Request | undefined): Promise<NextAuthConfig["cookies"]> {
  if (request) return authCookies(usesHttps(request.headers, request.url));
  let incoming: Headers | null = null;
  try {
    incoming = await headers();
  } catch {
    // outside a request: Auth.js then assumes https too
  }
  return authCookies(usesHttps(incoming));
}

/**
 * Gives this browser the account's device cookie after a password sign-in. `cookies()` is
 * writable here — in the Auth.js route handler and in the sign-in server actions alike — and
 * Next adds the cookie to the response Auth.js returns.
 */
async function rememberDevice(email: string, nonce: string | null): Promise<void> {
  const { name, value, options } = deviceCookie(email, nonce);
  (await cookies()).set(name, value, options);
}

export const { handlers, auth, signIn, signOut } = NextAuth(async (request): Promise<NextAuthConfig> => {
  const sso = ssoConfig();
  return {
    ...authConfig,
    cookies: await cookiesFor(request),
    secret: authSecret(),
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          // A valid device cookie of this account takes it past the account's lockout, under
          // its own device budget (lib/auth/device-cookie.ts, lib/auth/throttle.ts).
          const deviceNonce = trustedDeviceNonce(request.headers.get("cookie"), credentials.email);
          const outcome = await attemptSignIn(await getDb(), credentials, {
            ip: clientIp(request.headers),
            deviceNonce,
          });
          if (outcome.ok) {
            await rememberDevice(outcome.user.email, deviceNonce);
            return outcome.user;
          }
          if (outcome.reason === "throttled") throw new SignInThrottled();
          return null;
        },
      }),
      // A passkey alone (discoverable credential): its answer is checked against a sign-in
      // challenge from the database; the passkey names its account.
      Credentials({
        id: PASSKEY_PROVIDER_ID,
        name: "passkey",
        credentials: { response: {} },
        async authorize(credentials, request) {
          // The request's origin is only the development fallback (never used in production).
          const rp = relyingParty(new URL(request.url).origin);
          return verifyPasskeySignIn(await getDb(), rp, credentials.response, {
            ip: clientIp(request.headers),
          });
        },
      }),
      ...(sso ? [ssoProvider(sso)] : []),
    ],
    callbacks: {
      ...authConfig.callbacks,
      /**
       * Single sign-on: the identity must belong to an active Redes account (matched by issuer
       * and subject, or bound once by verified e-mail — lib/auth/sso-sign-in.ts). A refusal
       * goes back to the login page with its message; both outcomes are audited.
       */
      async signIn({ account, profile }) {
        if (account?.provider !== SSO_PROVIDER_ID) return true;
        if (!sso || !account.providerAccountId) return SSO_REFUSED_PATH;
        const outcome = await resolveSsoSignIn(
          await getDb(),
          {
            issuer: sso.issuer,
            subject: account.providerAccountId,
            email: typeof profile?.email === "string" ? profile.email : null,
            emailVerified: profile?.email_verified === true,
          },
          { ip: await requestIp() },
        );
        return outcome.ok ? true : SSO_REFUSED_PATH;
      },
      /**
       * At a single sign-on, the token is issued for the Redes account (its id, role,
       * department and session version — never anything the provider says about roles), then
       * it follows the same rules as a password session (auth.config.ts).
       */
      async jwt(params) {
        const { account } = params;
        if (!params.user || !account) return authConfig.callbacks.jwt(params);
        // A sign-in: the session row starts here, and the token carries only its id.
        const db = await getDb();
        if (account.provider === SSO_PROVIDER_ID) {
          const user = sso ? await ssoSessionUser(db, sso.issuer, account.providerAccountId) : null;
          if (!user) return null;
          const proved = ssoProvedSecondFactor(idTokenClaims(account.id_token));
          const sessionId = await startSession(db, {
            userId: user.id,
            authMethod: "sso",
            secondFactorAt: proved ? new Date() : null,
            ...(await requestClient()),
          });
          return authConfig.callbacks.jwt({
            ...params,
            token: { ...params.token, sub: user.id, email: user.email, name: user.name },
            user: { ...user, sessionId },
          });
        }
        const passkey = account.provider === PASSKEY_PROVIDER_ID;
        const sessionId = await startSession(db, {
          userId: params.user.id as string,
          authMethod: passkey ? "passkey" : "password",
          // A passkey is a factor of its own plus the authenticator's user verification.
          secondFactorAt: passkey ? new Date() : null,
          ...(await requestClient()),
        });
        return authConfig.callbacks.jwt({ ...params, user: { ...params.user, sessionId } });
      },
    },
    events: {
      /** "Cerrar sesión": the session row ends, so a copy of its cookie opens nothing. */
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (!token?.uid) return;
        const db = await getDb();
        if (typeof token.sid === "string") await endSession(db, token.sid, "sign_out");
        await recordAudit(
          db,
          { userId: token.uid as string, email: token.email ?? "" },
          {
            action: "auth.sign_out",
            entityType: "user",
            entityId: token.uid as string,
          },
        );
      },
    },
  };
});
