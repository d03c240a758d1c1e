import NextAuth from "next-auth";
import { authConfig } from "./auth.config";
import { authSecret } from "./lib/auth/secret";

// Redirects anonymous visitors to /login. A convenience only: every page, action and route
// handler checks the actor again in lib/.
const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));
export { auth as proxy };

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
