import "server-only";
import { and, asc, desc, eq, gte, lt, min, sql } from "drizzle-orm";
import {
  agendaItems,
  bodies,
  commitments,
  decisions,
  delegationMembers,
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
import { isUuid } from "../validation/fields";
import { fromCommitments } from "../commitments/joins";
import { firstRow } from "../record-reads";
import { delegationOf, fromMeetings, meetingSummaryFields, memberDepartment } from "./joins";
import { minutesHtmlToMarkup, sanitizeMinutes } from "./minutes";

export {
  meetingFormOptions,
  meetingNetworkOptions,
  meetingFormValues,
  currentVersion,
  type MeetingNetworkOptions,
} from "./form-reads";

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
  return fromMeetings(ctx.db, meetingSummaryFields)
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
  const row = await firstRow(
    fromMeetings(ctx.db, { meeting: meetings, networkName: networks.name, bodyName: bodies.name }).where(
      eq(meetings.id, id),
    ),
  );
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
    delegationOf(ctx.db, id, {
      id: delegationMembers.id,
      personId: delegationMembers.personId,
      person: people.fullName,
      department: memberDepartment,
      email: people.email,
      phone: people.phone,
      role: delegationMembers.role,
      attendance: delegationMembers.attendance,
      notes: delegationMembers.notes,
      version: delegationMembers.version,
    }),
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
    fromCommitments(ctx.db, {
      id: commitments.id,
      title: commitments.title,
      owner: people.fullName,
      dueOn: commitments.dueOn,
      status: commitments.status,
    })
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
