import { sql, type SQL } from "drizzle-orm";
import type { TermStatus } from "@/db/schema/values";

// What a term is on a given day. The stored status says only what kind of term it is: a
// candidacy, or a term that holds the seat ("active" marks the seat's latest one, the term a
// renewal follows; "ended" the earlier ones). Whether a held term is current, still to come or
// over is a matter of its dates against today in Buenos Aires (lib/dates), so a term recorded
// ahead of time is "Próximo" until its first day and the one it follows stays current until its
// last. termState is that rule for rows already read; termStateSql and heldOnSql the same rule
// in SQL for the lists that filter or order by it (tests/unit/term-state.test.ts and the seats
// integration tests check that both agree).

export const TERM_STATES = ["current", "upcoming", "ended", "candidate"] as const;
export type TermState = (typeof TERM_STATES)[number];

/** A term's state on `today` (yyyy-mm-dd, Buenos Aires): current from its first day through its last. */
export function termState(
  term: { status: TermStatus; startsOn: string; endsOn: string | null },
  today: string,
): TermState {
  if (term.status === "candidate") return "candidate";
  if (today < term.startsOn) return "upcoming";
  if (term.endsOn !== null && today > term.endsOn) return "ended";
  return "current";
}

/** The columns of a term that its state depends on, as SQL expressions. */
export interface TermColumns {
  status: SQL | SQL.Aliased | { getSQL(): SQL };
  startsOn: SQL | SQL.Aliased | { getSQL(): SQL };
  endsOn: SQL | SQL.Aliased | { getSQL(): SQL };
}

/** termState in SQL: 'current' | 'upcoming' | 'ended' | 'candidate' (null when the term is). */
export function termStateSql(t: TermColumns, today: string): SQL<TermState | null> {
  return sql<TermState | null>`case when ${t.status} = 'candidate' then 'candidate' when ${t.startsOn} > ${today}::date then 'upcoming' when ${t.endsOn} < ${today}::date then 'ended' when ${t.status} is not null then 'current' end`;
}

/** A held term (not a candidacy) that is current on `today`: termState(...) === "current". */
export function heldOnSql(t: TermColumns, today: string): SQL {
  return sql`(${t.status} <> 'candidate' and ${t.startsOn} <= ${today}::date and (${t.endsOn} is null or ${t.endsOn} >= ${today}::date))`;
}

/** heldOnSql for a seat_terms alias of hand-written SQL (`st` in correlated counts). */
export function heldOnAliasSql(alias: string, today: string): SQL {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  return heldOnSql({ status: col("status"), startsOn: col("starts_on"), endsOn: col("ends_on") }, today);
}
