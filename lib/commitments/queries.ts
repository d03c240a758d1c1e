import "server-only";
import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { bodies, commitments, departments, meetings, networks, people } from "@/db/schema";
import type { CommitmentStatus } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { nullsLast } from "../order";
import { todayInBuenosAires } from "../dates";
import { instantToZoned } from "../dates";
import { isUuid } from "../validation/fields";
import type { CommitmentListParams } from "./list-params";
import { fromCommitments } from "./joins";
import { networkChoices } from "../networks/references";
import { containsTextInAny } from "../search/like";
import { daysLeft, isOverdue, PENDING_STATUSES } from "./urgency";

export { PENDING_STATUSES, daysLeft, isOverdue } from "./urgency";
export { commitmentFormValues, getCommitment, meetingForCommitment } from "./record";
import { countRows, pagedQuery } from "../paged-query";

export interface OpenCommitment {
  id: string;
  title: string;
  owner: string;
  department: string | null;
  dueOn: string | null;
  status: CommitmentStatus;
  overdue: boolean;
  daysLeft: number | null;
}

/** How many pending commitments a network's page lists; the rest are in /compromisos?network=. */
export const NETWORK_COMMITMENTS_SHOWN = 10;

/**
 * A network's commitments still to do, overdue first, then by due date (undated last): the
 * first `limit` of them and how many there are — a busy network has hundreds.
 */
export async function networkOpenCommitments(
  ctx: Ctx,
  networkId: string,
  today = todayInBuenosAires(),
  limit = NETWORK_COMMITMENTS_SHOWN,
): Promise<{ items: OpenCommitment[]; total: number; overdue: number }> {
  assertCan(ctx.actor, "commitment.read");
  const rows = await ctx.db
    .select({
      id: commitments.id,
      title: commitments.title,
      owner: people.fullName,
      department: sql<string | null>`coalesce(${departments.shortName}, ${departments.name})`,
      dueOn: commitments.dueOn,
      status: commitments.status,
      total: sql<number>`count(*) over ()`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${commitments.dueOn} < ${today}) over ()`.mapWith(Number),
    })
    .from(commitments)
    .innerJoin(people, eq(people.id, commitments.ownerPersonId))
    .leftJoin(departments, eq(departments.id, commitments.departmentId))
    .where(and(eq(commitments.networkId, networkId), inArray(commitments.status, [...PENDING_STATUSES])))
    .orderBy(nullsLast(commitments.dueOn, "asc"), asc(commitments.title), asc(commitments.id))
    .limit(limit);
  return {
    total: rows[0]?.total ?? 0,
    overdue: rows[0]?.overdue ?? 0,
    items: rows.map(({ total: _total, overdue: _overdue, ...r }) => ({
      ...r,
      overdue: isOverdue(r.status, r.dueOn, today),
      daysLeft: daysLeft(r.status, r.dueOn, today),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// /compromisos

export interface CommitmentRow {
  id: string;
  title: string;
  status: CommitmentStatus;
  dueOn: string | null;
  completedOn: string | null;
  network: { id: string; name: string };
  meeting: { id: string; title: string } | null;
  owner: { id: string; name: string };
  /** The department's short name when it has one. */
  department: string | null;
  overdue: boolean;
  daysLeft: number | null;
}

export interface CommitmentList {
  rows: CommitmentRow[];
  total: number;
}

const pending = () => inArray(commitments.status, [...PENDING_STATUSES]);

/** 0 = overdue, 1 = still to do, 2 = closed (done or dropped). */
export const urgencyRank = (today: string) =>
  sql`case when ${commitments.status} in ('open', 'in_progress') and ${commitments.dueOn} < ${today} then 0
           when ${commitments.status} in ('open', 'in_progress') then 1 else 2 end`;

/**
 * False for pending work (open, in progress), true for closed: the first key of "most urgent
 * first" in ascending order. Pending work sorted by due date (undated last) already puts the
 * overdue first — an earlier date is more overdue — so `closed, due_on NULLS LAST` is the
 * ascending urgency order without depending on today, and commitments_urgency_idx serves it.
 */
export const closedRank = () => sql`(${commitments.status} not in ('open', 'in_progress'))`;

/** /compromisos' filters as SQL (also used by the export, lib/export). */
export function listFilters(params: CommitmentListParams, today: string): SQL | undefined {
  const filters: (SQL | undefined)[] = [
    params.network ? eq(commitments.networkId, params.network) : undefined,
    params.owner ? eq(commitments.ownerPersonId, params.owner) : undefined,
    params.department ? eq(commitments.departmentId, params.department) : undefined,
  ];
  if (params.status === "pending") filters.push(pending());
  else if (params.status) filters.push(eq(commitments.status, params.status));
  if (params.overdue) filters.push(pending(), lt(commitments.dueOn, today));
  if (params.q) filters.push(containsTextInAny(params.q, commitments.title));
  return and(...filters);
}

function orderFor(params: CommitmentListParams, today: string): SQL[] {
  const direction = (column: SQL | typeof commitments.dueOn) =>
    params.dir === "desc" ? desc(column) : asc(column);
  // Undated last in both directions.
  const byDue = (dir: typeof asc) => [nullsLast(commitments.dueOn, dir === desc ? "desc" : "asc")];
  // Ties: the most urgent first, then title and id, so that pages are stable.
  const ties = [
    asc(urgencyRank(today)),
    ...byDue(asc),
    asc(sql`lower(${commitments.title})`),
    asc(commitments.id),
  ];
  switch (params.sort) {
    case "urgency":
      // Ascending (the default): see closedRank. Descending keeps the rank, because there
      // undated pending work sorts between the overdue and the rest.
      if (params.dir === "asc") return [asc(closedRank()), ...byDue(asc), ...ties.slice(2)];
      return [direction(urgencyRank(today)), ...byDue(desc), ...ties.slice(2)];
    case "due":
      return [...byDue(params.dir === "desc" ? desc : asc), ...ties.slice(2)];
    case "title":
      return [direction(sql`lower(${commitments.title})`), asc(commitments.id)];
    case "owner":
      return [direction(sql`lower(${people.fullName})`), ...ties];
    case "network":
      return [direction(sql`lower(${networks.name})`), ...ties];
    case "status":
      return [direction(sql`${commitments.status}`), ...ties];
  }
}

/**
 * One page of /compromisos and the total behind it, filtered and sorted in SQL; by default
 * overdue work first, then by due date (undated last), closed commitments at the end.
 */
export async function listCommitments(
  ctx: Ctx,
  params: CommitmentListParams,
  today: string = todayInBuenosAires(),
): Promise<CommitmentList> {
  assertCan(ctx.actor, "commitment.read");
  const where = listFilters(params, today);
  const page = await pagedQuery(ctx.db, params, {
    rows: (tx) =>
      fromCommitments(tx, {
        id: commitments.id,
        title: commitments.title,
        status: commitments.status,
        dueOn: commitments.dueOn,
        completedOn: commitments.completedOn,
        networkId: networks.id,
        networkName: networks.name,
        meetingId: meetings.id,
        meetingTitle: meetings.title,
        ownerId: people.id,
        ownerName: people.fullName,
        department: sql<string | null>`coalesce(${departments.shortName}, ${departments.name})`,
      })
        .where(where)
        .orderBy(...orderFor(params, today)),
    total: (tx) => countRows(tx, commitments, where),
  });
  return {
    ...page,
    rows: page.rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      dueOn: r.dueOn,
      completedOn: r.completedOn,
      network: { id: r.networkId, name: r.networkName },
      meeting: r.meetingId && r.meetingTitle ? { id: r.meetingId, title: r.meetingTitle } : null,
      owner: { id: r.ownerId, name: r.ownerName },
      department: r.department,
      overdue: isOverdue(r.status, r.dueOn, today),
      daysLeft: daysLeft(r.status, r.dueOn, today),
    })),
  };
}

/** The bodies and meetings of one network, for the commitment form's pickers. */
export interface CommitmentNetworkOptions {
  bodies: { id: string; name: string }[];
  /** startsOn: the meeting's date on its own clock, to tell meetings of the same name apart. */
  meetings: { id: string; title: string; bodyId: string | null; startsOn: string }[];
}

export interface CommitmentFormOptions extends CommitmentNetworkOptions {
  networks: { id: string; name: string }[];
  departments: { id: string; name: string }[];
}

/**
 * Pickers of the commitment form: networks not archived (plus the record's), departments, and
 * the bodies and meetings of the record's network only — the form asks for another network's
 * when the network changes (commitmentNetworkOptions through /api/compromisos/opciones). Every
 * meeting of the city would be tens of thousands of options. The owner is a searched field.
 */
export async function commitmentFormOptions(
  ctx: Ctx,
  keep: { networkId?: string; bodyId?: string } = {},
): Promise<CommitmentFormOptions> {
  assertCan(ctx.actor, "commitment.read");
  const networkId = keep.networkId && isUuid(keep.networkId) ? keep.networkId : null;
  const [networkRows, departmentRows, networkOptions] = await Promise.all([
    networkChoices(ctx.db, networkId),
    ctx.db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .orderBy(asc(sql`lower(${departments.name})`)),
    networkId
      ? commitmentNetworkOptions(ctx, networkId, keep.bodyId)
      : Promise.resolve({ bodies: [], meetings: [] }),
  ]);
  return { networks: networkRows, departments: departmentRows, ...networkOptions };
}

/**
 * The bodies (not archived, plus `keepBodyId`, the edited record's) and every meeting of one
 * network, newest first. A network holds a few bodies and some tens of meetings a year;
 * both reads walk an index on the network (bodies_network_idx, meetings_network_starts_idx).
 */
export async function commitmentNetworkOptions(
  ctx: Ctx,
  networkId: string,
  keepBodyId?: string,
): Promise<CommitmentNetworkOptions> {
  assertCan(ctx.actor, "commitment.read");
  if (!isUuid(networkId)) return { bodies: [], meetings: [] };
  const keepBody = keepBodyId && isUuid(keepBodyId) ? eq(bodies.id, keepBodyId) : undefined;
  const [bodyRows, meetingRows] = await Promise.all([
    ctx.db
      .select({ id: bodies.id, name: bodies.name })
      .from(bodies)
      .where(and(eq(bodies.networkId, networkId), or(isNull(bodies.archivedAt), keepBody)))
      .orderBy(asc(sql`lower(${bodies.name})`)),
    ctx.db
      .select({
        id: meetings.id,
        title: meetings.title,
        bodyId: meetings.bodyId,
        startsAt: meetings.startsAt,
        timeZone: meetings.timeZone,
      })
      .from(meetings)
      .where(eq(meetings.networkId, networkId))
      .orderBy(desc(meetings.startsAt)),
  ]);
  return {
    bodies: bodyRows,
    meetings: meetingRows.map((m) => ({
      id: m.id,
      title: m.title,
      bodyId: m.bodyId,
      startsOn: instantToZoned(m.startsAt, m.timeZone).date,
    })),
  };
}

/**
 * How many commitments of the list as filtered are overdue (pending, due before today), for
 * the line atop /compromisos: the same filters as the list (network, owner, department,
 * status, search), so the figure counts what "ver solo esos" shows.
 */
export async function countOverdueCommitments(
  ctx: Ctx,
  params: CommitmentListParams,
  today: string = todayInBuenosAires(),
): Promise<number> {
  assertCan(ctx.actor, "commitment.read");
  const [row] = await countRows(ctx.db, commitments, listFilters({ ...params, overdue: true }, today));
  return Number(row?.total ?? 0);
}
