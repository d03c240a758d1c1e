import { sql } from "drizzle-orm";
import { check, index, text, uniqueIndex, uuid, type AnyPgColumn, pgTable } from "drizzle-orm/pg-core";
import { id, trigramKey, versioned } from "./columns";

/** The city's own list of thematic areas (desarrollo económico local, cultura, …). */
export const thematicAreas = pgTable(
  "thematic_areas",
  {
    id: id(),
    name: text("name").notNull(),
    ...versioned,
  },
  (t) => [uniqueIndex("thematic_areas_name_uq").on(sql`lower(${t.name})`)],
);

/** A unit of the city government: ministry, secretariat, agency, directorate. */
export const departments = pgTable(
  "departments",
  {
    id: id(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    parentId: uuid("parent_id").references((): AnyPgColumn => departments.id, { onDelete: "set null" }),
    ...versioned,
  },
  (t) => [
    uniqueIndex("departments_name_uq").on(sql`lower(${t.name})`),
    index("departments_parent_idx").on(t.parentId),
    // /areas sorted by short name.
    index("departments_short_name_idx").on(sql`lower(${t.shortName})`),
    check("departments_not_own_parent", sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
  ],
);

/** Anyone the area tracks: authorities holding seats, area staff, technical staff. */
export const people = pgTable(
  "people",
  {
    id: id(),
    fullName: text("full_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    position: text("position"),
    departmentId: uuid("department_id").references(() => departments.id, { onDelete: "set null" }),
    notes: text("notes"),
    ...versioned,
  },
  (t) => [
    uniqueIndex("people_email_uq").on(sql`lower(${t.email})`),
    index("people_name_idx").on(sql`lower(${t.fullName})`),
    index("people_department_idx").on(t.departmentId),
    // /personas sorted by position.
    index("people_position_idx").on(sql`lower(${t.position})`),
    // /personas' search and the person pickers: LIKE '%…%' on name, e-mail or position, case
    // and accents aside (trigrams, pg_trgm, on searchKey of columns.ts, which lib/search/like.ts
    // compares).
    index("people_name_trgm_idx").using("gin", trigramKey(t.fullName)),
    index("people_email_trgm_idx").using("gin", trigramKey(t.email)),
    index("people_position_trgm_idx").using("gin", trigramKey(t.position)),
  ],
);
