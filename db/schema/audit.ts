import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Who did what to which record, when. Append-only: a trigger (migration 0001) refuses
 * UPDATE and DELETE on every database, so history cannot be rewritten by the app.
 * Actor columns are snapshots (no foreign key) so that events outlive their users.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    entityType: text("entity_type"),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    metadata: jsonb("metadata"),
  },
  (t) => [
    // Keyset pagination by id for the log viewer and per-record history.
    index("audit_events_entity_idx").on(t.entityType, t.entityId, t.id),
    index("audit_events_actor_idx").on(t.actorUserId, t.id),
    index("audit_events_action_idx").on(t.action, t.id),
    index("audit_events_occurred_idx").on(t.occurredAt),
    // A meeting's history includes its agenda items', delegation's and decisions' events.
    index("audit_events_meeting_idx").on(sql`(${t.metadata} ->> 'meetingId')`, t.id),
  ],
);
