import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bodies, meetings, networks } from "@/db/schema";
import type { BodyKind, MeetingKind, MeetingMode } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { instantToZoned, todayInBuenosAires } from "../dates";
import { DISPLAY_TIME_ZONE } from "../i18n/config";

import { isUuid } from "../validation/fields";
import {
  DEFAULT_HORIZON,
  meetingKindForBody,
  planCadence,
  referenceMeeting,
  tentativeTitle,
  type CadencePlan,
  type Horizon,
  type KnownMeeting,
  type Occurrence,
} from "./cadence-planner";

// Tentative meetings from a body's cadence: reading the body and its meetings, and the plan
// (see cadence-planner.ts).

// ─── Reading the body and its meetings ──────────────────────────────────────────────────────

export interface BodyMeeting extends KnownMeeting {
  id: string;
  title: string;
  kind: MeetingKind;
  mode: MeetingMode;
  startsAt: Date;
  timeZone: string;
  city: string | null;
  country: string | null;
}

interface CadenceBody {
  id: string;
  name: string;
  kind: BodyKind;
  cadenceMonths: number | null;
  cadenceNote: string | null;
  usualMonth: number | null;
  network: { id: string; name: string };
  archived: boolean;
  networkArchived: boolean;
}

/** What a generated meeting copies: from the reference meeting when there is one. */
export interface TentativeTemplate {
  kind: MeetingKind;
  mode: MeetingMode;
  timeZone: string;
  city: string | null;
  country: string | null;
}

export interface CadencePreview {
  body: CadenceBody;
  horizon: Horizon;
  reference: BodyMeeting | null;
  template: TentativeTemplate;
  /** Why nothing can be generated: the body or its network is archived. */
  blocked: "archived" | null;
  plan: CadencePlan<BodyMeeting>;
  /** The occurrences a run would create, with their titles. */
  toCreate: (Occurrence<BodyMeeting> & { title: string })[];
}

async function readBody(db: Db, bodyId: string, lock: boolean): Promise<CadenceBody | null> {
  const query = db
    .select({
      id: bodies.id,
      name: bodies.name,
      kind: bodies.kind,
      cadenceMonths: bodies.cadenceMonths,
      cadenceNote: bodies.cadenceNote,
      usualMonth: bodies.usualMonth,
      archivedAt: bodies.archivedAt,
      networkId: networks.id,
      networkName: networks.name,
      networkArchivedAt: networks.archivedAt,
    })
    .from(bodies)
    .innerJoin(networks, eq(networks.id, bodies.networkId))
    .where(eq(bodies.id, bodyId));
  // Two coordinators generating at once: the second waits for the first and then sees its meetings.
  const [row] = lock ? await query.for("update", { of: bodies }) : await query;
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    cadenceMonths: row.cadenceMonths,
    cadenceNote: row.cadenceNote,
    usualMonth: row.usualMonth,
    network: { id: row.networkId, name: row.networkName },
    archived: row.archivedAt !== null,
    networkArchived: row.networkArchivedAt !== null,
  };
}

async function readBodyMeetings(db: Db, bodyId: string): Promise<BodyMeeting[]> {
  const rows = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      kind: meetings.kind,
      mode: meetings.mode,
      status: meetings.status,
      startsAt: meetings.startsAt,
      timeZone: meetings.timeZone,
      city: meetings.city,
      country: meetings.country,
    })
    .from(meetings)
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  // The month a meeting falls in is the one its own clock shows.
  return rows.map((m) => ({ ...m, startDate: instantToZoned(m.startsAt, m.timeZone).date }));
}

export async function buildPreview(db: Db, bodyId: string, horizon: Horizon, today: string, lock: boolean) {
  const body = await readBody(db, bodyId, lock);
  if (!body) return null;
  const known = await readBodyMeetings(db, bodyId);
  const reference = referenceMeeting(known.filter((m) => m.status !== "cancelled"));
  const template: TentativeTemplate = {
    kind: reference?.kind ?? meetingKindForBody(body.kind),
    mode: reference?.mode ?? "in_person",
    timeZone: reference?.timeZone ?? DISPLAY_TIME_ZONE,
    city: reference?.city ?? null,
    country: reference?.country ?? null,
  };
  const plan = planCadence({
    cadenceMonths: body.cadenceMonths,
    usualMonth: body.usualMonth,
    meetings: known,
    today,
    horizon,
  });
  const blocked = body.archived || body.networkArchived ? ("archived" as const) : null;
  const toCreate =
    plan.ok && !blocked
      ? plan.occurrences
          .filter((o) => o.existing === null)
          .map((o) => ({ ...o, title: tentativeTitle(body.name, o) }))
      : [];
  return { body, horizon, reference, template, blocked, plan, toCreate } satisfies CadencePreview;
}

/**
 * What generating would do for a body within the horizon: the occurrences, which ones already
 * exist and which would be created, and what the new ones copy. Null when the body does not exist.
 */
export async function cadencePreview(
  ctx: Ctx,
  bodyId: string,
  horizon: Horizon = DEFAULT_HORIZON,
  today: string = todayInBuenosAires(),
): Promise<CadencePreview | null> {
  assertCan(ctx.actor, "meeting.manage");
  if (!isUuid(bodyId)) return null;
  return buildPreview(ctx.db, bodyId, horizon, today, false);
}
