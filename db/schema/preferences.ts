import { sql } from "drizzle-orm";
import { check, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * How a user likes a list: the columns they chose to hide, per list ("networks", "seats"…).
 * One row per user and list, read with the list's page (a primary-key lookup).
 */
export const listPreferences = pgTable(
  "list_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    listKey: text("list_key").notNull(),
    hiddenColumns: text("hidden_columns")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.listKey] }),
    check("list_preferences_key_format", sql`${t.listKey} ~ '^[a-z][a-z0-9-]{0,39}$'`),
    check("list_preferences_hidden_count", sql`cardinality(${t.hiddenColumns}) <= 40`),
  ],
);
