import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships wasm and data files that must be loaded from node_modules at run time,
  // not copied into the bundle; argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  poweredByHeader: false,
  // Lets several builds coexist (e.g. parallel browser suites); `next start` reads the same value.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  // Security headers on every response; the per-request CSP of pages is set in proxy.ts.
  async headers() {
    const headers = staticSecurityHeaders({ production: process.env.NODE_ENV === "production" });
    return [{ source: "/:path*", headers: headers.map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
