import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bodies, meetings, networks } from "@/db/schema";
import { command, conflict, invalid, notFound } from "../command";
import { insertRecord, recordEvent } from "../record-writes";
import { instantToZoned } from "../dates";
import { heldProblems } from "./log/meeting-lock";
import { meetingInputSchema, meetingUpdateSchema, type MeetingInput } from "./schema";
import { rowById } from "../record-reads";
import { fromMeetings } from "./joins";

/** Fields a calendar subscriber sees: a change to any of them bumps the iCalendar SEQUENCE. */
const SUBSCRIBER_FIELDS = [
  "title",
  "starts",
  "ends",
  "timeZone",
  "mode",
  "venue",
  "city",
  "country",
  "onlineUrl",
  "status",
] as const;

/** The meeting as the audit log records it: labels, and times as the meeting's own clock shows them. */
async function snapshot(tx: Db, id: string) {
  const [row] = await fromMeetings(tx, { m: meetings, network: networks.name, body: bodies.name }).where(
    eq(meetings.id, id),
  );
  if (!row) return null;
  const wall = (instant: Date) => {
    const { date, time } = instantToZoned(instant, row.m.timeZone);
    return `${date} ${time}`;
  };
  return {
    title: row.m.title,
    kind: row.m.kind,
    network: row.network,
    body: row.body,
    starts: wall(row.m.startsAt),
    ends: wall(row.m.endsAt),
    timeZone: row.m.timeZone,
    mode: row.m.mode,
    venue: row.m.venue,
    city: row.m.city,
    country: row.m.country,
    onlineUrl: row.m.onlineUrl,
    status: row.m.status,
    version: row.m.version,
  };
}

function columnsFrom(input: MeetingInput) {
  return {
    networkId: input.networkId,
    bodyId: input.bodyId ?? null,
    title: input.title,
    kind: input.kind,
    status: input.status,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    mode: input.mode,
    venue: input.venue ?? null,
    city: input.city ?? null,
    country: input.country ?? null,
    onlineUrl: input.onlineUrl ?? null,
  };
}

async function checkReferences(tx: Db, input: MeetingInput) {
  if (!(await rowById(tx, networks, input.networkId, { id: networks.id })))
    throw invalid({ networkId: ["unknownNetwork"] });
  if (input.bodyId) {
    const [body] = await tx
      .select({ id: bodies.id })
      .from(bodies)
      .where(and(eq(bodies.id, input.bodyId), eq(bodies.networkId, input.networkId)));
    if (!body) throw invalid({ bodyId: ["unknownBody"] });
  }
}

/** `(ctx, raw)`: a new meeting of a network (never "held": that is "Cerrar reunión"). */
export const createMeeting = command({
  action: "meeting.manage",
  schema: meetingInputSchema,
  run: async ({ tx, audit }, input) => {
    await checkReferences(tx, input);
    // A new meeting has no minutes yet: it becomes "held" through "Cerrar reunión".
    if (input.status === "held") {
      const problems = await heldProblems(tx, null, { startsAt: input.startsAt, minutes: null });
      throw invalid({ status: problems });
    }
    const createdId = await insertRecord(tx, meetings, columnsFrom(input));
    await audit(recordEvent("meeting", "create", createdId, await snapshot(tx, createdId)));
    return { id: createdId };
  },
});

/** `(ctx, id, raw)`: edits a meeting, if nobody saved it since the user read it. */
export const updateMeeting = command({
  action: "meeting.manage",
  schema: meetingUpdateSchema,
  run: async ({ tx, audit }, { version, ...input }, id: string) => {
    const before = await snapshot(tx, id);
    if (!before) throw notFound();
    await checkReferences(tx, input);
    if (input.status === "held") {
      // Held means it happened: minutes written, every delegate's attendance known, not in the future.
      const [current] = await tx
        .select({ minutes: meetings.minutes })
        .from(meetings)
        .where(eq(meetings.id, id))
        .for("update");
      const problems = await heldProblems(tx, id, {
        startsAt: input.startsAt,
        minutes: current?.minutes ?? null,
      });
      if (problems.length) throw invalid({ status: problems });
    }
    const [updated] = await tx
      .update(meetings)
      .set({
        ...columnsFrom(input),
        // A confirmed date and place make a generated occurrence a real meeting.
        fromCadence: input.status === "tentative" ? sql`${meetings.fromCadence}` : false,
        version: sql`${meetings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(meetings.id, id), eq(meetings.version, version)))
      .returning({ id: meetings.id, version: meetings.version, icalSequence: meetings.icalSequence });
    if (!updated) throw conflict();
    const after = await snapshot(tx, id);
    let icalSequence = updated.icalSequence;
    if (after && SUBSCRIBER_FIELDS.some((field) => before[field] !== after[field])) {
      const [bumped] = await tx
        .update(meetings)
        .set({ icalSequence: sql`${meetings.icalSequence} + 1` })
        .where(eq(meetings.id, id))
        .returning({ icalSequence: meetings.icalSequence });
      icalSequence = bumped?.icalSequence ?? icalSequence;
    }
    await audit({ action: "meeting.update", entityType: "meeting", entityId: id, before, after });
    return { id, version: updated.version, icalSequence };
  },
});
