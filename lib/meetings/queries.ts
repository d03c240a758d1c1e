import "server-only";
import { and, asc, desc, eq, gte, isNull, lt, min, or, sql } from "drizzle-orm";
import {
  agendaItems,
  bodies,
  commitments,
  decisions,
  delegationMembers,
  departments,
  meetings,
  networks,
  people,
} from "@/db/schema";
import type {
  AttendanceStatus,
  CommitmentStatus,
  DelegationRole,
  MeetingKind,
  MeetingMode,
  MeetingStatus,
} from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import { dayInBuenosAires } from "../calendar/month";
import type { Ctx } from "../context";
import { instantToZoned } from "../dates";
import { isUuid } from "../validation/fields";
import { minutesHtmlToMarkup, sanitizeMinutes } from "./minutes";

export interface MeetingSummary {
  id: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  mode: MeetingMode;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  city: string | null;
  country: string | null;
  body: string | null;
}

/** A network's next meetings (soonest first) or its past ones (latest first). */
export async function networkMeetings(
  ctx: Ctx,
  networkId: string,
  when: "upcoming" | "past",
  limit = 8,
  now: Date = new Date(),
): Promise<MeetingSummary[]> {
  assertCan(ctx.actor, "meeting.read");
  return ctx.db
    .select({
      id: meetings.id,
      title: meetings.title,
      kind: meetings.kind,
      status: meetings.status,
      mode: meetings.mode,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      timeZone: meetings.timeZone,
      city: meetings.city,
      country: meetings.country,
      body: bodies.name,
    })
    .from(meetings)
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        eq(meetings.networkId, networkId),
        when === "upcoming" ? gte(meetings.endsAt, now) : lt(meetings.endsAt, now),
      ),
    )
    .orderBy(when === "upcoming" ? asc(meetings.startsAt) : desc(meetings.startsAt))
    .limit(limit);
}

/** The network page lists at most this many upcoming and this many past meetings. */
export const NETWORK_MEETINGS_LIMIT = 5;

export interface NetworkMeetingsSection {
  upcoming: MeetingSummary[];
  past: MeetingSummary[];
  /** More upcoming (past) meetings than the ones listed. */
  moreUpcoming: boolean;
  morePast: boolean;
  /** The Buenos Aires day of the network's first meeting (where "all its meetings" start), if any. */
  firstDay: string | null;
}

/**
 * The network page's meetings: the next `limit` and the latest `limit` past ones (each query
 * reads one row more, to know whether there are others), and the day of its first meeting.
 */
export async function networkMeetingsSection(
  ctx: Ctx,
  networkId: string,
  limit: number = NETWORK_MEETINGS_LIMIT,
  now: Date = new Date(),
): Promise<NetworkMeetingsSection> {
  assertCan(ctx.actor, "meeting.read");
  const [upcoming, past, [first]] = await Promise.all([
    networkMeetings(ctx, networkId, "upcoming", limit + 1, now),
    networkMeetings(ctx, networkId, "past", limit + 1, now),
    ctx.db
      .select({ startsAt: min(meetings.startsAt) })
      .from(meetings)
      .where(eq(meetings.networkId, networkId)),
  ]);
  return {
    upcoming: upcoming.slice(0, limit),
    past: past.slice(0, limit),
    moreUpcoming: upcoming.length > limit,
    morePast: past.length > limit,
    firstDay: first?.startsAt ? dayInBuenosAires(new Date(first.startsAt)) : null,
  };
}

export interface MeetingDetail extends MeetingSummary {
  network: { id: string; name: string };
  bodyId: string | null;
  venue: string | null;
  onlineUrl: string | null;
  /** Optimistic version of the meeting row (its own fields and its minutes). */
  version: number;
  minutesHtml: string | null;
  /** The minutes as the editor shows them (see minutes.ts). */
  minutesMarkup: string;
  agenda: {
    id: string;
    position: number;
    title: string;
    durationMinutes: number | null;
    presenter: string | null;
    notes: string | null;
    version: number;
  }[];
  delegation: {
    id: string;
    personId: string;
    person: string;
    department: string | null;
    email: string | null;
    phone: string | null;
    role: DelegationRole;
    attendance: AttendanceStatus;
    notes: string | null;
    version: number;
  }[];
  decisions: { id: string; position: number; text: string; version: number }[];
  commitments: {
    id: string;
    title: string;
    owner: string;
    dueOn: string | null;
    status: CommitmentStatus;
  }[];
}

/** One meeting with its agenda, delegation, minutes (sanitised), decisions and commitments. */
export async function getMeeting(ctx: Ctx, id: string): Promise<MeetingDetail | null> {
  assertCan(ctx.actor, "meeting.read");
  if (!isUuid(id)) return null;
  const [row] = await ctx.db
    .select({ meeting: meetings, networkName: networks.name, bodyName: bodies.name })
    .from(meetings)
    .innerJoin(networks, eq(networks.id, meetings.networkId))
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(meetings.id, id))
    .limit(1);
  if (!row) return null;
  const m = row.meeting;
  const [agenda, delegation, decisionRows, commitmentRows] = await Promise.all([
    ctx.db
      .select({
        id: agendaItems.id,
        position: agendaItems.position,
        title: agendaItems.title,
        durationMinutes: agendaItems.durationMinutes,
        presenter: agendaItems.presenter,
        notes: agendaItems.notes,
        version: agendaItems.version,
      })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, id))
      .orderBy(asc(agendaItems.position)),
    ctx.db
      .select({
        id: delegationMembers.id,
        personId: delegationMembers.personId,
        person: people.fullName,
        department: sql<string | null>`coalesce(${departments.shortName}, ${departments.name})`,
        email: people.email,
        phone: people.phone,
        role: delegationMembers.role,
        attendance: delegationMembers.attendance,
        notes: delegationMembers.notes,
        version: delegationMembers.version,
      })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .where(eq(delegationMembers.meetingId, id))
      .orderBy(
        asc(
          sql`case ${delegationMembers.role} when 'head' then 0 when 'speaker' then 1 when 'delegate' then 2 else 3 end`,
        ),
        asc(people.fullName),
      ),
    ctx.db
      .select({
        id: decisions.id,
        position: decisions.position,
        text: decisions.text,
        version: decisions.version,
      })
      .from(decisions)
      .where(eq(decisions.meetingId, id))
      .orderBy(asc(decisions.position)),
    ctx.db
      .select({
        id: commitments.id,
        title: commitments.title,
        owner: people.fullName,
        dueOn: commitments.dueOn,
        status: commitments.status,
      })
      .from(commitments)
      .innerJoin(people, eq(people.id, commitments.ownerPersonId))
      .where(eq(commitments.meetingId, id))
      .orderBy(asc(sql`${commitments.dueOn} is null`), asc(commitments.dueOn)),
  ]);
  return {
    id: m.id,
    title: m.title,
    kind: m.kind,
    status: m.status,
    mode: m.mode,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    timeZone: m.timeZone,
    city: m.city,
    country: m.country,
    body: row.bodyName,
    bodyId: m.bodyId,
    network: { id: m.networkId, name: row.networkName },
    venue: m.venue,
    onlineUrl: m.onlineUrl,
    version: m.version,
    minutesHtml: m.minutes ? sanitizeMinutes(m.minutes) : null,
    minutesMarkup: minutesHtmlToMarkup(m.minutes),
    agenda,
    delegation,
    decisions: decisionRows,
    commitments: commitmentRows,
  };
}

/** The bodies of one network the meeting form offers. */
export interface MeetingNetworkOptions {
  bodies: { id: string; name: string }[];
}

/**
 * Pickers of the meeting form: networks not archived (plus the meeting's), and the bodies of
 * the meeting's network only — the form asks for another network's when its network changes
 * (meetingNetworkOptions through /api/reuniones/opciones), not for the city's thousands.
 */
export async function meetingFormOptions(
  ctx: Ctx,
  current: { networkId?: string; bodyId?: string } = {},
): Promise<{ networks: { id: string; name: string }[] } & MeetingNetworkOptions> {
  assertCan(ctx.actor, "meeting.read");
  const networkId = current.networkId && isUuid(current.networkId) ? current.networkId : null;
  const [networkRows, networkOptions] = await Promise.all([
    ctx.db
      .select({ id: networks.id, name: networks.name })
      .from(networks)
      .where(
        networkId ? or(isNull(networks.archivedAt), eq(networks.id, networkId)) : isNull(networks.archivedAt),
      )
      .orderBy(asc(sql`lower(${networks.name})`)),
    networkId ? meetingNetworkOptions(ctx, networkId, current.bodyId) : Promise.resolve({ bodies: [] }),
  ]);
  return { networks: networkRows, ...networkOptions };
}

/**
 * The bodies of one network not archived (plus `keepBodyId`, the edited meeting's), by name;
 * the read walks bodies_network_idx.
 */
export async function meetingNetworkOptions(
  ctx: Ctx,
  networkId: string,
  keepBodyId?: string,
): Promise<MeetingNetworkOptions> {
  assertCan(ctx.actor, "meeting.read");
  if (!isUuid(networkId)) return { bodies: [] };
  const keep = keepBodyId && isUuid(keepBodyId) ? eq(bodies.id, keepBodyId) : undefined;
  const rows = await ctx.db
    .select({ id: bodies.id, name: bodies.name })
    .from(bodies)
    .where(and(eq(bodies.networkId, networkId), or(isNull(bodies.archivedAt), keep)))
    .orderBy(asc(sql`lower(${bodies.name})`));
  return { bodies: rows };
}

/** A meeting's editable fields as the form shows them (wall-clock times in its own zone). */
export async function meetingFormValues(ctx: Ctx, id: string) {
  assertCan(ctx.actor, "meeting.read");
  if (!isUuid(id)) return null;
  const [m] = await ctx.db.select().from(meetings).where(eq(meetings.id, id));
  if (!m) return null;
  const start = instantToZoned(m.startsAt, m.timeZone);
  const end = instantToZoned(m.endsAt, m.timeZone);
  return {
    id: m.id,
    version: m.version,
    values: {
      networkId: m.networkId,
      bodyId: m.bodyId ?? "",
      title: m.title,
      kind: m.kind,
      status: m.status,
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
      timeZone: m.timeZone,
      mode: m.mode,
      venue: m.venue ?? "",
      city: m.city ?? "",
      country: m.country ?? "",
      onlineUrl: m.onlineUrl ?? "",
    },
  };
}

/** The current version of a meeting or one of its rows, for the "save anyway" of a conflict. */
export async function currentVersion(
  ctx: Ctx,
  kind: "meeting" | "agenda_item" | "decision" | "delegation_member",
  id: string,
): Promise<number | undefined> {
  assertCan(ctx.actor, "meeting.read");
  if (!isUuid(id)) return undefined;
  const table = {
    meeting: meetings,
    agenda_item: agendaItems,
    decision: decisions,
    delegation_member: delegationMembers,
  }[kind];
  const [row] = await ctx.db.select({ version: table.version }).from(table).where(eq(table.id, id));
  return row?.version;
}
