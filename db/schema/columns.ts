import { integer, timestamp, uuid } from "drizzle-orm/pg-core";

// Shared column groups. `version` backs optimistic concurrency: every update of an
// editable record is `UPDATE … WHERE id = $1 AND version = $2` and bumps it.
export const id = () => uuid("id").primaryKey().defaultRandom();

export const versioned = {
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};
