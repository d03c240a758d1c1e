import { createHash, randomBytes } from "node:crypto";

// A subscription link carries a bearer token: whoever has the link reads the calendar. Only its
// SHA-256 hash is stored, so the database (or a backup) never holds a usable link; a lookup by
// hash goes through a unique index. 32 random bytes make guessing hopeless, so a plain hash
// (no salt, no slow KDF) is enough.

/** A new token: 32 random bytes, base64url (43 characters). */
export const generateFeedToken = (): string => randomBytes(32).toString("base64url");

/** The stored form of a token (hex SHA-256). */
export const hashFeedToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** True for something shaped like a token we issued (checked before any database lookup). */
export const isFeedTokenShape = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
