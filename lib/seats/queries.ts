import "server-only";
import { and, asc, count, eq, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { bodies, networks, seats, seatTerms } from "@/db/schema";
import type { SeatKind, TermStatus } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { notNullOrder, nullsLast } from "../order";
import { isUuid } from "../validation/fields";
import { addDays, todayInBuenosAires } from "../dates";
import { ENDING_SOON_DAYS } from "./ending";
import type { SeatListParams } from "./list-params";
import { containsTextInAny } from "../search/like";
import { pagedQuery } from "../paged-query";
import { activeTerm, currentTerm, currentTerms, termUrgency, type Current } from "./current-term";

export { activeTerm, currentTerms, termUrgency, type Current } from "./current-term";
export {
  getSeat,
  getTerm,
  seatFormOptions,
  type SeatDetail,
  type SeatFormOptions,
  type TermDetail,
} from "./record";

/** A seat with its current term (the active one, else the latest), as lists show it. */
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
  /** The current term's status; null = vacant (no term recorded). */
  status: TermStatus | null;
  /** Days from today (Buenos Aires) to the active term's end; negative once past; null otherwise. */
  daysLeft: number | null;
  /** The active term ends within 90 days (or its end has passed and nobody closed it). */
  endingSoon: boolean;
}

export interface SeatList {
  rows: SeatRow[];
  total: number;
}

/** Whether a /cargos view shows only seats with an active term (see activeTerm). */
export function onlyActiveTerms(params: Pick<SeatListParams, "status" | "ending">): boolean {
  return params.status === "active" || !!params.ending;
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
    status: cur.status,
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
  status: TermStatus | null;
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
    status: raw.status,
    ...termUrgency(raw, today),
  };
}

/** The active term's end date: the order of "who must be renewed first". */
const activeEnd = (cur: Current) => sql`case when ${cur.status} = 'active' then ${cur.endsOn} end`;

export function sortColumns(cur: Current, onlyActive = false) {
  return {
    // Among active terms only, the active end is the end itself (and seat_terms_status_end_idx serves it).
    end: onlyActive ? sql`${cur.endsOn}` : activeEnd(cur),
    title: sql`lower(${seats.title})`,
    network: sql`lower(${networks.name})`,
    holder: sql`lower(${cur.holderName})`,
  } satisfies Record<SeatListParams["sort"], SQL>;
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
  if (params.status === "vacant") filters.push(isNull(cur.termId));
  else if (params.status !== "all") filters.push(eq(cur.status, params.status));
  if (params.ending) {
    // Active terms ending within the window, and those already past their end that nobody
    // closed: both need someone to act.
    filters.push(eq(cur.status, "active"), lte(cur.endsOn, addDays(today, params.ending)));
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
  const onlyActive = onlyActiveTerms(params);
  const cur = onlyActive ? activeTerm(ctx.db) : currentTerms(ctx.db);
  const where = listFilters(cur, params, today);
  const sortColumn = sortColumns(cur, onlyActive)[params.sort];
  // Nulls last in both directions; among equals, held seats first (an open-ended active term
  // before an ended one; all are held when only active terms are listed), then title and id
  // so that pages are stable.
  const orderBy = [
    // A title is never null: plain order, which its index serves in both directions.
    params.sort === "title" ? notNullOrder(sortColumn, params.dir) : nullsLast(sortColumn, params.dir),
    ...(onlyActive ? [] : [sql`(${cur.status} = 'active') IS NOT TRUE`]),
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
      // Only active terms: an inner join (every listed seat is held); otherwise every seat.
      return (
        onlyActive
          ? base.innerJoin(cur, eq(cur.seatId, seats.id))
          : base.leftJoin(cur, eq(cur.seatId, seats.id))
      )
        .where(where)
        .orderBy(...orderBy);
    },
    total: (tx) => {
      const base = tx.select({ total: count() }).from(seats);
      return (
        onlyActive
          ? base.innerJoin(cur, eq(cur.seatId, seats.id))
          : base.leftJoin(cur, eq(cur.seatId, seats.id))
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
  const cur = currentTerm(ctx.db);
  const query = ctx.db
    .select({ ...rowFields(cur), total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(seats)
    .innerJoin(networks, eq(networks.id, seats.networkId))
    .leftJoin(bodies, eq(bodies.id, seats.bodyId))
    .leftJoinLateral(cur, sql`true`)
    .where(and(eq(seats.networkId, networkId), isNull(seats.archivedAt)))
    .orderBy(
      sql`(${cur.status} = 'active') IS NOT TRUE`,
      sql`${activeEnd(cur)} IS NULL`,
      asc(activeEnd(cur)),
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
  const cur = activeTerm(ctx.db);
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

/** For the panel: seats not archived with an active term, per kind. */
export async function countActiveSeatsByKind(ctx: Ctx): Promise<Record<SeatKind, number>> {
  assertCan(ctx.actor, "network.read");
  const rows = await ctx.db
    .select({ kind: seats.kind, total: count() })
    .from(seats)
    .innerJoin(seatTerms, and(eq(seatTerms.seatId, seats.id), eq(seatTerms.status, "active")))
    .where(isNull(seats.archivedAt))
    .groupBy(seats.kind);
  const totals: Record<SeatKind, number> = { political: 0, executive: 0, technical: 0 };
  for (const row of rows) totals[row.kind] = Number(row.total);
  return totals;
}
