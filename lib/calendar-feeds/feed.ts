import "server-only";
import { and, asc, eq, gte, inArray, isNull, lte, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  agendaItems,
  bodies,
  calendarFeedTokens,
  delegationMembers,
  meetings,
  networks,
  users,
} from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/authorize";
import { can } from "../auth/policy";
import type { Ctx } from "../context";
import type { IcsMeeting } from "../ics/meetings";
import { isUuid } from "../validation/fields";
import type { FeedScope } from "./schema";
import { hashFeedToken, isFeedTokenShape } from "./token";
import { ref } from "../refs";
import { fromMeetings } from "../meetings/joins";

const DAY_MS = 86_400_000;
/** A feed covers meetings from a year back (recent history stays in the calendar)… */
export const FEED_PAST_DAYS = 366;
/** …up to three years ahead (announced summits), and never more than this many meetings. */
export const FEED_FUTURE_DAYS = 3 * 366;
export const FEED_MAX_MEETINGS = 2000;

/** Meetings matching `where`, soonest first, with their network, body and agenda titles. */
async function loadIcsMeetings(db: Db, where: SQL | undefined, limit: number): Promise<IcsMeeting[]> {
  const rows = await fromMeetings(db, {
    id: meetings.id,
    title: meetings.title,
    status: meetings.status,
    mode: meetings.mode,
    startsAt: meetings.startsAt,
    endsAt: meetings.endsAt,
    timeZone: meetings.timeZone,
    venue: meetings.venue,
    city: meetings.city,
    country: meetings.country,
    onlineUrl: meetings.onlineUrl,
    icalSequence: meetings.icalSequence,
    createdAt: meetings.createdAt,
    updatedAt: meetings.updatedAt,
    network: networks.name,
    body: bodies.name,
  })
    .where(where)
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const agenda = await db
    .select({ meetingId: agendaItems.meetingId, title: agendaItems.title })
    .from(agendaItems)
    .where(
      inArray(
        agendaItems.meetingId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
  const byMeeting = new Map<string, string[]>();
  for (const item of agenda) {
    const list = byMeeting.get(item.meetingId) ?? [];
    list.push(item.title);
    byMeeting.set(item.meetingId, list);
  }
  return rows.map((row) => ({ ...row, agenda: byMeeting.get(row.id) ?? [] }));
}

/** One meeting for the single-event download, or null when it does not exist. */
export async function meetingForIcs(ctx: Ctx, id: string): Promise<IcsMeeting | null> {
  assertCan(ctx.actor, "meeting.read");
  if (!isUuid(id)) return null;
  const [meeting] = await loadIcsMeetings(ctx.db, eq(meetings.id, id), 1);
  return meeting ?? null;
}

export interface ResolvedFeed {
  feed: {
    id: string;
    scope: FeedScope;
    network: { id: string; name: string } | null;
  };
  meetings: IcsMeeting[];
}

/**
 * The calendar behind a subscription token, or null for a token that is malformed, unknown,
 * revoked, or whose user is inactive or no longer allowed to read meetings (callers answer all
 * of these alike). Scope "mine" keeps the meetings whose delegation includes the user's person.
 * Records when the link was last used (usage tracking, not audited: a subscribed client polls
 * every hour or so).
 */
export async function feedForToken(
  db: Db,
  token: string,
  options: { now?: Date } = {},
): Promise<ResolvedFeed | null> {
  if (!isFeedTokenShape(token)) return null;
  const now = options.now ?? new Date();
  const [row] = await db
    .select({
      id: calendarFeedTokens.id,
      scope: calendarFeedTokens.scope,
      networkId: calendarFeedTokens.networkId,
      networkName: networks.name,
      user: {
        userId: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        departmentId: users.departmentId,
        personId: users.personId,
      },
    })
    .from(calendarFeedTokens)
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .leftJoin(networks, eq(networks.id, calendarFeedTokens.networkId))
    .where(
      and(
        eq(calendarFeedTokens.tokenHash, hashFeedToken(token)),
        isNull(calendarFeedTokens.revokedAt),
        eq(users.active, true),
      ),
    )
    .limit(1);
  if (!row) return null;
  const actor: Actor = row.user;
  if (!can(actor, "meeting.read")) return null;

  await db.update(calendarFeedTokens).set({ lastUsedAt: now }).where(eq(calendarFeedTokens.id, row.id));

  const feed = {
    id: row.id,
    scope: row.scope,
    network: ref(row.networkId, row.networkName),
  };
  if (row.scope === "mine" && !actor.personId) return { feed, meetings: [] };
  const conditions: SQL[] = [
    gte(meetings.startsAt, new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS)),
    lte(meetings.startsAt, new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS)),
  ];
  if (row.networkId) conditions.push(eq(meetings.networkId, row.networkId));
  if (row.scope === "mine" && actor.personId) {
    conditions.push(
      inArray(
        meetings.id,
        db
          .select({ id: delegationMembers.meetingId })
          .from(delegationMembers)
          .where(eq(delegationMembers.personId, actor.personId)),
      ),
    );
  }
  return { feed, meetings: await loadIcsMeetings(db, and(...conditions), FEED_MAX_MEETINGS) };
}
