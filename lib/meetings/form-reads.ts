import "server-only";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { agendaItems, bodies, decisions, delegationMembers, meetings } from "@/db/schema";
import type {} from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { instantToZoned } from "../dates";
import { isUuid } from "../validation/fields";
import { networkChoices } from "../networks/references";

// What the meeting form reads: its pickers, the values it starts from, the version it saw.

/**
 * The bodies of one network the meeting form offers, each with how many days its latest
 * meeting spanned (end date minus start date on the meeting's own calendar; null when it has
 * none): bodies store no usual length, so the form proposes the end of a new meeting from it.
 */
export interface MeetingNetworkOptions {
  bodies: { id: string; name: string; spanDays: number | null }[];
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
    networkChoices(ctx.db, networkId),
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
  // One correlated read per body of this network (a handful), on meetings_body_starts_idx. The
  // outer body is named with its table: drizzle writes a column of the query's only table
  // unqualified, which inside this subquery would mean the meeting's own id.
  const latestSpan = sql<number | null>`(
    select ((${meetings.endsAt} at time zone ${meetings.timeZone})::date
      - (${meetings.startsAt} at time zone ${meetings.timeZone})::date)
    from ${meetings}
    where ${meetings.bodyId} = ${sql.identifier("bodies")}.${sql.identifier("id")}
    order by ${meetings.startsAt} desc
    limit 1
  )`.mapWith((v: unknown) => (v === null || v === undefined ? null : Number(v)));
  const rows = await ctx.db
    .select({ id: bodies.id, name: bodies.name, spanDays: latestSpan })
    .from(bodies)
    .where(and(eq(bodies.networkId, networkId), or(isNull(bodies.archivedAt), keep)))
    .orderBy(asc(sql`lower(${bodies.name})`));
  return { bodies: rows };
}

/** A meeting's editable fields as the form shows them (wall-clock times in its own zone). */
export function meetingFormOf(m: typeof meetings.$inferSelect) {
  const start = instantToZoned(m.startsAt, m.timeZone);
  const end = instantToZoned(m.endsAt, m.timeZone);
  return {
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
  };
}

/** The meeting's form values, with the version the form sends back. */
export async function meetingFormValues(ctx: Ctx, id: string) {
  assertCan(ctx.actor, "meeting.read");
  if (!isUuid(id)) return null;
  const [m] = await ctx.db.select().from(meetings).where(eq(meetings.id, id));
  if (!m) return null;
  return { id: m.id, version: m.version, values: meetingFormOf(m) };
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
