import { and, asc, desc, eq, gte, lt } from "drizzle-orm";
import { bodies, meetings } from "@/db/schema";
import type { MeetingKind, MeetingMode, MeetingStatus } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";

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
