import "server-only";
import { and, asc, count, eq, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { bodies, networks, seats, seatTerms } from "@/db/schema";
import type { SeatKind, TermStatus } from "@/db/schema/values";
import { heldOnSql, type TermState } from "./term-state";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { notNullOrder, nullsLast } from "../order";
import { isUuid } from "../validation/fields";
import { addDays, todayInBuenosAires } from "../dates";
import { ENDING_SOON_DAYS } from "./ending";
import type { SeatListParams } from "./list-params";
import { containsTextInAny } from "../search/like";
import { pagedQuery } from "../paged-query";
import { currentTerm, currentTerms, heldTerm, renewalTerm, termUrgency, type Current } from "./current-term";

export { termUrgency, type Current } from "./current-term";
export {
  getSeat,
  getTerm,
  seatFormOptions,
  type SeatDetail,
  type SeatFormOptions,
  type SeatTerm,
  type TermDetail,
} from "./record";

/** A seat with its current term (see currentTerm), as lists show it. */
export interface SeatRow {
  id: string;
  title: string;
  kind: SeatKind;
  network: { id: string; name: string };
  body: string | null;
  archived: boolean;
  /** The current term's holder; null when the seat has no term at all (vacant). */
  holder: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** The shown term's state today (lib/seats/term-state.ts); null = vacant (no term recorded). */
  status: TermState | null;
  /** Days from today (Buenos Aires) to the end of the term a renewal follows; negative once past; null otherwise. */
  daysLeft: number | null;
  /** That term ends within 90 days (or its end has passed and no successor is recorded). */
  endingSoon: boolean;
}

export interface SeatList {
  rows: SeatRow[];
  total: number;
}

/**
 * The terms a /cargos view joins: the renewal terms for "ending soon", the terms current today
 * for the default view (both inner joins: every listed seat has one), else every seat's
 * current term (a left join: vacant seats too).
 */
export function listedTerms(
  db: Ctx["db"],
  params: Pick<SeatListParams, "status" | "ending">,
  today: string,
): { cur: Current; inner: boolean } {
  if (params.ending) return { cur: renewalTerm(db, today), inner: true };
  if (params.status === "active") return { cur: heldTerm(db, today), inner: true };
  return { cur: currentTerms(db, today), inner: false };
}

function rowFields(cur: Current) {
  return {
    id: seats.id,
    title: seats.title,
    kind: seats.kind,
    networkId: networks.id,
    networkName: networks.name,
    body: bodies.name,
    archivedAt: seats.archivedAt,
    holder: cur.holderName,
    startsOn: cur.startsOn,
    endsOn: cur.endsOn,
    termStatus: cur.termStatus,
    state: cur.state,
  };
}

type RawRow = {
  id: string;
  title: string;
  kind: SeatKind;
  networkId: string;
  networkName: string;
  body: string | null;
  archivedAt: Date | null;
  holder: string | null;
  startsOn: string | null;
  endsOn: string | null;
  termStatus: TermStatus | null;
  state: TermState | null;
};

function toRow(raw: RawRow, today: string): SeatRow {
  return {
    id: raw.id,
    title: raw.title,
    kind: raw.kind,
    network: { id: raw.networkId, name: raw.networkName },
    body: raw.body,
    archived: raw.archivedAt !== null,
    holder: raw.holder,
    startsOn: raw.startsOn,
    endsOn: raw.endsOn,
    status: raw.state,
    ...termUrgency(raw, today),
  };
}

/** A held term's end date (current or to come): the order of "who must be renewed first". */
const heldEnd = (cur: Current) =>
  sql`case when ${cur.state} in ('current', 'upcoming') then ${cur.endsOn} end`;

/** Seats held today first (the tie-break after the chosen sort). */
export const heldFirst = (cur: Current) => sql`(${cur.state} = 'current') IS NOT TRUE`;

export function sortColumns(cur: Current, inner = false) {
  return {
    // Among held or renewal terms only, the end is the end itself (and an index serves it).
    end: inner ? sql`${cur.endsOn}` : heldEnd(cur),
    title: sql`lower(${seats.title})`,
    network: sql`lower(${networks.name})`,
    holder: sql`lower(${cur.holderName})`,
  } satisfies Record<SeatListParams["sort"], SQL>;
}

/** A /cargos status other than "active" and "all", on the shown term's state today. */
function stateFilter(cur: Current, status: Exclude<SeatListParams["status"], "active" | "all">): SQL {
  return status === "vacant" ? isNull(cur.termId) : sql`${cur.state} = ${status}`;
}

/** /cargos' filters as SQL (also used by the export, lib/export). */
export function listFilters(cur: Current, params: SeatListParams, today: string): SQL | undefined {
  const filters: (SQL | undefined)[] = [
    params.archived ? isNotNull(seats.archivedAt) : isNull(seats.archivedAt),
    params.kind ? eq(seats.kind, params.kind) : undefined,
    params.network ? eq(seats.networkId, params.network) : undefined,
    // The holder of the current term belongs to the department (people_department_idx).
    params.department ? eq(cur.holderDepartmentId, params.department) : undefined,
  ];
  if (params.ending) {
    // Renewal terms (see renewalTerm) ending within the window, and those already past their
    // end with no successor recorded: both need someone to act. The default status adds
    // nothing here; another one narrows them by their state today.
    filters.push(lte(cur.endsOn, addDays(today, params.ending)));
    if (params.status !== "active" && params.status !== "all") filters.push(stateFilter(cur, params.status));
  } else if (params.status !== "active" && params.status !== "all") {
    // "active" is the held-terms join itself (listedTerms).
    filters.push(stateFilter(cur, params.status));
  }
  if (params.q) {
    filters.push(containsTextInAny(params.q, seats.title, cur.holderName));
  }
  return and(...filters);
}

/**
 * One page of /cargos and the total behind it, filtered and sorted in SQL; by default the
 * seats someone holds now, the term that ends first on top.
 */
export async function listSeats(
  ctx: Ctx,
  params: SeatListParams,
  today: string = todayInBuenosAires(),
): Promise<SeatList> {
  assertCan(ctx.actor, "network.read");
  const { cur, inner } = listedTerms(ctx.db, params, today);
  const where = listFilters(cur, params, today);
  const sortColumn = sortColumns(cur, inner)[params.sort];
  // Nulls last in both directions; among equals, seats held today first (all are when only
  // held terms are listed), then title and id so that pages are stable.
  const orderBy = [
    // A title is never null: plain order, which its index serves in both directions.
    params.sort === "title" ? notNullOrder(sortColumn, params.dir) : nullsLast(sortColumn, params.dir),
    ...(inner ? [] : [heldFirst(cur)]),
    asc(sql`lower(${seats.title})`),
    asc(seats.id),
  ];
  const page = await pagedQuery(ctx.db, params, {
    rows: (tx) => {
      const base = tx
        .select(rowFields(cur))
        .from(seats)
        .innerJoin(networks, eq(networks.id, seats.networkId))
        .leftJoin(bodies, eq(bodies.id, seats.bodyId));
      // Held or renewal terms: an inner join (every listed seat has one); otherwise every seat.
      return (
        inner ? base.innerJoin(cur, eq(cur.seatId, seats.id)) : base.leftJoin(cur, eq(cur.seatId, seats.id))
      )
        .where(where)
        .orderBy(...orderBy);
    },
    total: (tx) => {
      const base = tx.select({ total: count() }).from(seats);
      return (
        inner ? base.innerJoin(cur, eq(cur.seatId, seats.id)) : base.leftJoin(cur, eq(cur.seatId, seats.id))
      ).where(where);
    },
  });
  return { ...page, rows: page.rows.map((r) => toRow(r, today)) };
}

/** How many seats a network's page lists; the rest are in /cargos?network=. */
export const NETWORK_SEATS_SHOWN = 10;

/**
 * The seats of one network (on the network itself or on any of its bodies), not archived,
 * with their current term: held seats first, the one that ends first on top. All of them
 * (the briefing), or the first `limit` and how many there are (the network page).
 */
export async function networkSeats(
  ctx: Ctx,
  networkId: string,
  today: string = todayInBuenosAires(),
): Promise<SeatRow[]> {
  return (await networkSeatsPage(ctx, networkId, today)).rows;
}

export async function networkSeatsPage(
  ctx: Ctx,
  networkId: string,
  today: string = todayInBuenosAires(),
  limit?: number,
): Promise<{ rows: SeatRow[]; total: number }> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(networkId)) return { rows: [], total: 0 };
  const cur = currentTerm(ctx.db, today);
  const query = ctx.db
    .select({ ...rowFields(cur), total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(seats)
    .innerJoin(networks, eq(networks.id, seats.networkId))
    .leftJoin(bodies, eq(bodies.id, seats.bodyId))
    .leftJoinLateral(cur, sql`true`)
    .where(and(eq(seats.networkId, networkId), isNull(seats.archivedAt)))
    .orderBy(
      heldFirst(cur),
      sql`${heldEnd(cur)} IS NULL`,
      asc(heldEnd(cur)),
      asc(sql`lower(${seats.title})`),
      asc(seats.id),
    );
  const rows = limit === undefined ? await query : await query.limit(limit);
  return {
    rows: rows.map(({ total: _total, ...r }) => toRow(r, today)),
    total: rows[0]?.total ?? 0,
  };
}

/**
 * Active terms (of seats not archived) that end within `days` days, and those already past
 * their end that are still marked active — for the summary line on /cargos and the panel.
 */
export async function termsEndingSummary(
  ctx: Ctx,
  days: number = ENDING_SOON_DAYS,
  today: string = todayInBuenosAires(),
): Promise<{ upcoming: number; overdue: number }> {
  assertCan(ctx.actor, "network.read");
  const [row] = await ctx.db
    .select({
      upcoming: sql<number>`count(*) filter (where ${seatTerms.endsOn} >= ${today})`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${seatTerms.endsOn} < ${today})`.mapWith(Number),
    })
    .from(seatTerms)
    .innerJoin(seats, eq(seats.id, seatTerms.seatId))
    .where(
      and(
        eq(seatTerms.status, "active"),
        isNotNull(seatTerms.endsOn),
        lte(seatTerms.endsOn, addDays(today, days)),
        isNull(seats.archivedAt),
      ),
    );
  return { upcoming: row?.upcoming ?? 0, overdue: row?.overdue ?? 0 };
}

/** For the panel: the first `limit` seats whose active term ends within `days` days (or is past its end). */
export async function seatsEndingWithin(
  ctx: Ctx,
  days: number = ENDING_SOON_DAYS,
  limit = 10,
  today: string = todayInBuenosAires(),
): Promise<SeatRow[]> {
  assertCan(ctx.actor, "network.read");
  const cur = renewalTerm(ctx.db, today);
  const rows = await ctx.db
    .select(rowFields(cur))
    .from(seats)
    .innerJoin(networks, eq(networks.id, seats.networkId))
    .leftJoin(bodies, eq(bodies.id, seats.bodyId))
    .innerJoin(cur, eq(cur.seatId, seats.id))
    .where(and(isNull(seats.archivedAt), lte(cur.endsOn, addDays(today, days))))
    .orderBy(asc(cur.endsOn), asc(sql`lower(${seats.title})`), asc(seats.id))
    .limit(limit);
  return rows.map((r) => toRow(r, today));
}

/** For the panel: seats not archived held today, per kind. */
export async function countActiveSeatsByKind(
  ctx: Ctx,
  today: string = todayInBuenosAires(),
): Promise<Record<SeatKind, number>> {
  assertCan(ctx.actor, "network.read");
  const rows = await ctx.db
    .select({ kind: seats.kind, total: count() })
    .from(seats)
    .innerJoin(seatTerms, and(eq(seatTerms.seatId, seats.id), heldOnSql(seatTerms, today)))
    .where(isNull(seats.archivedAt))
    .groupBy(seats.kind);
  const totals: Record<SeatKind, number> = { political: 0, executive: 0, technical: 0 };
  for (const row of rows) totals[row.kind] = Number(row.total);
  return totals;
}
