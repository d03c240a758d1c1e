// Time-zone arithmetic for iCalendar from the runtime's own tz database (through Intl): local
// date-times in a meeting's IANA zone, and VTIMEZONE components whose observances are the
// zone's actual offset changes over the years a calendar uses.
import { offsetSeconds, pad, wallTime, type WallTime } from "../dates";
import { contentLine } from "./text";

const DAY_MS = 86_400_000;

const formatWall = (w: WallTime) =>
  `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;

/** A DATE-TIME in the zone's local time (no "Z"), for DTSTART;TZID=…. */
export function localDateTime(instant: Date | number, timeZone: string): string {
  return formatWall(wallTime(instant, timeZone));
}

/** A DATE-TIME in UTC ("Z" form), for DTSTAMP, LAST-MODIFIED… */
export function utcDateTime(instant: Date | number): string {
  const d = new Date(instant);
  return formatWall({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  });
}

/** A UTC-OFFSET value (±HHMM, or ±HHMMSS for the historic offsets with seconds). */
export function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? "-" : "+";
  const abs = Math.abs(seconds);
  const text = `${sign}${pad(Math.floor(abs / 3600))}${pad(Math.floor((abs % 3600) / 60))}`;
  return abs % 60 ? `${text}${pad(abs % 60)}` : text;
}

export interface Transition {
  /** The instant (ms since the epoch) from which the new offset applies. */
  at: number;
  from: number;
  to: number;
}

const transitionCache = new Map<string, Transition[]>();

/**
 * The zone's offset changes during one year (by UTC instant): the offset is sampled day by day,
 * and each change is narrowed down to the second by bisection. Cached: the runtime's tz data
 * does not change while it runs.
 */
export function transitionsInYear(timeZone: string, year: number): Transition[] {
  const key = `${timeZone}|${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const transitions: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let previousAt = Date.UTC(year, 0, 1);
  let previous = offsetSeconds(timeZone, previousAt);
  for (let at = previousAt + DAY_MS; at <= end; at += DAY_MS) {
    const offset = offsetSeconds(timeZone, at);
    if (offset !== previous) {
      let lo = previousAt; // still the old offset
      let hi = at; // already the new one
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (offsetSeconds(timeZone, mid) === previous) lo = mid;
        else hi = mid;
      }
      transitions.push({ at: hi, from: previous, to: offsetSeconds(timeZone, hi) });
    }
    previous = offset;
    previousAt = at;
  }
  transitionCache.set(key, transitions);
  return transitions;
}

/** Offset changes from the start of `fromYear` to the end of `toYear`, in order. */
export function transitionsBetween(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const all: Transition[] = [];
  for (let year = fromYear; year <= toYear; year++) all.push(...transitionsInYear(timeZone, year));
  return all;
}

/**
 * A VTIMEZONE for the zone covering `fromYear`..`toYear`: one observance from the first day of
 * `fromYear` with the offset then in force, then one STANDARD or DAYLIGHT observance per offset
 * change (a change to a larger offset is daylight time), each with its onset as DTSTART in the
 * local time before the change (RFC 5545 §3.6.5) and no RRULE. A zone without changes (Buenos
 * Aires, Montevideo today) gets a single STANDARD observance.
 */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const initial = offsetSeconds(timeZone, start);
  const transitions = transitionsBetween(timeZone, fromYear, toYear);
  const firstIsForward = transitions[0] ? transitions[0].to > transitions[0].from : true;
  const lines = ["BEGIN:VTIMEZONE", contentLine("TZID", timeZone)];
  const observance = (kind: "STANDARD" | "DAYLIGHT", dtstart: string, from: number, to: number) => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${dtstart}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `END:${kind}`,
    );
  };
  observance(firstIsForward ? "STANDARD" : "DAYLIGHT", `${pad(fromYear, 4)}0101T000000`, initial, initial);
  for (const t of transitions) {
    // The onset as the wall clock showed it just before the change (the "from" offset).
    const onset = utcDateTime(t.at + t.from * 1000).slice(0, 15);
    observance(t.to > t.from ? "DAYLIGHT" : "STANDARD", onset, t.from, t.to);
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
