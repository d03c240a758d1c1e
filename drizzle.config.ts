import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema and committed; they are applied by the app
// itself at start (see db/migrate.ts), never by drizzle-kit against a running server.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
});
