import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "../secret";

/**
 * TOTP secrets are stored encrypted (AES-256-GCM): a copy of the database alone does not give
 * anyone the codes. The key is derived from AUTH_SECRET with HKDF, under its own label, so it is
 * never the key that signs the session tokens. Rotating AUTH_SECRET makes the stored secrets
 * unreadable: every account then enrols again (docs/operations.md).
 */

const VERSION = "v1";
const INFO = "redes/totp-secret/v1";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), Buffer.alloc(0), INFO, 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts; the user id is bound as associated data. */
export function sealSecret(secret: Uint8Array, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The secret, or null when it cannot be read (another AUTH_SECRET, another user's row, tampering). */
export function openSecret(sealed: string, userId: string): Uint8Array | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return new Uint8Array(Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]));
  } catch {
    return null;
  }
}
