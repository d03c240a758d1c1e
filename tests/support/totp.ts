import { createHmac } from "node:crypto";

/**
 * RFC 6238 written out for the tests (HMAC-SHA1, 30-second steps, 6 digits) on node:crypto, so
 * that what the app's TOTP library writes is checked by another reader.
 */

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=-]/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The code of a time step (RFC 4226 dynamic truncation). */
export function hotp(secret: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(binary).padStart(6, "0");
}

export const stepAt = (at: Date | number) => Math.floor(new Date(at).getTime() / 1000 / 30);

/** The code an authenticator app shows at `at` for a base32 key (spaces allowed). */
export function totpCode(base32Key: string, at: Date | number = Date.now()): string {
  return hotp(base32Decode(base32Key), stepAt(at));
}

/** The secret of an otpauth:// URI (checking issuer and label on the way). */
export function parseOtpauth(uri: string): { secret: string; issuer: string | null; label: string } {
  const url = new URL(uri);
  if (url.protocol !== "otpauth:" || url.host !== "totp") throw new Error(`not a TOTP URI: ${uri}`);
  return {
    secret: url.searchParams.get("secret") ?? "",
    issuer: url.searchParams.get("issuer"),
    label: decodeURIComponent(url.pathname.slice(1)),
  };
}
