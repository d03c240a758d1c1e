import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { id, versioned } from "./columns";
import { bodyKind, membershipStatus, networkKind, seatKind, termStatus } from "./enums";
import { people, thematicAreas } from "./organization";

/** A network of cities and the city's membership in it. */
export const networks = pgTable(
  "networks",
  {
    id: id(),
    name: text("name").notNull(),
    acronym: text("acronym"),
    kind: networkKind("kind").notNull(),
    scope: text("scope"),
    description: text("description"),
    website: text("website"),
    headquarters: text("headquarters"),
    foundedYear: smallint("founded_year"),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    membershipStatus: membershipStatus("membership_status").notNull().default("member"),
    memberSince: date("member_since"),
    leftOn: date("left_on"),
    annualFee: numeric("annual_fee", { precision: 14, scale: 2 }),
    feeCurrency: text("fee_currency"),
    membershipNotes: text("membership_notes"),
    focalPersonId: uuid("focal_person_id").references(() => people.id, { onDelete: "set null" }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    ...versioned,
  },
  (t) => [
    uniqueIndex("networks_name_uq").on(sql`lower(${t.name})`),
    // List filters and sorts of the directory (/redes); archived rows leave the default list.
    index("networks_kind_name_idx").on(t.kind, sql`lower(${t.name})`),
    index("networks_membership_name_idx").on(t.membershipStatus, sql`lower(${t.name})`),
    index("networks_acronym_idx").on(sql`lower(${t.acronym})`),
    index("networks_founded_idx").on(t.foundedYear),
    index("networks_member_since_idx").on(t.memberSince),
    index("networks_focal_person_idx").on(t.focalPersonId),
    index("networks_active_name_idx")
      .on(sql`lower(${t.name})`)
      .where(sql`${t.archivedAt} IS NULL`),
    check(
      "networks_founded_year_range",
      sql`${t.foundedYear} IS NULL OR ${t.foundedYear} BETWEEN 1800 AND 2200`,
    ),
    check(
      "networks_left_after_since",
      sql`${t.leftOn} IS NULL OR ${t.memberSince} IS NULL OR ${t.leftOn} >= ${t.memberSince}`,
    ),
    check("networks_fee_not_negative", sql`${t.annualFee} IS NULL OR ${t.annualFee} >= 0`),
    check("networks_fee_currency", sql`${t.feeCurrency} IS NULL OR ${t.feeCurrency} ~ '^[A-Z]{3}$'`),
    check("networks_fee_has_currency", sql`${t.annualFee} IS NULL OR ${t.feeCurrency} IS NOT NULL`),
  ],
);

export const networkThematicAreas = pgTable(
  "network_thematic_areas",
  {
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    thematicAreaId: uuid("thematic_area_id")
      .notNull()
      .references(() => thematicAreas.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.thematicAreaId] }),
    index("network_thematic_areas_area_idx").on(t.thematicAreaId, t.networkId),
  ],
);

/** A forum or organ inside a network; bodies form a tree (assembly → council → committees). */
export const bodies = pgTable(
  "bodies",
  {
    id: id(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => bodies.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    kind: bodyKind("kind").notNull(),
    thematicAreaId: uuid("thematic_area_id").references(() => thematicAreas.id, { onDelete: "set null" }),
    /** Months between ordinary meetings (12 = yearly); null when irregular. */
    cadenceMonths: smallint("cadence_months"),
    /** Free-text cadence as the network states it ("2-3 veces por año"). */
    cadenceNote: text("cadence_note"),
    usualMonth: smallint("usual_month"),
    description: text("description"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    ...versioned,
  },
  (t) => [
    index("bodies_network_idx").on(t.networkId, t.name),
    index("bodies_parent_idx").on(t.parentId),
    index("bodies_area_idx").on(t.thematicAreaId),
    index("bodies_kind_idx").on(t.kind),
    check("bodies_not_own_parent", sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
    check("bodies_cadence_range", sql`${t.cadenceMonths} IS NULL OR ${t.cadenceMonths} BETWEEN 1 AND 120`),
    check("bodies_usual_month_range", sql`${t.usualMonth} IS NULL OR ${t.usualMonth} BETWEEN 1 AND 12`),
  ],
);

/** A role the city holds, held, or runs for in a network or one of its bodies. */
export const seats = pgTable(
  "seats",
  {
    id: id(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    bodyId: uuid("body_id").references(() => bodies.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    kind: seatKind("kind").notNull(),
    renewal: text("renewal"),
    notes: text("notes"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    ...versioned,
  },
  (t) => [
    index("seats_network_idx").on(t.networkId),
    index("seats_body_idx").on(t.bodyId),
    index("seats_kind_idx").on(t.kind),
    // /cargos sorted by title (the default list leaves archived seats out).
    index("seats_active_title_idx")
      .on(sql`lower(${t.title})`)
      .where(sql`${t.archivedAt} IS NULL`),
  ],
);

/** One holder's term in a seat; a seat keeps its history across holders and terms. */
export const seatTerms = pgTable(
  "seat_terms",
  {
    id: id(),
    seatId: uuid("seat_id")
      .notNull()
      .references(() => seats.id, { onDelete: "cascade" }),
    holderPersonId: uuid("holder_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    status: termStatus("status").notNull(),
    notes: text("notes"),
    ...versioned,
  },
  (t) => [
    index("seat_terms_seat_idx").on(t.seatId, t.startsOn),
    index("seat_terms_holder_idx").on(t.holderPersonId),
    // "Seats held today" per person and per department (/areas, /personas counts and filters):
    // held terms (not candidacies) of a person, whose dates say whether they run today.
    index("seat_terms_held_holder_idx")
      .on(t.holderPersonId, t.startsOn, t.endsOn)
      .where(sql`${t.status} <> 'candidate'`),
    // "Terms ending" lists: renewal (stored active) terms sorted by end date.
    index("seat_terms_status_end_idx").on(t.status, t.endsOn),
    // /cargos' default view: the terms current today (lib/seats/term-state.ts) by end date.
    index("seat_terms_held_end_idx")
      .on(t.endsOn, t.startsOn)
      .where(sql`${t.status} <> 'candidate'`),
    // A seat has at most one active term at a time.
    uniqueIndex("seat_terms_one_active_uq")
      .on(t.seatId)
      .where(sql`${t.status} = 'active'`),
    check("seat_terms_end_after_start", sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
  ],
);
