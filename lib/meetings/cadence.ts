import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { bodies, meetings, networks } from "@/db/schema";
import type { BodyKind, MeetingKind, MeetingMode, MeetingStatus } from "@/db/schema/values";
import { recordAudit } from "../audit";
import { assertCan, denied } from "../auth/authorize";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { DEFAULT_LOCALE, DISPLAY_TIME_ZONE } from "../i18n/config";
import { fail, ResultError, type Result } from "../result";
import { instantToZoned, zonedTimeToInstant } from "../timezone";
import { isUuid, stringList } from "../validation/fields";
import { formDataToObject, toFieldErrors } from "../validation/form-data";
import { runWrite } from "../write";
import { dateTimeFormat } from "../intl";

// Tentative meetings from a body's cadence.
//
// A body meets every `cadenceMonths` months (null = irregular), usually in `usualMonth`. Its
// occurrences are a series of months, one every `cadenceMonths`, counted from an anchor:
//   - with a usual month and a known meeting: the usual month nearest that meeting (so a
//     biennial assembly keeps the parity of its years, and a meeting held a month late does
//     not shift the series);
//   - with a usual month and no meeting: the next usual month;
//   - without a usual month: the month of the body's reference meeting.
// The reference meeting is the latest one that was held or is confirmed; when there is none,
// the latest tentative or postponed one; cancelled meetings never count.
//
// Each occurrence stands for a period of `cadenceMonths` months around it (for a yearly body,
// six months either side); an existing meeting of the body anywhere in that period — in any
// status but cancelled — already is that occurrence, so generating never duplicates one and
// running it twice creates nothing new. Occurrences are generated within a horizon: the months
// after the current one (Buenos Aires' calendar), up to `horizon` months ahead.

// ─── Calendar arithmetic (pure) ──────────────────────────────────────────────────────────────

/** Horizons a coordinator can choose, in months; 12 by default. */
export const HORIZON_OPTIONS = [12, 24, 36] as const;
export type Horizon = (typeof HORIZON_OPTIONS)[number];
export const DEFAULT_HORIZON: Horizon = 12;

export const isHorizon = (value: unknown): value is Horizon =>
  (HORIZON_OPTIONS as readonly unknown[]).includes(value);

/** A generated meeting's placeholder hours in its own zone: "some time that day" until confirmed. */
export const PLACEHOLDER_START = "10:00";
export const PLACEHOLDER_END = "18:00";

export interface YearMonth {
  year: number;
  month: number;
}

/** A month as one integer (months since year 0), so that months can be added and compared. */
export const monthIndex = ({ year, month }: YearMonth) => year * 12 + (month - 1);

export const fromMonthIndex = (index: number): YearMonth => ({
  year: Math.floor(index / 12),
  month: (((index % 12) + 12) % 12) + 1,
});

export const monthOf = (isoDate: string): YearMonth => ({
  year: Number(isoDate.slice(0, 4)),
  month: Number(isoDate.slice(5, 7)),
});

/** "2027-03": how a month travels in forms and URLs. */
export const monthKey = ({ year, month }: YearMonth) => `${year}-${String(month).padStart(2, "0")}`;

/**
 * The day a generated meeting is placed on: the 15th, or the Monday after when it falls on a
 * weekend. The day is a placeholder (the title names only the month); mid-month keeps it in
 * the right month on every calendar view.
 */
export function placeholderDate({ year, month }: YearMonth): string {
  const date = new Date(Date.UTC(year, month - 1, 15));
  const weekday = date.getUTCDay(); // 0 = Sunday, 6 = Saturday
  if (weekday === 6) date.setUTCDate(17);
  if (weekday === 0) date.setUTCDate(16);
  return date.toISOString().slice(0, 10);
}

/** "marzo de 2027". */
export function monthYearLabel({ year, month }: YearMonth, locale: string = DEFAULT_LOCALE): string {
  return dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
}

/**
 * "Consejo — marzo de 2027": the body and the month, the only things known of a tentative
 * meeting (the same form as the demo calendar's). Stored data, so written in the app's language.
 */
export function tentativeTitle(bodyName: string, month: YearMonth): string {
  return `${bodyName} — ${monthYearLabel(month)}`;
}

/** A meeting of the body as the cadence sees it: its start date in its own zone and its status. */
export interface KnownMeeting {
  startDate: string;
  status: MeetingStatus;
}

/**
 * The meeting the series is counted from and whose zone, mode and place new ones copy: the
 * latest held or confirmed meeting; without one, the latest tentative or postponed one.
 */
export function referenceMeeting<T extends KnownMeeting>(known: readonly T[]): T | null {
  const latest = (list: T[]) =>
    list.reduce<T | null>((best, m) => (!best || m.startDate >= best.startDate ? m : best), null);
  return (
    latest(known.filter((m) => m.status === "held" || m.status === "confirmed")) ??
    latest(known.filter((m) => m.status === "tentative" || m.status === "postponed"))
  );
}

export interface Occurrence<T> extends YearMonth {
  /** The placeholder day (yyyy-mm-dd) a new tentative meeting gets. */
  date: string;
  /** The months this occurrence stands for: an existing meeting in them already is it. */
  from: YearMonth;
  to: YearMonth;
  /** The existing meeting that is this occurrence, or null when one would be created. */
  existing: T | null;
}

export type CadenceReason = "irregular" | "noReference";

export type CadencePlan<T> =
  | { ok: false; reason: CadenceReason }
  | {
      ok: true;
      /** What the series is counted from. */
      anchoredOn: "usualMonth" | "meeting" | "usualMonthAndMeeting";
      /** The months considered: the one after the current month, to `horizon` months ahead. */
      window: { from: YearMonth; to: YearMonth };
      occurrences: Occurrence<T>[];
      /** The first occurrence after the window (to say when the next one would be). */
      next: YearMonth;
    };

export interface CadenceInput<T extends KnownMeeting> {
  cadenceMonths: number | null;
  usualMonth: number | null;
  /** Every meeting of the body, any status. */
  meetings: readonly T[];
  /** Today's date in Buenos Aires (yyyy-mm-dd). */
  today: string;
  horizon: number;
}

/** The occurrences of a body's cadence within the horizon, each with the meeting that already is it. */
export function planCadence<T extends KnownMeeting>(input: CadenceInput<T>): CadencePlan<T> {
  const cadence = input.cadenceMonths;
  if (cadence === null || !Number.isInteger(cadence) || cadence < 1)
    return { ok: false, reason: "irregular" };
  const usual =
    input.usualMonth !== null && input.usualMonth >= 1 && input.usualMonth <= 12 ? input.usualMonth : null;
  const current = monthIndex(monthOf(input.today));
  const counted = input.meetings.filter((m) => m.status !== "cancelled");
  const reference = referenceMeeting(counted);

  let anchor: number;
  if (reference && usual) {
    const r = monthIndex(monthOf(reference.startDate));
    const sameYear = monthIndex({ year: monthOf(reference.startDate).year, month: usual });
    // The usual month nearest the reference meeting; on a tie (six months), the earlier one.
    anchor = [sameYear - 12, sameYear, sameYear + 12].reduce((best, x) =>
      Math.abs(x - r) < Math.abs(best - r) ? x : best,
    );
  } else if (reference) {
    anchor = monthIndex(monthOf(reference.startDate));
  } else if (usual) {
    anchor = monthIndex({ year: fromMonthIndex(current).year, month: usual });
    while (anchor <= current) anchor += 12;
  } else {
    return { ok: false, reason: "noReference" };
  }

  // Occurrence s stands for the months [s - ⌊c/2⌋, s - ⌊c/2⌋ + c - 1]: the periods tile the
  // calendar, so every meeting belongs to exactly one occurrence.
  const before = Math.floor(cadence / 2);
  const slotOf = (index: number) => anchor + Math.floor((index - (anchor - before)) / cadence) * cadence;
  const bySlot = new Map<number, T[]>();
  for (const m of counted) {
    const slot = slotOf(monthIndex(monthOf(m.startDate)));
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), m]);
  }

  const first = current + 1;
  const last = current + input.horizon;
  const occurrences: Occurrence<T>[] = [];
  let slot = anchor + Math.ceil((first - anchor) / cadence) * cadence;
  for (; slot <= last; slot += cadence) {
    const ym = fromMonthIndex(slot);
    // Of several meetings in one period, the one closest to the occurrence's month.
    const existing =
      (bySlot.get(slot) ?? []).reduce<T | null>((best, m) => {
        const distance = Math.abs(monthIndex(monthOf(m.startDate)) - slot);
        return !best || distance < Math.abs(monthIndex(monthOf(best.startDate)) - slot) ? m : best;
      }, null) ?? null;
    occurrences.push({
      ...ym,
      date: placeholderDate(ym),
      from: fromMonthIndex(slot - before),
      to: fromMonthIndex(slot - before + cadence - 1),
      existing,
    });
  }
  return {
    ok: true,
    anchoredOn: reference ? (usual ? "usualMonthAndMeeting" : "meeting") : "usualMonth",
    window: { from: fromMonthIndex(first), to: fromMonthIndex(last) },
    occurrences,
    next: fromMonthIndex(slot),
  };
}

/** A meeting kind for a body without meetings to copy it from. */
export function meetingKindForBody(kind: BodyKind): MeetingKind {
  switch (kind) {
    case "assembly":
      return "assembly";
    case "council":
      return "council";
    case "executive":
    case "presidency":
      return "executive";
    case "committee":
    case "thematic_unit":
    case "working_group":
      return "working_group";
    default:
      return "other";
  }
}

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

async function buildPreview(db: Db, bodyId: string, horizon: Horizon, today: string, lock: boolean) {
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

// ─── Generating ─────────────────────────────────────────────────────────────────────────────

/**
 * The confirmation form: the horizon and the months the coordinator was shown as "to create".
 * If the plan changed since (someone added a meeting), the run is refused as a conflict.
 */
export const generateTentativeSchema = z.object({
  horizon: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.custom<Horizon>(isHorizon, { error: "invalidOption" }),
  ),
  months: stringList(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "invalid" })),
});

export interface GeneratedMeeting {
  id: string;
  title: string;
  date: string;
}

const wall = (date: string, time: string) => `${date} ${time}`;

/**
 * Creates the missing tentative occurrences of a body's cadence in one transaction, one audit
 * event per meeting ("meeting.create", metadata { fromCadence: true }). Refused for an
 * irregular or archived body, and as a CONFLICT when the occurrences to create are no longer
 * the ones the form listed.
 */
export async function generateTentativeMeetings(
  ctx: Ctx,
  bodyId: string,
  raw: FormData | Record<string, unknown>,
  today: string = todayInBuenosAires(),
): Promise<Result<{ bodyId: string; networkId: string; created: GeneratedMeeting[] }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = generateTentativeSchema.safeParse(
    raw instanceof FormData ? formDataToObject(raw, ["months"]) : raw,
  );
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(bodyId)) return fail("NOT_FOUND");
  const { horizon, months } = parsed.data;

  return runWrite(ctx, async (tx) => {
    const preview = await buildPreview(tx, bodyId, horizon, today, true);
    if (!preview) throw new ResultError(fail("NOT_FOUND"));
    if (preview.blocked) throw new ResultError(fail("VALIDATION", { plan: ["archived"] }));
    if (!preview.plan.ok) throw new ResultError(fail("VALIDATION", { plan: [preview.plan.reason] }));
    const planned = preview.toCreate.map(monthKey).sort();
    const asked = [...new Set(months)].sort();
    if (planned.join() !== asked.join()) throw new ResultError(fail("CONFLICT"));

    const { body, template } = preview;
    const created: GeneratedMeeting[] = [];
    for (const occurrence of preview.toCreate) {
      const values = {
        networkId: body.network.id,
        bodyId: body.id,
        title: occurrence.title,
        kind: template.kind,
        status: "tentative" as const,
        startsAt: zonedTimeToInstant(occurrence.date, PLACEHOLDER_START, template.timeZone),
        endsAt: zonedTimeToInstant(occurrence.date, PLACEHOLDER_END, template.timeZone),
        timeZone: template.timeZone,
        mode: template.mode,
        city: template.city,
        country: template.country,
        fromCadence: true,
      };
      const [row] = await tx.insert(meetings).values(values).returning({ id: meetings.id });
      if (!row) throw new Error("insert returned no row");
      // The same snapshot as a meeting created by hand (lib/meetings/commands.ts).
      await recordAudit(tx, ctx.actor, {
        action: "meeting.create",
        entityType: "meeting",
        entityId: row.id,
        after: {
          title: values.title,
          kind: values.kind,
          network: body.network.name,
          body: body.name,
          starts: wall(occurrence.date, PLACEHOLDER_START),
          ends: wall(occurrence.date, PLACEHOLDER_END),
          timeZone: values.timeZone,
          mode: values.mode,
          venue: null,
          city: values.city,
          country: values.country,
          onlineUrl: null,
          status: values.status,
          version: 1,
        },
        metadata: { fromCadence: true },
      });
      created.push({ id: row.id, title: values.title, date: occurrence.date });
    }
    return { bodyId: body.id, networkId: body.network.id, created };
  });
}
