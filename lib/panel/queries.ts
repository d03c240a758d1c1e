import "server-only";
import { and, asc, count, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from "drizzle-orm";
import {
  assignments,
  commitments,
  delegationMembers,
  departments,
  meetings,
  networks,
  people,
  seats,
  seatTerms,
  thematicAreas,
} from "@/db/schema";
import {
  COMMITMENT_STATUSES,
  NETWORK_KINDS,
  SEAT_KINDS,
  type CommitmentStatus,
  type NetworkKind,
  type SeatKind,
} from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import { calendarAgenda, type CalendarMeeting } from "../calendar/queries";
import { staleAssignment } from "../assignments/queries";
import { parseCommitmentListParams } from "../commitments/list-params";
import { listCommitments, type CommitmentRow } from "../commitments/queries";
import type { Ctx } from "../context";
import { whileUnchanged } from "../data-version";
import { addDays, startOfDayInBuenosAires } from "../dates";
import { DISPLAY_TIME_ZONE } from "../i18n/config";
import { countNetworksByKind } from "../networks/queries";
import { ENDING_SOON_DAYS } from "../seats/ending";
import { heldOnSql } from "../seats/term-state";
import { parseSeatListParams } from "../seats/list-params";
import { listSeats, type SeatRow } from "../seats/queries";
import { UPCOMING_DAYS } from "./figures";
import { periodInstants } from "./period";
import { assertPanelScope, type PanelView } from "./scope";

// The panel's figures (their meaning: lib/panel/figures.ts). Each function checks the panel
// scope and the read policy of what it counts, and runs a fixed number of queries. The
// figures (not the lists) read whole tables for the city: they are kept while the data is
// unchanged (lib/data-version.ts), per view.

/** What a view's figures depend on besides the data: its department, its period, its day. */
const viewKey = (view: PanelView) =>
  JSON.stringify([view.departmentId, view.period.from, view.period.to, view.today]);

export interface PanelKpis {
  networks: Record<NetworkKind, number>;
  seats: Record<SeatKind, number>;
  meetings: { held: number; upcoming: number; cancelled: number };
  attendance: {
    attended: number;
    absent: number;
    /** attended ÷ (attended + absent); null when nobody's attendance was recorded. */
    rate: number | null;
    /** The held meetings behind the rate (with a department: those it was in the delegation of). */
    meetings: number;
  };
  commitments: { pending: number; overdue: number };
  staff: { people: number; stale: number };
}

const zero = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const n = (value: unknown) => Number(value ?? 0);

/** The department condition on a people row, when the view has one. */
const ofDepartment = (view: Pick<PanelView, "departmentId">): SQL | undefined =>
  view.departmentId ? eq(people.departmentId, view.departmentId) : undefined;

/**
 * With a department: meetings with someone of it in the delegation (any attendance), as the
 * calendar's department filter reads them (lib/calendar/queries.ts), so a card and its link agree.
 */
const withDepartment = (view: Pick<PanelView, "departmentId">): SQL | undefined =>
  view.departmentId
    ? sql`exists (select 1 from ${delegationMembers} dm join ${people} p on p.id = dm.person_id where dm.meeting_id = ${meetings.id} and p.department_id = ${view.departmentId})`
    : undefined;

export async function panelKpis(ctx: Ctx, view: PanelView): Promise<PanelKpis> {
  assertPanelScope(ctx.actor, view);
  assertCan(ctx.actor, "network.read");
  assertCan(ctx.actor, "meeting.read");
  assertCan(ctx.actor, "commitment.read");
  assertCan(ctx.actor, "assignment.read");
  const { from, to } = periodInstants(view.period);
  const upcomingFrom = view.today > view.period.from ? view.today : view.period.from;

  return whileUnchanged(ctx.db, `panel.kpis:${viewKey(view)}`, () =>
    ctx.db.transaction(async (tx) => {
      const networkTotals = await countNetworksByKind({ ...ctx, db: tx });

      const seatRows = await tx
        .select({ kind: seats.kind, total: count() })
        .from(seats)
        .innerJoin(seatTerms, and(eq(seatTerms.seatId, seats.id), heldOnSql(seatTerms, view.today)))
        .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
        .where(and(isNull(seats.archivedAt), ofDepartment(view)))
        .groupBy(seats.kind);
      const seatTotals = zero(SEAT_KINDS);
      for (const row of seatRows) seatTotals[row.kind] = n(row.total);

      // From the start of today (Buenos Aires); past the period's end nothing is upcoming.
      const upcomingStart = upcomingFrom > view.period.to ? to : startOfDayInBuenosAires(upcomingFrom);
      const [meetingRow] = await tx
        .select({
          held: sql<number>`count(*) filter (where ${meetings.status} = 'held')`.mapWith(Number),
          cancelled: sql<number>`count(*) filter (where ${meetings.status} = 'cancelled')`.mapWith(Number),
          upcoming:
            sql<number>`count(*) filter (where ${meetings.status} in ('tentative', 'confirmed') and ${meetings.startsAt} >= ${upcomingStart.toISOString()}::timestamptz)`.mapWith(
              Number,
            ),
        })
        .from(meetings)
        .where(and(gte(meetings.startsAt, from), lt(meetings.startsAt, to), withDepartment(view)));

      const [attendanceRow] = await tx
        .select({
          attended: sql<number>`count(*) filter (where ${delegationMembers.attendance} = 'attended')`.mapWith(
            Number,
          ),
          absent: sql<number>`count(*) filter (where ${delegationMembers.attendance} = 'absent')`.mapWith(
            Number,
          ),
          meetings: sql<number>`count(distinct ${meetings.id})`.mapWith(Number),
        })
        .from(delegationMembers)
        .innerJoin(meetings, eq(meetings.id, delegationMembers.meetingId))
        .innerJoin(people, eq(people.id, delegationMembers.personId))
        .where(
          and(
            eq(meetings.status, "held"),
            gte(meetings.startsAt, from),
            lt(meetings.startsAt, to),
            ofDepartment(view),
          ),
        );

      const [commitmentRow] = await tx
        .select({
          pending:
            sql<number>`count(*) filter (where ${commitments.status} in ('open', 'in_progress'))`.mapWith(
              Number,
            ),
          overdue:
            sql<number>`count(*) filter (where ${commitments.status} in ('open', 'in_progress') and ${commitments.dueOn} < ${view.today})`.mapWith(
              Number,
            ),
        })
        .from(commitments)
        .where(view.departmentId ? eq(commitments.departmentId, view.departmentId) : undefined);

      const [staffRow] = await tx
        .select({
          people: sql<number>`count(distinct ${assignments.personId})`.mapWith(Number),
          stale: sql<number>`count(*) filter (where ${staleAssignment})`.mapWith(Number),
        })
        .from(assignments)
        .innerJoin(people, eq(people.id, assignments.personId))
        .where(and(eq(assignments.status, "active"), ofDepartment(view)));

      const attended = attendanceRow?.attended ?? 0;
      const absent = attendanceRow?.absent ?? 0;
      const held = meetingRow?.held ?? 0;
      return {
        networks: networkTotals,
        seats: seatTotals,
        meetings: { held, upcoming: meetingRow?.upcoming ?? 0, cancelled: meetingRow?.cancelled ?? 0 },
        attendance: {
          attended,
          absent,
          rate: attended + absent > 0 ? attended / (attended + absent) : null,
          meetings: view.departmentId ? (attendanceRow?.meetings ?? 0) : held,
        },
        commitments: { pending: commitmentRow?.pending ?? 0, overdue: commitmentRow?.overdue ?? 0 },
        staff: { people: staffRow?.people ?? 0, stale: staffRow?.stale ?? 0 },
      };
    }),
  );
}

export interface PanelLists {
  upcoming: { meetings: CalendarMeeting[]; total: number };
  ending: { seats: SeatRow[]; total: number };
  overdue: { commitments: CommitmentRow[]; total: number };
}

/** How many rows each list of the panel shows (the total links to the whole list). */
export const PANEL_LIST_ROWS = 10;

/**
 * The panel's three lists, read through the very list queries they link to (the calendar
 * agenda, /cargos, /compromisos), so a list's total is the one the link opens.
 */
export async function panelLists(ctx: Ctx, view: PanelView): Promise<PanelLists> {
  assertPanelScope(ctx.actor, view);
  const department = view.departmentId ?? undefined;
  const [agenda, ending, overdue] = await Promise.all([
    calendarAgenda(
      ctx,
      view.today,
      { status: "scheduled", from: view.today, to: addDays(view.today, UPCOMING_DAYS), mine: false },
      1,
      PANEL_LIST_ROWS,
    ),
    listSeats(
      ctx,
      parseSeatListParams({ ending: String(ENDING_SOON_DAYS), department, size: String(PANEL_LIST_ROWS) }),
      view.today,
    ),
    listCommitments(
      ctx,
      parseCommitmentListParams({ overdue: "1", department, size: String(PANEL_LIST_ROWS) }),
      view.today,
    ),
  ]);
  return {
    upcoming: { meetings: agenda.meetings, total: agenda.total },
    ending: { seats: ending.rows, total: ending.total },
    overdue: { commitments: overdue.rows, total: overdue.total },
  };
}

export interface DepartmentParticipation {
  department: { id: string; name: string; shortName: string | null };
  /** Held meetings of the period with someone of the department in the delegation. */
  meetings: number;
  /** Active technical assignments of the department's people. */
  assignments: number;
}

export interface PanelCharts {
  /** Meetings (not cancelled) starting in each month of the period, by network kind. */
  meetingsByMonth: { month: string; counts: Record<NetworkKind, number> }[];
  /** Departments that took part, most active first (the chosen one always included). */
  participation: DepartmentParticipation[];
  commitmentsByStatus: Record<CommitmentStatus, number>;
}

/** The participation chart shows at most this many departments. */
export const PARTICIPATION_MAX = 12;

export async function panelCharts(ctx: Ctx, view: PanelView): Promise<PanelCharts> {
  assertPanelScope(ctx.actor, view);
  assertCan(ctx.actor, "meeting.read");
  assertCan(ctx.actor, "commitment.read");
  assertCan(ctx.actor, "assignment.read");
  const { from, to } = periodInstants(view.period);
  return whileUnchanged(ctx.db, `panel.charts:${viewKey(view)}`, () =>
    ctx.db.transaction(async (tx) => {
      const month = sql<string>`to_char(${meetings.startsAt} at time zone ${sql.raw(`'${DISPLAY_TIME_ZONE}'`)}, 'YYYY-MM')`;
      const monthRows = await tx
        .select({ month, kind: networks.kind, total: count() })
        .from(meetings)
        .innerJoin(networks, eq(networks.id, meetings.networkId))
        .where(and(gte(meetings.startsAt, from), lt(meetings.startsAt, to), ne(meetings.status, "cancelled")))
        .groupBy(month, networks.kind);
      const byMonth = new Map(view.period.months.map((m) => [m, zero(NETWORK_KINDS)]));
      for (const row of monthRows) {
        const counts = byMonth.get(row.month);
        if (counts) counts[row.kind] = n(row.total);
      }

      const meetingRows = await tx
        .select({
          departmentId: people.departmentId,
          total: sql<number>`count(distinct ${meetings.id})`.mapWith(Number),
        })
        .from(delegationMembers)
        .innerJoin(meetings, eq(meetings.id, delegationMembers.meetingId))
        .innerJoin(people, eq(people.id, delegationMembers.personId))
        .where(and(eq(meetings.status, "held"), gte(meetings.startsAt, from), lt(meetings.startsAt, to)))
        .groupBy(people.departmentId);
      const assignmentRows = await tx
        .select({ departmentId: people.departmentId, total: count() })
        .from(assignments)
        .innerJoin(people, eq(people.id, assignments.personId))
        .where(eq(assignments.status, "active"))
        .groupBy(people.departmentId);
      const totals = new Map<string, { meetings: number; assignments: number }>();
      const entry = (id: string) => {
        const found = totals.get(id) ?? { meetings: 0, assignments: 0 };
        totals.set(id, found);
        return found;
      };
      for (const row of meetingRows) if (row.departmentId) entry(row.departmentId).meetings = n(row.total);
      for (const row of assignmentRows)
        if (row.departmentId) entry(row.departmentId).assignments = n(row.total);
      if (view.departmentId) entry(view.departmentId);
      const ids = [...totals.keys()];
      const names = ids.length
        ? await tx
            .select({ id: departments.id, name: departments.name, shortName: departments.shortName })
            .from(departments)
            .where(inArray(departments.id, ids))
        : [];
      const participation = names
        .map((d) => ({ department: d, ...totals.get(d.id)! }))
        .sort(
          (a, b) =>
            b.meetings + b.assignments - (a.meetings + a.assignments) ||
            a.department.name.localeCompare(b.department.name, "es"),
        );
      const top = participation.slice(0, PARTICIPATION_MAX);
      const chosen = participation.find((p) => p.department.id === view.departmentId);
      if (chosen && !top.includes(chosen)) top.push(chosen);

      const statusRows = await tx
        .select({ status: commitments.status, total: count() })
        .from(commitments)
        .where(view.departmentId ? eq(commitments.departmentId, view.departmentId) : undefined)
        .groupBy(commitments.status);
      const commitmentsByStatus = zero(COMMITMENT_STATUSES);
      for (const row of statusRows) commitmentsByStatus[row.status] = n(row.total);

      return {
        meetingsByMonth: [...byMonth].map(([m, counts]) => ({ month: m, counts })),
        participation: top,
        commitmentsByStatus,
      };
    }),
  );
}

export interface PanelCoverage {
  /** Every thematic area of the city's list. */
  areas: number;
  /** Areas with no active assignment on the area itself or on a body of that area (of D's people, with D). */
  uncovered: { id: string; name: string }[];
}

export async function panelCoverage(ctx: Ctx, view: PanelView): Promise<PanelCoverage> {
  assertPanelScope(ctx.actor, view);
  assertCan(ctx.actor, "assignment.read");
  const department = view.departmentId
    ? sql`and exists (select 1 from people p where p.id = a.person_id and p.department_id = ${view.departmentId})`
    : sql``;
  return whileUnchanged(ctx.db, `panel.coverage:${viewKey(view)}`, () =>
    ctx.db.transaction(async (tx) => {
      const [all] = await tx.select({ total: count() }).from(thematicAreas);
      const uncovered = await tx
        .select({ id: thematicAreas.id, name: thematicAreas.name })
        .from(thematicAreas)
        .where(
          sql`not exists (
          select 1 from assignments a left join bodies b on b.id = a.body_id
          where a.status = 'active'
            and coalesce(a.thematic_area_id, b.thematic_area_id) = ${thematicAreas.id}
            ${department})`,
        )
        .orderBy(asc(thematicAreas.name));
      return { areas: n(all?.total), uncovered };
    }),
  );
}
