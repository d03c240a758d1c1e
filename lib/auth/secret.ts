import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * AUTH_SECRET signs the session tokens. Production must set it; in development a generated
 * one is kept in ./data/ so that restarting the dev server keeps everyone signed in.
 */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is required in production (e.g. `openssl rand -base64 32`).");
  }
  const file = resolve(/*turbopackIgnore: true*/ process.env.AUTH_SECRET_FILE ?? "./data/auth-secret");
  try {
    const saved = readFileSync(file, "utf8").trim();
    if (saved) return saved;
  } catch {
    // not generated yet
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
