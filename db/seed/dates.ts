// Calendar arithmetic for the demo seed. Calendar dates are "yyyy-mm-dd" strings (what the
// `date` columns hold) computed in UTC, so that no local time zone of the machine leaks in;
// instants are built from a wall-clock time in a meeting's own IANA zone.

export const BUENOS_AIRES = "America/Argentina/Buenos_Aires";

const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function toUtcMs(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Months counted from year 0, to step a cadence across year boundaries. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function parts(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** The n-th (1-based) given weekday of a month, e.g. the 2nd Tuesday. */
export function nthWeekday(year: number, month: number, wantedWeekday: number, n: number): string {
  const first = isoDate(year, month, 1);
  const offset = (wantedWeekday - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** Moves a Saturday or Sunday to the following Monday. */
export function nextWorkday(date: string): string {
  const wd = weekday(date);
  return wd === 6 ? addDays(date, 2) : wd === 0 ? addDays(date, 1) : date;
}

/**
 * "2024" | "2024-06" | "2024-06-18" → a calendar date. A start takes the first day of the
 * period; an end takes its last day (a term "until 2024-11" runs through November).
 */
export function fromPartialDate(value: string, edge: "start" | "end"): string {
  const [y, m, d] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return edge === "start" ? isoDate(y, 1, 1) : isoDate(y, 12, 31);
  if (d === undefined) return isoDate(y, m, edge === "start" ? 1 : daysInMonth(y, m));
  return isoDate(y, m, d);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: number, timeZone: string): { date: string; utcMs: number } {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  const year = values.year ?? 1970;
  const month = values.month ?? 1;
  const day = values.day ?? 1;
  const utcMs = Date.UTC(year, month - 1, day, values.hour ?? 0, values.minute ?? 0, values.second ?? 0);
  return { date: isoDate(year, month, day), utcMs };
}

/** The calendar date an instant falls on in a time zone (by default Buenos Aires). */
export function calendarDateIn(instant: Date, timeZone: string = BUENOS_AIRES): string {
  return wallClock(instant.getTime(), timeZone).date;
}

/** The instant at which the wall clock in `timeZone` shows `date` at `time` ("09:30"). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const { year, month, day } = parts(date);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset at the guess, then once more at the corrected instant (DST edges).
  let result = asUtc - (wallClock(asUtc, timeZone).utcMs - asUtc);
  const corrected = asUtc - (wallClock(result, timeZone).utcMs - result);
  if (corrected !== result) result = corrected;
  return new Date(result);
}
