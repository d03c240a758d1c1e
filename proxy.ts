import NextAuth from "next-auth";
import { authConfig } from "./auth.config";
import { authSecret } from "./lib/auth/secret";

// Redirects anonymous visitors to /login. A convenience only: every page, action and route
// handler checks the actor again in lib/.
const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));
export { auth as proxy };

export const config = {
  // Auth.js endpoints set their own cookies; running the proxy on them too would set a
  // second CSRF cookie and break script sign-in.
  matcher: ["/((?!api/auth|api/health|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
