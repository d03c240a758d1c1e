import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-limits";

/**
 * The password rules (ASVS V2.1 / NIST SP 800-63B): length only — at least 12 characters, up
 * to 256 — with no composition rules; any character allowed (spaces and emoji too, counted as
 * one each); refused when it is one of the most common passwords (or a trivial variant of
 * one: a repetition, a short suffix of digits or symbols, a keyboard or alphabet run), or when
 * it contains the account's e-mail name or person's name.
 *
 * Pure and browser-safe: the list of common passwords is loaded on the server only
 * (lib/auth/common-passwords.ts) and passed in as `isCommon`, so the same zod schema checks
 * length and personal words in the browser and everything on the server.
 *
 * Messages are catalog keys of the account catalog (account.validation.*).
 */

export type PasswordProblem =
  "passwordRequired" | "passwordTooShort" | "passwordTooLong" | "passwordCommon" | "passwordPersonal";

/** Whose password it is: its words may not appear in it. */
export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

export type CommonPasswordCheck = (lowercased: string) => boolean;

/** Lower case without accents, for comparing words ("Gómez" ~ "gomez"). */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Characters as a person counts them (code points, so an emoji is one). */
export const passwordLength = (password: string) => [...password].length;

/**
 * The account's own words a password may not contain: the e-mail's local part (whole, and
 * its pieces of 4 or more letters) and the name (whole without spaces, and each word of 4 or
 * more letters).
 */
export function personalWords(context: PasswordContext = {}): string[] {
  const words = new Set<string>();
  const local = fold(context.email?.split("@")[0] ?? "").trim();
  if (local.length >= 3) words.add(local);
  for (const piece of local.split(/[^\p{L}\p{N}]+/u)) if (piece.length >= 4) words.add(piece);
  const name = fold(context.name ?? "").trim();
  const parts = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (parts.join("").length >= 4) words.add(parts.join(""));
  for (const part of parts) if (part.length >= 4) words.add(part);
  return [...words];
}

/** "abcdefghijkl", "987654321098", "aaaaaaaaaaaa": each character one step from the last. */
function isRun(text: string): boolean {
  const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
  if (codes.length < 2) return true;
  const step = codes[1]! - codes[0]!;
  if (Math.abs(step) > 1) return false;
  // A digit run may wrap around (…7890, 3210987…).
  return codes.every((code, i) => {
    if (i === 0) return true;
    const d = code - codes[i - 1]!;
    return d === step || (step === 1 && d === -9 && code === 48) || (step === -1 && d === 9 && code === 57);
  });
}

/** The text is a shorter unit repeated ("abcabcabcabc" → "abc"), else null. */
function repeatedUnit(text: string): string | null {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size) continue;
    const unit = text.slice(0, size);
    if (unit.repeat(text.length / size) === text) return unit;
  }
  return null;
}

/**
 * True when the (lower-cased) password is a common password or a trivial variant of one:
 * the list's own entry, a repetition of a common one or of a short unit, a common one
 * followed by up to 4 digits or symbols ("superman2026!"), or an alphabet or digit run.
 */
export function isCommonOrVariant(lowercased: string, isCommon: CommonPasswordCheck): boolean {
  if (isCommon(lowercased) || isRun(lowercased)) return true;
  const unit = repeatedUnit(lowercased);
  if (unit && (unit.length <= 4 || isCommon(unit) || isRun(unit))) return true;
  const base = lowercased.replace(/[^\p{L}]{1,4}$/u, "");
  if (base !== lowercased && base.length >= 4 && (isCommon(base) || isRun(base))) return true;
  return false;
}

/** The first problem with a new password, or null when it may be used. */
export function passwordProblem(
  password: string,
  context: PasswordContext = {},
  isCommon?: CommonPasswordCheck,
): PasswordProblem | null {
  if (!password) return "passwordRequired";
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  const folded = fold(password);
  if (personalWords(context).some((word) => folded.includes(word))) return "passwordPersonal";
  if (isCommon && isCommonOrVariant(password.toLowerCase(), isCommon)) return "passwordCommon";
  return null;
}

const passwordText = z.string({ error: "passwordRequired" }).max(4096, { error: "passwordTooLong" });

export interface NewPasswordOptions {
  /** The account the password is for (its e-mail and name may not appear in it). */
  context?: PasswordContext;
  /** The common-password check; only the server has the list (lib/auth/common-passwords.ts). */
  isCommon?: CommonPasswordCheck;
}

/**
 * The one schema for choosing a password, used by every form that sets one (the account's
 * own change and the forced change after a reset) and by the command-line tool: the new
 * password and its repetition. `withCurrent` adds the current password (checked against the
 * stored hash by the command, not here).
 */
export function newPasswordSchema(options: NewPasswordOptions & { withCurrent?: boolean } = {}) {
  const fields = {
    newPassword: passwordText,
    confirmPassword: z.string({ error: "confirmRequired" }),
    ...(options.withCurrent
      ? {
          currentPassword: z
            .string({ error: "currentRequired" })
            .min(1, { error: "currentRequired" })
            .max(1024, { error: "currentWrong" }),
        }
      : {}),
  };
  return z.object(fields).superRefine((value, ctx) => {
    const problem = passwordProblem(value.newPassword, options.context, options.isCommon);
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: problem });
    } else if (!value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "confirmRequired" });
    } else if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "passwordMismatch" });
    }
  });
}

export type NewPasswordInput = { newPassword: string; confirmPassword: string; currentPassword?: string };
