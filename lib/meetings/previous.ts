import "server-only";
import { and, desc, eq, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { bodies, meetings } from "@/db/schema";
import type { MeetingMode, MeetingStatus } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import { isOverdue, PENDING_STATUSES, type OpenCommitment } from "../commitments/queries";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { isUuid } from "../validation/fields";
import { ref } from "../refs";

// The previous meeting of the same body: what a delegation reviews first.
//
// It is the latest meeting of the same body that started before this one and was held —
// decisions and commitments are recorded on held meetings. When the body has no held meeting
// before this one, a confirmed meeting whose start has already passed stands in (one that took
// place but whose status nobody updated). Tentative, postponed and cancelled meetings never
// count, and a meeting without a body has no previous meeting.

export interface PreviousDecision {
  id: string;
  text: string;
}

/** A commitment still open from the previous meeting, as a network's page lists one (without the days left). */
export type PreviousCommitment = Omit<OpenCommitment, "daysLeft">;

export interface PreviousMeeting {
  id: string;
  title: string;
  status: MeetingStatus;
  mode: MeetingMode;
  startsAt: Date;
  timeZone: string;
  city: string | null;
  country: string | null;
  decisions: PreviousDecision[];
  /** Only those still to do (open or in progress): overdue and soonest due first. */
  openCommitments: PreviousCommitment[];
}

export interface PreviousMeetingResult {
  /** The meeting's body; null when the meeting belongs to no body (then there is no previous one). */
  body: { id: string; name: string } | null;
  previous: PreviousMeeting | null;
}

/** A json column as the drivers hand it over: parsed already, or as text. */
function jsonList<T>(value: unknown): T[] {
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

/**
 * The previous meeting of the same body (see above) with its decisions and the commitments
 * still open from it, in two queries. Null when the meeting does not exist.
 */
export async function previousMeetingOf(
  ctx: Ctx,
  meetingId: string,
  { now = new Date(), today = todayInBuenosAires(now) }: { now?: Date; today?: string } = {},
): Promise<PreviousMeetingResult | null> {
  assertCan(ctx.actor, "meeting.read");
  assertCan(ctx.actor, "commitment.read");
  if (!isUuid(meetingId)) return null;

  // 1. The meeting, its body, and the previous meeting (a lateral lookup on the body's
  //    meetings_body_starts_idx).
  const prev = alias(meetings, "prev");
  const candidate = ctx.db
    .select({
      id: sql<string>`${prev.id}`.as("prev_id"),
      title: sql<string>`${prev.title}`.as("prev_title"),
      status: sql<MeetingStatus>`${prev.status}`.as("prev_status"),
      mode: sql<MeetingMode>`${prev.mode}`.as("prev_mode"),
      startsAt: sql<Date>`${prev.startsAt}`.mapWith(prev.startsAt).as("prev_starts_at"),
      timeZone: sql<string>`${prev.timeZone}`.as("prev_time_zone"),
      city: sql<string | null>`${prev.city}`.as("prev_city"),
      country: sql<string | null>`${prev.country}`.as("prev_country"),
    })
    .from(prev)
    .where(
      and(
        sql`${prev.bodyId} = "meetings"."body_id"`,
        sql`${prev.startsAt} < "meetings"."starts_at"`,
        sql`${prev.id} <> "meetings"."id"`,
        or(eq(prev.status, "held"), and(eq(prev.status, "confirmed"), lte(prev.startsAt, now))),
      ),
    )
    .orderBy(sql`(${prev.status} = 'held') desc`, desc(prev.startsAt), desc(prev.id))
    .limit(1)
    .as("p");
  const [row] = await ctx.db
    .select({
      bodyId: bodies.id,
      bodyName: bodies.name,
      id: candidate.id,
      title: candidate.title,
      status: candidate.status,
      mode: candidate.mode,
      startsAt: candidate.startsAt,
      timeZone: candidate.timeZone,
      city: candidate.city,
      country: candidate.country,
    })
    .from(meetings)
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoinLateral(candidate, sql`true`)
    .where(eq(meetings.id, meetingId))
    .limit(1);
  if (!row) return null;
  const body = ref(row.bodyId, row.bodyName);
  if (!body || !row.id) return { body, previous: null };

  // 2. Its decisions and open commitments, as two json lists of one row.
  const previousId = row.id;
  const pending = sql.join(
    PENDING_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  // Written with explicit aliases: drizzle leaves columns unqualified inside a select list.
  const [lists] = await ctx.db
    .select({
      decisions: sql<unknown>`coalesce((
        select json_agg(json_build_object('id', d.id, 'text', d.text) order by d.position, d.id)
        from decisions d
        where d.meeting_id = ${previousId}), '[]'::json)`,
      commitments: sql<unknown>`coalesce((
        select json_agg(json_build_object(
                 'id', c.id, 'title', c.title, 'owner', p.full_name,
                 'department', coalesce(dep.short_name, dep.name),
                 'dueOn', c.due_on, 'status', c.status)
               order by c.due_on nulls last, c.title, c.id)
        from commitments c
        join people p on p.id = c.owner_person_id
        left join departments dep on dep.id = c.department_id
        where c.meeting_id = ${previousId} and c.status in (${pending})), '[]'::json)`,
    })
    .from(meetings)
    .where(eq(meetings.id, previousId));

  return {
    body,
    previous: {
      id: previousId,
      title: row.title as string,
      status: row.status as MeetingStatus,
      mode: row.mode as MeetingMode,
      startsAt: row.startsAt as Date,
      timeZone: row.timeZone as string,
      city: row.city ?? null,
      country: row.country ?? null,
      decisions: jsonList<PreviousDecision>(lists?.decisions),
      openCommitments: jsonList<Omit<PreviousCommitment, "overdue">>(lists?.commitments).map((c) => ({
        ...c,
        overdue: isOverdue(c.status, c.dueOn, today),
      })),
    },
  };
}
