import { DISPLAY_TIME_ZONE } from "../i18n/config";
import { dateTimeFormat } from "../intl";
import { isoDate, pad, parts } from "./calendar-date";

// Wall-clock times in IANA zones ↔ instants, with the runtime's own tz database (through Intl).
// Meetings are entered in their own zone ("09:30 in Madrid") and stored as instants.

/** True when the string is an IANA zone name the runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const HOUR = 3_600_000;
const MAX_CACHED_HOURS = 50_000;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The zone's clock at an instant, read with Intl. */
function readClock(instant: number, zone: string): WallTime {
  const values = dateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(values.find((p) => p.type === type)?.value ?? 0);
  return {
    year: value("year"),
    month: value("month"),
    day: value("day"),
    hour: value("hour") % 24,
    minute: value("minute"),
    second: value("second"),
  };
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds (to the second). */
function clockOffset(instant: number, zone: string): number {
  const w = readClock(instant, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * Each zone's offset per UTC hour, when it is the same at both ends of the hour (null when the
 * hour holds a change, whose instants are then asked one by one). Reading the zone's clock with
 * Intl costs microseconds, and a calendar month converts hundreds of instants in a few zones;
 * a cached hour turns each into arithmetic. Bounded: cleared when it grows past its size.
 */
const hourOffsets = new Map<string, number | null>();

function offsetAt(instant: number, zone: string): number {
  const hour = Math.floor(instant / HOUR);
  const key = `${zone}|${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    const start = clockOffset(hour * HOUR, zone);
    offset = start === clockOffset(hour * HOUR + HOUR - 1000, zone) ? start : null;
    if (hourOffsets.size >= MAX_CACHED_HOURS) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  return offset ?? clockOffset(instant, zone);
}

/** The zone's UTC offset at an instant, in seconds (east of Greenwich positive). */
export function offsetSeconds(zone: string, instant: Date | number): number {
  return offsetAt(Number(instant), zone) / 1000;
}

/** The zone's offset from UTC at an instant, in whole minutes (Buenos Aires: -180). */
export function offsetMinutes(zone: string, instant: Date | number): number {
  return Math.trunc(offsetAt(Number(instant), zone) / 60_000);
}

/** The wall-clock time of an instant in a zone, to the second. */
export function wallTime(instant: Date | number, zone: string): WallTime {
  const ms = Number(instant);
  const clock = new Date(Math.floor(ms / 1000) * 1000 + offsetAt(ms, zone));
  return {
    year: clock.getUTCFullYear(),
    month: clock.getUTCMonth() + 1,
    day: clock.getUTCDate(),
    hour: clock.getUTCHours(),
    minute: clock.getUTCMinutes(),
    second: clock.getUTCSeconds(),
  };
}

/** The wall-clock date (yyyy-mm-dd) and time (HH:mm) of an instant in a zone. */
export function instantToZoned(instant: Date, zone: string): { date: string; time: string } {
  const w = wallTime(instant, zone);
  return { date: isoDate(w.year, w.month, w.day), time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/**
 * The instant at which the clocks in `zone` show `date` (yyyy-mm-dd) `time` (HH:mm). In the
 * hour skipped by a DST change the later offset applies; in a repeated hour, the first.
 */
export function zonedTimeToInstant(date: string, time: string, zone: string): Date {
  const { year, month, day } = parts(date);
  const [h, mi] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, h, mi);
  let instant = asUtc - offsetAt(asUtc, zone);
  // A second pass settles the offset when the first guess fell on the other side of a change.
  instant = asUtc - offsetAt(instant, zone);
  return new Date(instant);
}

/** The calendar date (yyyy-mm-dd) an instant falls on in a zone. */
export function dateIn(instant: Date, zone: string): string {
  return instantToZoned(instant, zone).date;
}

// Calendar dates are judged in Buenos Aires, where the area works, never on the server's UTC
// date (after 21:00 in Buenos Aires, UTC is already tomorrow).

/** Today's calendar date (yyyy-mm-dd) in Buenos Aires, where "overdue" and "ends in N days" are judged. */
export function todayInBuenosAires(now: Date = new Date()): string {
  return dateIn(now, DISPLAY_TIME_ZONE);
}

/** The instant a calendar day starts in Buenos Aires. */
export function startOfDayInBuenosAires(date: string): Date {
  return zonedTimeToInstant(date, "00:00", DISPLAY_TIME_ZONE);
}
