import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, trigramKey, versioned } from "./columns";
import {
  attendanceStatus,
  commitmentStatus,
  delegationRole,
  meetingKind,
  meetingMode,
  meetingStatus,
} from "./enums";
import { bodies, networks } from "./networks";
import { departments, people } from "./organization";

/** A dated occurrence of a forum. Instants are stored in UTC with the meeting's own IANA zone beside them. */
export const meetings = pgTable(
  "meetings",
  {
    id: id(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    bodyId: uuid("body_id").references(() => bodies.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    kind: meetingKind("kind").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    timeZone: text("time_zone").notNull().default("America/Argentina/Buenos_Aires"),
    mode: meetingMode("mode").notNull().default("in_person"),
    city: text("city"),
    country: text("country"),
    venue: text("venue"),
    onlineUrl: text("online_url"),
    status: meetingStatus("status").notNull().default("tentative"),
    /** Minutes / summary as sanitised HTML (see lib/meetings). */
    minutes: text("minutes"),
    /** iCalendar SEQUENCE: bumped whenever a subscriber-visible field changes. */
    icalSequence: integer("ical_sequence").notNull().default(0),
    /** True when generated from the body's cadence and not yet confirmed by a coordinator. */
    fromCadence: boolean("from_cadence").notNull().default(false),
    ...versioned,
  },
  (t) => [
    index("meetings_starts_idx").on(t.startsAt),
    index("meetings_network_starts_idx").on(t.networkId, t.startsAt),
    index("meetings_body_starts_idx").on(t.bodyId, t.startsAt),
    index("meetings_status_starts_idx").on(t.status, t.startsAt),
    index("meetings_kind_starts_idx").on(t.kind, t.startsAt),
    // The panel's "Reuniones por cerrar" (lib/panel/to-close.ts, the same predicate word for
    // word, so the planner can use it): a few meetings of tens of thousands held long ago.
    index("meetings_to_close_idx")
      .on(t.startsAt)
      .where(
        sql`${t.status} in ('tentative', 'confirmed') or (${t.status} = 'held' and coalesce(btrim(${t.minutes}), '') = '')`,
      ),
    check("meetings_end_after_start", sql`${t.endsAt} >= ${t.startsAt}`),
  ],
);

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: id(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    durationMinutes: integer("duration_minutes"),
    presenter: text("presenter"),
    notes: text("notes"),
    ...versioned,
  },
  (t) => [
    index("agenda_items_meeting_idx").on(t.meetingId, t.position),
    check("agenda_items_duration_positive", sql`${t.durationMinutes} IS NULL OR ${t.durationMinutes} > 0`),
  ],
);

/** A person in the city's delegation to a meeting, with role and attendance. */
export const delegationMembers = pgTable(
  "delegation_members",
  {
    id: id(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    role: delegationRole("role").notNull().default("delegate"),
    attendance: attendanceStatus("attendance").notNull().default("invited"),
    notes: text("notes"),
    ...versioned,
  },
  (t) => [
    uniqueIndex("delegation_members_meeting_person_uq").on(t.meetingId, t.personId),
    index("delegation_members_person_idx").on(t.personId, t.meetingId),
  ],
);

export const decisions = pgTable(
  "decisions",
  {
    id: id(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    ...versioned,
  },
  (t) => [index("decisions_meeting_idx").on(t.meetingId, t.position)],
);

/** A follow-up action from a meeting or a network, owned by a person. */
export const commitments = pgTable(
  "commitments",
  {
    id: id(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    bodyId: uuid("body_id").references(() => bodies.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    ownerPersonId: uuid("owner_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    departmentId: uuid("department_id").references(() => departments.id, { onDelete: "set null" }),
    dueOn: date("due_on"),
    status: commitmentStatus("status").notNull().default("open"),
    completedOn: date("completed_on"),
    notes: text("notes"),
    ...versioned,
  },
  (t) => [
    // "Overdue first": open work sorted by due date.
    index("commitments_status_due_idx").on(t.status, t.dueOn),
    index("commitments_owner_idx").on(t.ownerPersonId, t.dueOn),
    index("commitments_department_idx").on(t.departmentId, t.dueOn),
    index("commitments_network_idx").on(t.networkId, t.dueOn),
    index("commitments_meeting_idx").on(t.meetingId),
    index("commitments_body_idx").on(t.bodyId),
    // /compromisos sorted by due date or by title.
    index("commitments_due_idx").on(t.dueOn),
    // (with the id: the list's tie-breaker, so repeated titles need no sort)
    index("commitments_title_idx").on(sql`lower(${t.title})`, t.id),
    // /compromisos' search: LIKE '%…%' on the title, case and accents aside (trigrams, pg_trgm,
    // on searchKey, columns.ts: the expression lib/search/like.ts compares).
    index("commitments_title_trgm_idx").using("gin", trigramKey(t.title)),
    // /compromisos' default order, most urgent first (lib/commitments/queries.ts closedRank).
    index("commitments_urgency_idx").on(
      sql`(${t.status} not in ('open', 'in_progress'))`,
      t.dueOn,
      sql`lower(${t.title})`,
      t.id,
    ),
    // A completion date exactly when the commitment is done.
    check("commitments_done_has_date", sql`(${t.status} = 'done') = (${t.completedOn} IS NOT NULL)`),
  ],
);
