import "server-only";
import {
  and,
  asc,
  count,
  eq,
  exists,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import { bodies, delegationMembers, meetings, networks, networkThematicAreas, people } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { addDays, startOfDayInBuenosAires } from "../dates";
import { DISPLAY_TIME_ZONE } from "../i18n/config";
import { listThematicAreas } from "../thematic-areas/queries";
import { AGENDA_PAGE_SIZE, type CalendarFilters } from "./list-params";
import { dayInBuenosAires, monthRange } from "./month";
import { pagedQuery } from "../paged-query";
import { fromMeetings, meetingSummaryFields } from "../meetings/joins";
import type { MeetingSummary } from "../meetings/queries";

/** A meeting as the calendar shows it, placed on its Buenos Aires day. */
export interface CalendarMeeting extends MeetingSummary {
  network: { id: string; name: string; acronym: string | null };
  /** The Buenos Aires calendar date (yyyy-mm-dd) the meeting starts on. */
  day: string;
}

/** A day of the month grid lists at most this many meetings; the rest are counted. */
export const DAY_MAX_MEETINGS = 3;

/**
 * The filters as SQL over meetings ⋈ networks ⟕ bodies:
 * - area: a meeting's thematic area is its body's when the body has one, else any of its
 *   network's areas (a general network's meeting of its culture unit is not "environment");
 * - mine: meetings whose delegation includes the actor's person (none when the actor has no person);
 * - status: one status, or "scheduled" (tentative or confirmed), or "not_cancelled";
 * - from/to: the meeting starts on one of those Buenos Aires days (both included);
 * - department: someone of that department is in the meeting's delegation (any attendance).
 */
export function calendarFilters(db: Db, actor: Actor, params: CalendarFilters): SQL[] {
  const filters: SQL[] = [];
  if (params.network) filters.push(eq(meetings.networkId, params.network));
  if (params.networkKind) filters.push(eq(networks.kind, params.networkKind));
  if (params.bodyKind) filters.push(eq(bodies.kind, params.bodyKind));
  if (params.status === "scheduled") filters.push(inArray(meetings.status, ["tentative", "confirmed"]));
  else if (params.status === "not_cancelled") filters.push(ne(meetings.status, "cancelled"));
  else if (params.status) filters.push(eq(meetings.status, params.status));
  if (params.from) filters.push(gte(meetings.startsAt, startOfDayInBuenosAires(params.from)));
  if (params.to) filters.push(lt(meetings.startsAt, startOfDayInBuenosAires(addDays(params.to, 1))));
  if (params.department) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(delegationMembers)
          .innerJoin(people, eq(people.id, delegationMembers.personId))
          .where(
            and(eq(delegationMembers.meetingId, meetings.id), eq(people.departmentId, params.department)),
          ),
      ),
    );
  }
  if (params.area) {
    const area = params.area;
    filters.push(
      or(
        eq(bodies.thematicAreaId, area),
        and(
          isNull(bodies.thematicAreaId),
          exists(
            db
              .select({ one: sql`1` })
              .from(networkThematicAreas)
              .where(
                and(
                  eq(networkThematicAreas.networkId, meetings.networkId),
                  eq(networkThematicAreas.thematicAreaId, area),
                ),
              ),
          ),
        ),
      )!,
    );
  }
  if (params.mine) {
    filters.push(
      actor.personId
        ? exists(
            db
              .select({ one: sql`1` })
              .from(delegationMembers)
              .where(
                and(
                  eq(delegationMembers.meetingId, meetings.id),
                  eq(delegationMembers.personId, actor.personId),
                ),
              ),
          )
        : sql`false`,
    );
  }
  return filters;
}

const meetingColumns = {
  ...meetingSummaryFields,
  networkId: networks.id,
  networkName: networks.name,
  networkAcronym: networks.acronym,
};

/** Soonest first; same start by title, then id, so that pages are stable. */
const calendarOrder = [asc(meetings.startsAt), asc(sql`lower(${meetings.title})`), asc(meetings.id)];

type Row = Omit<CalendarMeeting, "network" | "day"> & {
  networkId: string;
  networkName: string;
  networkAcronym: string | null;
};

/** `day`: the Buenos Aires date when the query already computed it. */
function toCalendarMeeting(
  { networkId, networkName, networkAcronym, ...row }: Row,
  day: string = dayInBuenosAires(row.startsAt),
): CalendarMeeting {
  return { ...row, network: { id: networkId, name: networkName, acronym: networkAcronym }, day };
}

export interface CalendarMonth {
  month: string;
  /** The first DAY_MAX_MEETINGS meetings of each day, soonest first. */
  meetings: CalendarMeeting[];
  /** How many meetings each day has (yyyy-mm-dd → count), listed or not. */
  dayTotals: Map<string, number>;
  /** Every meeting of the month that matches the filters. */
  total: number;
}

/**
 * The meetings that start within a month (Buenos Aires days), filtered, in one query: each
 * day's first `perDay` in calendar order, and every day's count. A busy month has hundreds of
 * meetings; the grid shows a few a day, so the rest are ranked and counted in the database
 * instead of being read, mapped and dropped.
 */
export async function calendarMonth(
  ctx: Ctx,
  month: string,
  filters: CalendarFilters,
  perDay: number = DAY_MAX_MEETINGS,
): Promise<CalendarMonth> {
  assertCan(ctx.actor, "meeting.read");
  const { from, to } = monthRange(month);
  const day = sql`(${meetings.startsAt} at time zone ${DISPLAY_TIME_ZONE})::date`;
  // One pass over the month's meetings: the window ranks and counts them with every column
  // the grid needs, and the outer query keeps the first of each day. (Joining the ranked ids
  // back to meetings made PostgreSQL plan for ~500 rows and read the whole table: 15 ms a
  // month instead of 3.)
  const ranked = fromMeetings(ctx.db, {
    ...meetingColumns,
    // Several tables have an "id" and a "name": in a subquery each column needs its own.
    networkId: sql<string>`${networks.id}`.as("ranked_network_id"),
    networkName: sql<string>`${networks.name}`.as("ranked_network_name"),
    networkAcronym: sql<string | null>`${networks.acronym}`.as("ranked_network_acronym"),
    body: sql<string | null>`${bodies.name}`.as("ranked_body"),
    day: sql<string>`${day}::text`.as("ranked_day"),
    rank: sql<number>`row_number() over (partition by ${day} order by ${meetings.startsAt}, lower(${meetings.title}), ${meetings.id})`.as(
      "ranked_rank",
    ),
    dayTotal: sql<number>`count(*) over (partition by ${day})`.as("ranked_day_total"),
  })
    .where(
      and(
        gte(meetings.startsAt, from),
        lt(meetings.startsAt, to),
        ...calendarFilters(ctx.db, ctx.actor, filters),
      ),
    )
    .as("ranked");
  const rows = await ctx.db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, perDay))
    .orderBy(asc(ranked.startsAt), asc(sql`lower(${ranked.title})`), asc(ranked.id));
  const dayTotals = new Map<string, number>();
  for (const row of rows) dayTotals.set(row.day, Number(row.dayTotal));
  return {
    month,
    meetings: rows.map(({ rank: _rank, day, dayTotal: _dayTotal, ...row }) => toCalendarMeeting(row, day)),
    dayTotals,
    total: [...dayTotals.values()].reduce((sum, n) => sum + n, 0),
  };
}

export interface CalendarAgenda {
  /** The first Buenos Aires day the agenda covers (yyyy-mm-dd). */
  from: string;
  meetings: CalendarMeeting[];
  total: number;
}

/**
 * One page of the agenda: the meetings that start on or after a Buenos Aires day, filtered,
 * soonest first, with the total behind them (one transaction).
 */
export async function calendarAgenda(
  ctx: Ctx,
  fromDay: string,
  filters: CalendarFilters,
  page: number,
  size: number = AGENDA_PAGE_SIZE,
): Promise<CalendarAgenda> {
  assertCan(ctx.actor, "meeting.read");
  const where = and(
    gte(meetings.startsAt, startOfDayInBuenosAires(fromDay)),
    ...calendarFilters(ctx.db, ctx.actor, filters),
  );
  const { rows, total } = await pagedQuery(
    ctx.db,
    { page, size },
    {
      rows: (tx) =>
        fromMeetings(tx, meetingColumns)
          .where(where)
          .orderBy(...calendarOrder),
      total: (tx) => fromMeetings(tx, { total: count() }).where(where),
    },
  );
  return { from: fromDay, meetings: rows.map((row) => toCalendarMeeting(row)), total };
}

/**
 * The filter form's listed choices: the thematic areas (a few dozen). Networks and
 * departments are searched fields (hundreds of each): the page reads only the chosen one of
 * each (networkChoice, departmentChoice), the rest come from /api/buscar/*.
 */
export async function calendarFilterOptions(ctx: Ctx) {
  assertCan(ctx.actor, "meeting.read");
  return { areas: await listThematicAreas(ctx) };
}
