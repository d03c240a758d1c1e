import { sql } from "drizzle-orm";
import {
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
import { id, versioned } from "./columns";
import { appRole, feedScope } from "./enums";
import { networks } from "./networks";
import { departments, people } from "./organization";

/** A login identity. The password hash never leaves lib/auth (DTOs omit it). */
export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    role: appRole("role").notNull().default("viewer"),
    departmentId: uuid("department_id").references(() => departments.id, { onDelete: "set null" }),
    personId: uuid("person_id").references(() => people.id, { onDelete: "set null" }),
    active: boolean("active").notNull().default(true),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** When a temporary password (set by an administrator's reset) stops working; null = never. */
    passwordExpiresAt: timestamp("password_expires_at", { withTimezone: true }),
    failedLoginCount: integer("failed_login_count").notNull().default(0),
    lastFailedLoginAt: timestamp("last_failed_login_at", { withTimezone: true }),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    oidcIssuer: text("oidc_issuer"),
    oidcSubject: text("oidc_subject"),
    locale: text("locale"),
    ...versioned,
  },
  (t) => [
    uniqueIndex("users_email_uq").on(sql`lower(${t.email})`),
    uniqueIndex("users_person_uq").on(t.personId),
    uniqueIndex("users_oidc_uq").on(t.oidcIssuer, t.oidcSubject),
    index("users_role_idx").on(t.role),
    index("users_department_idx").on(t.departmentId),
    // The user administration list: sort by name and last sign-in, filter by active.
    index("users_name_idx").on(sql`lower(${t.name})`),
    index("users_last_login_idx").on(t.lastLoginAt),
    index("users_active_idx").on(t.active),
    check("users_failed_count_not_negative", sql`${t.failedLoginCount} >= 0`),
  ],
);

/**
 * Sign-in throttling buckets (per account and per client address), kept in the database so
 * that several app instances share them.
 */
export const loginThrottles = pgTable("login_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
  /** When the current block began (null while not blocked): its summary is audited when it ends. */
  blockedAt: timestamp("blocked_at", { withTimezone: true }),
  /** Attempts refused during the current block: counted, not each audited. */
  refused: integer("refused").notNull().default(0),
});

/** Private iCalendar subscription links. Only a hash of the token is stored. */
export const calendarFeedTokens = pgTable(
  "calendar_feed_tokens",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    scope: feedScope("scope").notNull().default("all"),
    networkId: uuid("network_id").references(() => networks.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("calendar_feed_tokens_hash_uq").on(t.tokenHash),
    index("calendar_feed_tokens_user_idx").on(t.userId),
    index("calendar_feed_tokens_network_idx").on(t.networkId),
  ],
);
