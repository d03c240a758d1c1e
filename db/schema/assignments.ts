import { sql } from "drizzle-orm";
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, versioned } from "./columns";
import { assignmentRole, assignmentStatus, participationKind } from "./enums";
import { bodies, networks } from "./networks";
import { people, thematicAreas } from "./organization";
import { users } from "./users";

/** A person assigned to a network's working group / thematic unit or to a thematic area of it. */
export const assignments = pgTable(
  "assignments",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    bodyId: uuid("body_id").references(() => bodies.id, { onDelete: "set null" }),
    thematicAreaId: uuid("thematic_area_id").references(() => thematicAreas.id, { onDelete: "set null" }),
    role: assignmentRole("role").notNull().default("member"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    status: assignmentStatus("status").notNull().default("active"),
    dedication: text("dedication"),
    notes: text("notes"),
    /** Stamped by each participation update; drives "not updated in 90 days". */
    lastUpdatedAt: timestamp("last_updated_at", { withTimezone: true }),
    ...versioned,
  },
  (t) => [
    index("assignments_person_idx").on(t.personId, t.status),
    index("assignments_network_idx").on(t.networkId, t.status),
    index("assignments_body_idx").on(t.bodyId, t.status),
    index("assignments_area_idx").on(t.thematicAreaId, t.status),
    index("assignments_status_updated_idx").on(t.status, t.lastUpdatedAt),
    // /asignaciones: filter by role, sort by start or by last update.
    index("assignments_role_idx").on(t.role, t.status),
    index("assignments_starts_idx").on(t.startsOn),
    index("assignments_updated_idx").on(t.lastUpdatedAt),
    // A body has at most one active focal point.
    uniqueIndex("assignments_one_focal_point_uq")
      .on(t.bodyId)
      .where(sql`${t.role} = 'focal_point' AND ${t.status} = 'active' AND ${t.bodyId} IS NOT NULL`),
    // …and a network's thematic area (without a body) too.
    uniqueIndex("assignments_one_area_focal_point_uq")
      .on(t.networkId, t.thematicAreaId)
      .where(sql`${t.role} = 'focal_point' AND ${t.status} = 'active' AND ${t.bodyId} IS NULL`),
    check("assignments_end_after_start", sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
    check("assignments_has_target", sql`${t.bodyId} IS NOT NULL OR ${t.thematicAreaId} IS NOT NULL`),
  ],
);

/** The log a technical specialist writes about their participation. Append-only. */
export const participationUpdates = pgTable(
  "participation_updates",
  {
    id: id(),
    assignmentId: uuid("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    occurredOn: date("occurred_on").notNull(),
    kind: participationKind("kind").notNull(),
    text: text("text").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("participation_updates_assignment_idx").on(t.assignmentId, t.occurredOn),
    index("participation_updates_author_idx").on(t.authorUserId),
  ],
);
