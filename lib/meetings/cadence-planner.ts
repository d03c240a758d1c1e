import type { BodyKind, MeetingKind, MeetingStatus } from "@/db/schema/values";
import { DEFAULT_LOCALE } from "../i18n/config";
import { fromMonthIndex, monthIndex, monthKey, yearMonthOf, type YearMonth } from "../dates";
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

export { fromMonthIndex, monthIndex, monthKey, type YearMonth };

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
  const current = monthIndex(yearMonthOf(input.today));
  const counted = input.meetings.filter((m) => m.status !== "cancelled");
  const reference = referenceMeeting(counted);

  let anchor: number;
  if (reference && usual) {
    const r = monthIndex(yearMonthOf(reference.startDate));
    const sameYear = monthIndex({ year: yearMonthOf(reference.startDate).year, month: usual });
    // The usual month nearest the reference meeting; on a tie (six months), the earlier one.
    anchor = [sameYear - 12, sameYear, sameYear + 12].reduce((best, x) =>
      Math.abs(x - r) < Math.abs(best - r) ? x : best,
    );
  } else if (reference) {
    anchor = monthIndex(yearMonthOf(reference.startDate));
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
    const slot = slotOf(monthIndex(yearMonthOf(m.startDate)));
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
        const distance = Math.abs(monthIndex(yearMonthOf(m.startDate)) - slot);
        return !best || distance < Math.abs(monthIndex(yearMonthOf(best.startDate)) - slot) ? m : best;
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
