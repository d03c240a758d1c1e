// An iCalendar (RFC 5545) writer for published calendars: one VCALENDAR with its events and a
// VTIMEZONE for every zone the events use, so that each event keeps its own local time.
import { DISPLAY_TIME_ZONE } from "../i18n/config";
import { contentLine, joinLines, textLine } from "./text";
import { isValidTimeZone, wallTime } from "../dates";
import { localDateTime, utcDateTime, vtimezoneLines } from "./timezone";

export const PRODID = "-//Gobierno de la Ciudad de Buenos Aires//Redes//ES";

export type IcsStatus = "TENTATIVE" | "CONFIRMED" | "CANCELLED";

export interface IcsEvent {
  /** Globally unique and stable across exports: clients match updates by it. */
  uid: string;
  start: Date;
  end: Date;
  /** IANA zone the event is written in (DTSTART;TZID=…). An unknown zone falls back to UTC. */
  timeZone: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status: IcsStatus;
  /** Revision number: clients replace their copy when it grows. */
  sequence: number;
  created?: Date | null;
  lastModified?: Date | null;
}

export interface IcsCalendar {
  /** Shown by clients as the subscribed calendar's name (X-WR-CALNAME). */
  name: string;
  description?: string;
  events: readonly IcsEvent[];
  /** DTSTAMP of the events; defaults to now. */
  now?: Date;
  /** How often subscribers should refresh, as an iCalendar duration (default one hour). */
  refreshInterval?: string;
}

const zoneOf = (event: IcsEvent) => (isValidTimeZone(event.timeZone) ? event.timeZone : null);

function dateTimeLine(name: "DTSTART" | "DTEND", instant: Date, timeZone: string | null): string {
  return timeZone
    ? contentLine(name, localDateTime(instant, timeZone), { TZID: timeZone })
    : contentLine(name, `${utcDateTime(instant)}Z`);
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const zone = zoneOf(event);
  const lines = [
    "BEGIN:VEVENT",
    textLine("UID", event.uid),
    `DTSTAMP:${stamp}`,
    dateTimeLine("DTSTART", event.start, zone),
    dateTimeLine("DTEND", event.end, zone),
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    `STATUS:${event.status}`,
    textLine("SUMMARY", event.summary),
  ];
  if (event.location) lines.push(textLine("LOCATION", event.location));
  if (event.description) lines.push(textLine("DESCRIPTION", event.description));
  // URL is a URI, not TEXT: it is written as it is (built by us from an origin and an id).
  if (event.url) lines.push(contentLine("URL", event.url.replace(/[\s"]/g, ""), { VALUE: "URI" }));
  if (event.created) lines.push(`CREATED:${utcDateTime(event.created)}Z`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}Z`);
  if (event.status === "CANCELLED") lines.push("TRANSP:TRANSPARENT");
  lines.push("END:VEVENT");
  return lines;
}

/** The years (local) each zone needs a definition for: from its events' first start to last end. */
function zoneYears(events: readonly IcsEvent[]): Map<string, { from: number; to: number }> {
  const years = new Map<string, { from: number; to: number }>();
  for (const event of events) {
    const zone = zoneOf(event);
    if (!zone) continue;
    const from = wallTime(event.start, zone).year;
    const to = wallTime(event.end, zone).year;
    const known = years.get(zone);
    years.set(zone, known ? { from: Math.min(known.from, from), to: Math.max(known.to, to) } : { from, to });
  }
  return years;
}

/** The whole calendar as text: CRLF line endings, lines folded at 75 octets. */
export function buildCalendar(calendar: IcsCalendar): string {
  const stamp = `${utcDateTime(calendar.now ?? new Date())}Z`;
  const refresh = calendar.refreshInterval ?? "PT1H";
  const lines = [
    "BEGIN:VCALENDAR",
    `PRODID:${PRODID}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    textLine("X-WR-CALNAME", calendar.name),
    contentLine("X-WR-TIMEZONE", DISPLAY_TIME_ZONE),
  ];
  if (calendar.description) lines.push(textLine("X-WR-CALDESC", calendar.description));
  lines.push(contentLine("REFRESH-INTERVAL", refresh, { VALUE: "DURATION" }), `X-PUBLISHED-TTL:${refresh}`);
  const zones = [...zoneYears(calendar.events)].sort(([a], [b]) => a.localeCompare(b));
  for (const [zone, { from, to }] of zones) lines.push(...vtimezoneLines(zone, from, to));
  for (const event of calendar.events) lines.push(...eventLines(event, stamp));
  lines.push("END:VCALENDAR");
  return joinLines(lines);
}
