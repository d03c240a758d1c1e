import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, seatTerms } from "@/db/schema";
import type { TermStatus } from "@/db/schema/values";
import { daysBetween } from "../dates";
import { ENDING_SOON_DAYS } from "./ending";
import { heldOnSql, termStateSql } from "./term-state";

// A seat's current term as the lists, the record page and the export join it, and how soon it
// ends. "Current" is judged on dates (lib/seats/term-state.ts), never on the stored status.

/**
 * Days left and the ending-soon flag of the term a renewal follows: the seat's latest held term
 * (stored "active"), judged on Buenos Aires' calendar. A term whose successor is already
 * recorded needs no renewal and carries no flag.
 */
export function termUrgency(
  term: { termStatus: TermStatus | null; endsOn: string | null },
  today: string,
): { daysLeft: number | null; endingSoon: boolean } {
  if (term.termStatus !== "active" || !term.endsOn) return { daysLeft: null, endingSoon: false };
  const daysLeft = daysBetween(today, term.endsOn);
  return { daysLeft, endingSoon: daysLeft <= ENDING_SOON_DAYS };
}

/** The columns of a seat's term with its holder, as currentTerm(s) and heldTerm expose them. */
const termFields = (today: string) => ({
  seatId: sql<string>`${seatTerms.seatId}`.as("term_seat_id"),
  termId: sql<string>`${seatTerms.id}`.as("term_id"),
  holderName: sql<string>`${people.fullName}`.as("holder_name"),
  holderDepartmentId: sql<string | null>`${people.departmentId}`.as("holder_department_id"),
  startsOn: sql<string>`${seatTerms.startsOn}`.as("term_starts_on"),
  endsOn: sql<string | null>`${seatTerms.endsOn}`.as("term_ends_on"),
  /** The stored status: what kind of term (see term-state.ts), not whether it runs today. */
  termStatus: sql<TermStatus>`${seatTerms.status}`.as("term_status"),
  state: termStateSql(seatTerms, today).as("term_state"),
});

/**
 * Which term a seat shows: the one current today, else the next one to start, else the one
 * that starts latest (an ended term or a candidacy).
 */
const shownFirst = (today: string) => {
  const upcoming = sql`(${seatTerms.status} <> 'candidate' and ${seatTerms.startsOn} > ${today}::date)`;
  return [
    sql`case when ${heldOnSql(seatTerms, today)} then 0 when ${upcoming} then 1 else 2 end`,
    // Among terms to come, the first to start (null for the others: last, ascending).
    sql`case when ${upcoming} then ${seatTerms.startsOn} end`,
    desc(seatTerms.startsOn),
    desc(seatTerms.id),
  ];
};

/** The current term of each seat, joined laterally (one indexed lookup per seat, no N+1). */
export function currentTerm(db: Db, today: string) {
  return db
    .select(termFields(today))
    .from(seatTerms)
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .where(sql`${seatTerms.seatId} = "seats"."id"`)
    .orderBy(...shownFirst(today))
    .limit(1)
    .as("cur");
}

export type Current = ReturnType<typeof currentTerm>;

/**
 * The terms current today with their holders, as a plain (not lateral) subquery of the same
 * shape as currentTerm: held terms of one seat never overlap, so a seat has at most one, and
 * when it has one that term is its current term. Lists that only show seats held now (the
 * default of /cargos) join it on the seat instead of evaluating currentTerm once per seat, so
 * the planner can walk seat_terms_held_end_idx or the seats' title index and stop after a page.
 */
export function heldTerm(db: Db, today: string): Current {
  return db
    .select(termFields(today))
    .from(seatTerms)
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .where(heldOnSql(seatTerms, today))
    .as("cur") as unknown as Current;
}

/**
 * The term each seat's renewal follows (its latest held term, stored "active"), for the "ending
 * soon" views: a term ending within the window, or already past its end with no successor.
 */
export function renewalTerm(db: Db, today: string): Current {
  return db
    .select(termFields(today))
    .from(seatTerms)
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .where(eq(seatTerms.status, "active"))
    .as("cur") as unknown as Current;
}

/**
 * Every seat's current term at once, as a plain subquery of the same shape as currentTerm,
 * joined on the seat: one pass over seat_terms (DISTINCT ON) instead of one subquery per seat.
 * For whole lists over every status; a few seats (one network's) are cheaper with currentTerm.
 */
export function currentTerms(db: Db, today: string): Current {
  return db
    .selectDistinctOn([seatTerms.seatId], termFields(today))
    .from(seatTerms)
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .orderBy(seatTerms.seatId, ...shownFirst(today))
    .as("cur") as unknown as Current;
}
