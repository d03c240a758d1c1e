import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id } from "./columns";
import { users } from "./users";

/**
 * Sessions as server-side facts. The session token (a signed cookie) carries only this row's
 * id; every request reads the row with its user (one indexed read), so a session ended here —
 * signed out, idle, closed from another device, ended by an administrator, a password change —
 * is refused everywhere, even when a copy of its cookie is still valid.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** How it began: password, single sign-on or a passkey alone. */
    authMethod: text("auth_method").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Moved forward at most once a minute (a write per request would cost every page). */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** When a second factor was last verified in this session; null = not yet. */
    secondFactorAt: timestamp("second_factor_at", { withTimezone: true }),
    /** Wrong second-factor codes given in this session: past a few, the session ends. */
    secondFactorFailures: integer("second_factor_failures").notNull().default(0),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason"),
    /** The client address (from trusted proxies only) and the browser, as the user sees them listed. */
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [
    // Mi cuenta and the administrator list a user's open sessions; ending them all reads the same.
    index("user_sessions_user_open_idx")
      .on(t.userId, t.lastSeenAt)
      .where(sql`${t.endedAt} is null`),
    index("user_sessions_user_idx").on(t.userId, t.createdAt),
    check("user_sessions_auth_method", sql`${t.authMethod} in ('password', 'sso', 'passkey')`),
  ],
);

/**
 * A user's authenticator app (TOTP, RFC 6238). The secret is stored encrypted with a key
 * derived from AUTH_SECRET; `confirmedAt` null = enrolment started but no code entered yet.
 * `lastUsedStep` refuses a code used once from being used again (replay).
 */
export const userTotp = pgTable("user_totp", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretEncrypted: text("secret_encrypted").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
});

/** A user's passkeys (WebAuthn credentials). */
export const userPasskeys = pgTable(
  "user_passkeys",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** base64url credential id, as the browser sends it back. */
    credentialId: text("credential_id").notNull(),
    /** base64url COSE public key. */
    publicKey: text("public_key").notNull(),
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    transports: text("transports").array(),
    deviceType: text("device_type"),
    backedUp: boolean("backed_up").notNull().default(false),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("user_passkeys_credential_uq").on(t.credentialId),
    index("user_passkeys_user_idx").on(t.userId),
  ],
);

/** One-time recovery codes: only their hashes, each usable once. */
export const userRecoveryCodes = pgTable(
  "user_recovery_codes",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("user_recovery_codes_user_idx").on(t.userId)],
);

/**
 * WebAuthn challenges waiting for the browser's answer (registration or sign-in). Kept in the
 * database so that any app process can verify the answer; each is used once and expires.
 */
export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    id: id(),
    /** The user registering a passkey; null for a sign-in with a discoverable passkey. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    challenge: text("challenge").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("webauthn_challenges_expires_idx").on(t.expiresAt),
    index("webauthn_challenges_user_idx").on(t.userId),
    check("webauthn_challenges_purpose", sql`${t.purpose} in ('register', 'authenticate')`),
  ],
);
