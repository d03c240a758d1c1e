import { randomInt } from "node:crypto";
import { hashPassword, verifyPassword } from "../password";

/**
 * Recovery codes: ten one-time codes of ten characters (50 bits each) from an alphabet without
 * look-alikes (no 0/o, 1/l/i), shown as "xxxxx-xxxxx". Only their argon2id hashes are stored:
 * 50 bits is too little for a fast hash (ASVS 6.5.2), so each is hashed like a password.
 */

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
const LENGTH = 10;

export function newRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a user typed, as stored: lower case, without spaces or dashes. */
export function normalizeRecoveryCode(raw: string): string {
  return raw.toLowerCase().replace(/[\s-]/g, "");
}

export const looksLikeRecoveryCode = (raw: string): boolean =>
  new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(normalizeRecoveryCode(raw));

export const hashRecoveryCode = (code: string) => hashPassword(normalizeRecoveryCode(code));

export const recoveryCodeMatches = (hash: string, raw: string) =>
  verifyPassword(hash, normalizeRecoveryCode(raw));
