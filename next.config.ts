import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships wasm and data files that must be loaded from node_modules at run time,
  // not copied into the bundle; argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  poweredByHeader: false,
  // Lets several builds coexist (e.g. parallel browser suites); `next start` reads the same value.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
