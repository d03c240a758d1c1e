import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/**
 * TOTP (RFC 6238) as every authenticator app reads it: HMAC-SHA1, 6 digits, 30-second steps.
 * A code is accepted one step either side of now (clock drift), and each step at most once
 * (the caller stores the last step used and refuses it and older ones: replay).
 */

export const TOTP_ISSUER = "Redes";
export const TOTP_PERIOD = 30;
const DIGITS = 6;
const WINDOW = 1;

/** A new random secret: 20 bytes, the size of an HMAC-SHA1 key (RFC 4226). */
export const newTotpSecret = (): Uint8Array => new Uint8Array(randomBytes(20));

const totp = (secret: Uint8Array, label: string) =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: TOTP_PERIOD,
    secret: new Secret({ buffer: secret.slice().buffer }),
  });

/** The otpauth:// URI the QR code carries (issuer "Redes", label = the account's e-mail). */
export const totpUri = (secret: Uint8Array, email: string): string => totp(secret, email).toString();

/** The key for typing it in by hand: base32, in groups of four. */
export const manualEntryKey = (secret: Uint8Array): string =>
  (new Secret({ buffer: secret.slice().buffer }).base32.match(/.{1,4}/g) ?? []).join(" ");

/** What a user typed, reduced to its digits (spaces and dashes are common when copying). */
export const normalizeTotpCode = (raw: string): string => raw.replace(/[\s-]/g, "");

export const looksLikeTotpCode = (raw: string): boolean => /^\d{6}$/.test(normalizeTotpCode(raw));

/**
 * The time step the code belongs to (within one step of `now`), or null when it matches none.
 * Comparing the step with the last one used is the caller's part.
 */
export function totpStep(secret: Uint8Array, code: string, now: Date): number | null {
  const token = normalizeTotpCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret, "").validate({ token, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD) + delta;
}
