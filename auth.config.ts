import type { NextAuthConfig } from "next-auth";
import type { AppRole } from "@/db/schema/values";
import { safeCallbackPath } from "@/lib/auth/redirect";

// Paths anyone may open. Everything else needs a session; the proxy's redirect to /login is a
// convenience only — lib/ checks the actor on every read and write.
const PUBLIC_PATHS = [/^\/login$/, /^\/api\/health$/, /^\/api\/auth(\/|$)/, /^\/api\/calendar\//];

export const isPublicPath = (pathname: string) => PUBLIC_PATHS.some((re) => re.test(pathname));

/**
 * The part of the Auth.js configuration the proxy can load: no database imports. The secret
 * is added when a request first needs it (lazy initialisation), so building needs none.
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  // A session lasts at most 12 hours (a working day); the user is re-checked on every request.
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      if (isPublicPath(request.nextUrl.pathname)) return true;
      return !!auth?.user;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.departmentId = user.departmentId;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid as string;
      session.user.role = token.role as AppRole;
      session.user.departmentId = (token.departmentId as string | null) ?? null;
      session.user.sessionVersion = token.sessionVersion as number;
      return session;
    },
    redirect({ url }) {
      return safeCallbackPath(url);
    },
  },
} satisfies NextAuthConfig;
