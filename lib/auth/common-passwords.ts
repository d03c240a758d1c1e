import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PasswordContext } from "./password-policy";
import { newPasswordSchema, passwordProblem } from "./password-policy";

/** The list shipped with the app (its source and licence are in the file's header). */
export const COMMON_PASSWORDS_FILE = join(
  /*turbopackIgnore: true*/ process.cwd(),
  "lib",
  "auth",
  "common-passwords.txt",
);

let loaded: Set<string> | undefined;

/** The common passwords, lower-cased, read once per process. */
export function commonPasswords(): Set<string> {
  if (!loaded) {
    const words = new Set<string>();
    for (const line of readFileSync(COMMON_PASSWORDS_FILE, "utf8").split("\n")) {
      if (!line || line.startsWith("# ")) continue;
      words.add(line.toLowerCase());
    }
    loaded = words;
  }
  return loaded;
}

/** True when the password (any case) is on the list. */
export const isCommonPassword = (password: string) => commonPasswords().has(password.toLowerCase());

/** The server's full check of a new password: the shared rules plus the common-password list. */
export const serverPasswordProblem = (password: string, context: PasswordContext = {}) =>
  passwordProblem(password, context, isCommonPassword);

/** The new-password schema with the common-password list (server side). */
export const serverNewPasswordSchema = (context: PasswordContext, withCurrent = false) =>
  newPasswordSchema({ context, isCommon: isCommonPassword, withCurrent });
