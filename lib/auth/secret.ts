import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { makePrivateDir, openToOthers } from "../fs/private";
import { serverEnv } from "@/lib/env";

/** The shortest AUTH_SECRET production accepts, in bytes (`openssl rand -base64 32` gives 32). */
export const AUTH_SECRET_MIN_BYTES = 32;

// Standard or URL-safe base64, padded or not: what `openssl rand -base64` and Node's
// `randomBytes(n).toString("base64url")` print.
const BASE64 = /^(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+)$/;

/**
 * How many bytes a secret holds: the decoded length when it is written in base64 (standard or
 * URL-safe alphabet), otherwise the length of its UTF-8 text. A base64 text carries 6 bits per
 * character, so counting its characters would let a 24-byte key pass for 32.
 */
export function secretBytes(secret: string): number {
  if (BASE64.test(secret) && secret.replace(/=+$/, "").length % 4 !== 1) {
    return Buffer.from(secret, "base64").length; // Node's decoder reads both alphabets
  }
  return Buffer.byteLength(secret, "utf8");
}

/**
 * AUTH_SECRET signs the session tokens. Production must set it, at least 32 bytes long; in
 * development a generated one is kept in ./data/auth-secret (a file only this user may read)
 * so that restarting the dev server keeps everyone signed in.
 */
export function authSecret(): string {
  const fromEnv = serverEnv().AUTH_SECRET;
  const production = serverEnv().NODE_ENV === "production";
  if (fromEnv) {
    if (production && secretBytes(fromEnv) < AUTH_SECRET_MIN_BYTES) {
      throw new Error(
        `AUTH_SECRET is too short: ${secretBytes(fromEnv)} bytes, at least ${AUTH_SECRET_MIN_BYTES} are required ` +
          "(counted decoded when it is base64, otherwise as UTF-8 text). Generate one with `openssl rand -base64 32`.",
      );
    }
    return fromEnv;
  }
  if (production) {
    throw new Error("AUTH_SECRET is required in production (e.g. `openssl rand -base64 32`).");
  }
  const file = resolve(/*turbopackIgnore: true*/ serverEnv().AUTH_SECRET_FILE ?? "./data/auth-secret");
  let saved = "";
  try {
    saved = readFileSync(file, "utf8").trim();
  } catch {
    // not generated yet
  }
  if (saved) {
    // Anyone who can read the secret can forge a session for any account.
    if (openToOthers(file)) {
      throw new Error(
        `${file} can be read or changed by other users of this machine: run \`chmod 600 ${file}\` ` +
          "(or delete it, and a new secret is generated).",
      );
    }
    return saved;
  }
  const secret = randomBytes(32).toString("base64url");
  makePrivateDir(dirname(file));
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
