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

/** The zone's offset from UTC at an instant, in minutes (Buenos Aires: -180). */
export function offsetMinutes(zone: string, instant: Date): number {
  const name = dateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? "");
  if (!match) return 0; // "GMT" alone: UTC
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
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

/** The wall-clock date (yyyy-mm-dd) and time (HH:mm) of an instant in a zone. */
export function instantToZoned(instant: Date, zone: string): { date: string; time: string } {
  const parts = dateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}
