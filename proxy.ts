import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig, isPublicPath } from "./auth.config";
import { authCookies, usesHttps } from "./lib/auth/cookies";
import { authSecret } from "./lib/auth/secret";
import { contentSecurityPolicy, newNonce } from "./lib/security/headers";
import { serverEnv } from "@/lib/env";

// Every page request passes here: anonymous visitors go to /login (a convenience only — every
// page, action and route handler checks the actor again in lib/), and each HTML response gets
// a Content Security Policy with its own nonce, which Next.js puts on its scripts.
// The cookies' names depend on the request's transport (`__Host-` over https), as in auth.ts.
const { auth } = NextAuth((request) => ({
  ...authConfig,
  cookies: authCookies(usesHttps(request?.headers, request?.url)),
  secret: authSecret(),
}));

const guarded = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth?.user && !isPublicPath(pathname)) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: serverEnv().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

// A named function export, as Next.js requires of the proxy file. With a lazily configured
// NextAuth, `auth(handler)` resolves to the wrapped handler asynchronously (its type says
// otherwise), hence the await.
export async function proxy(request: NextRequest) {
  const handler: typeof guarded = await guarded;
  return handler(request, { params: Promise.resolve({}) });
}

export const config = {
  // Auth.js endpoints set their own cookies; running the proxy on them too would set a
  // second CSRF cookie and break script sign-in. Static files need no policy.
  matcher: ["/((?!api/auth|api/health|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
