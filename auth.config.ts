import type { NextAuthConfig } from "next-auth";
import type { AppRole } from "@/db/schema/values";
import { safeCallbackPath } from "@/lib/auth/redirect";
import { pastAbsoluteLifetime, sessionPolicy } from "@/lib/auth/session-policy";

const policy = sessionPolicy();

// Paths anyone may open. Everything else needs a session; the proxy's redirect to /login is a
// convenience only — lib/ checks the actor on every read and write.
const PUBLIC_PATHS = [
  /^\/login$/,
  /^\/login\/sso$/,
  /^\/api\/health$/,
  /^\/api\/auth(\/|$)/,
  /^\/api\/calendar\//,
  // The options of a sign-in with a passkey (a challenge, before there is any session).
  /^\/api\/passkeys\/ingreso\/opciones$/,
];

export const isPublicPath = (pathname: string) => PUBLIC_PATHS.some((re) => re.test(pathname));

/**
 * The part of the Auth.js configuration the proxy can load: no database imports. The secret
 * is added when a request first needs it (lazy initialisation), so building needs none.
 */
export const authConfig = {
  trustHost: true,
  // Auth.js errors (a single sign-on the provider or Redes refused) land on the login page too.
  pages: { signIn: "/login", error: "/login" },
  // The token's expiry is the idle timeout, pushed forward by every request (the proxy and
  // server code re-issue the cookie); the absolute lifetime is enforced in the jwt callback.
  // The token names a session row, which every request reads with its user (lib/auth): a
  // session ended on the server is refused even while a copy of its cookie is still valid.
  session: { strategy: "jwt", maxAge: policy.idleSeconds, updateAge: 0 },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      if (isPublicPath(request.nextUrl.pathname)) return true;
      return !!auth?.user;
    },
    jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user) {
        token.authAt = now;
        token.uid = user.id;
        token.role = user.role;
        token.departmentId = user.departmentId;
        token.sid = user.sessionId;
      }
      // Past the absolute lifetime the session ends, however active it was (null clears the cookie).
      if (pastAbsoluteLifetime(token.authAt, now, policy.maxSeconds)) return null;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid as string;
      session.user.role = token.role as AppRole;
      session.user.departmentId = (token.departmentId as string | null) ?? null;
      session.user.sessionId = token.sid as string;
      return session;
    },
    redirect({ url }) {
      return safeCallbackPath(url);
    },
  },
} satisfies NextAuthConfig;
