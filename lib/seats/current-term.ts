import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, seatTerms } from "@/db/schema";
import type { TermStatus } from "@/db/schema/values";
import { daysBetween } from "../dates";
import { ENDING_SOON_DAYS } from "./ending";

// A seat's current term (the active one, else the latest started) as the lists, the record
// page and the export join it, and how soon it ends.

/** Days left and the ending-soon flag of a current term, judged on Buenos Aires' calendar. */
export function termUrgency(
  term: { status: TermStatus | null; endsOn: string | null },
  today: string,
): { daysLeft: number | null; endingSoon: boolean } {
  if (term.status !== "active" || !term.endsOn) return { daysLeft: null, endingSoon: false };
  const daysLeft = daysBetween(today, term.endsOn);
  return { daysLeft, endingSoon: daysLeft <= ENDING_SOON_DAYS };
}

/** The columns of a seat's term with its holder, as currentTerm(s) and activeTerm expose them. */
const termFields = () => ({
  seatId: sql<string>`${seatTerms.seatId}`.as("term_seat_id"),
  termId: sql<string>`${seatTerms.id}`.as("term_id"),
  holderName: sql<string>`${people.fullName}`.as("holder_name"),
  holderDepartmentId: sql<string | null>`${people.departmentId}`.as("holder_department_id"),
  startsOn: sql<string>`${seatTerms.startsOn}`.as("term_starts_on"),
  endsOn: sql<string | null>`${seatTerms.endsOn}`.as("term_ends_on"),
  status: sql<TermStatus>`${seatTerms.status}`.as("term_status"),
});

/**
 * The current term of each seat, joined laterally (one indexed lookup per seat, no N+1):
 * the active term, else the one that starts latest.
 */
export function currentTerm(db: Db) {
  return db
    .select(termFields())
    .from(seatTerms)
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .where(sql`${seatTerms.seatId} = "seats"."id"`)
    .orderBy(sql`(${seatTerms.status} = 'active') desc`, desc(seatTerms.startsOn), desc(seatTerms.id))
    .limit(1)
    .as("cur");
}

export type Current = ReturnType<typeof currentTerm>;

/**
 * The active terms with their holders, as a plain (not lateral) subquery of the same shape as
 * currentTerm: a seat has at most one active term, and when it has one that term is its
 * current term. Lists that only show seats held now (the default of /cargos, "ending soon")
 * join it on the seat instead of evaluating currentTerm once per seat, so the planner can
 * walk seat_terms_status_end_idx or the seats' title index and stop after one page.
 */
export function activeTerm(db: Db): Current {
  return db
    .select(termFields())
    .from(seatTerms)
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .where(eq(seatTerms.status, "active"))
    .as("cur") as unknown as Current;
}

/**
 * Every seat's current term at once (the active one, else the latest started), as a plain
 * subquery of the same shape as currentTerm, joined on the seat: one pass over seat_terms
 * (DISTINCT ON) instead of one subquery per seat. For whole lists over every status; a few
 * seats (one network's) are cheaper with currentTerm.
 */
export function currentTerms(db: Db): Current {
  return db
    .selectDistinctOn([seatTerms.seatId], termFields())
    .from(seatTerms)
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .orderBy(
      seatTerms.seatId,
      sql`(${seatTerms.status} = 'active') desc`,
      desc(seatTerms.startsOn),
      desc(seatTerms.id),
    )
    .as("cur") as unknown as Current;
}
