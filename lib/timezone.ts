import { dateTimeFormat } from "./intl";
/**
 * Wall-clock times in IANA zones ↔ instants. Meetings are entered in their own zone
 * ("09:30 in Madrid") and stored as instants; this converts both ways with Intl only.
 */

export function isValidTimeZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in whole minutes (Buenos Aires: -180). */
export function offsetMinutes(zone: string, instant: Date): number {
  return Math.trunc(offsetAt(instant.getTime(), zone) / 60_000);
}

/**
 * The instant at which the clocks in `zone` show `date` (yyyy-mm-dd) `time` (HH:mm). In the
 * hour skipped by a DST change the later offset applies; in a repeated hour, the first.
 */
export function zonedTimeToInstant(date: string, time: string, zone: string): Date {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let instant = asUtc - offsetMinutes(zone, new Date(asUtc)) * 60_000;
  // A second pass settles the offset when the first guess fell on the other side of a change.
  instant = asUtc - offsetMinutes(zone, new Date(instant)) * 60_000;
  return new Date(instant);
}

const HOUR = 3_600_000;
const MAX_CACHED_HOURS = 50_000;

/** The zone's clock at an instant as [year, month, day, hour, minute, second]. */
function wallClock(instant: number, zone: string): number[] {
  const parts = dateTimeFormat("en-CA", {
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
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return [value("year"), value("month"), value("day"), value("hour") % 24, value("minute"), value("second")];
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds (to the second). */
function clockOffset(instant: number, zone: string): number {
  const [y, mo, d, h, mi, s] = wallClock(instant, zone) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(instant / 1000) * 1000;
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

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The wall-clock date (yyyy-mm-dd) and time (HH:mm) of an instant in a zone. */
export function instantToZoned(instant: Date, zone: string): { date: string; time: string } {
  const ms = instant.getTime();
  const clock = new Date(Math.floor(ms / 1000) * 1000 + offsetAt(ms, zone));
  return {
    date: `${pad(clock.getUTCFullYear(), 4)}-${pad(clock.getUTCMonth() + 1)}-${pad(clock.getUTCDate())}`,
    time: `${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}`,
  };
}
