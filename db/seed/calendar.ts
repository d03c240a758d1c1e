// Which meetings the demo calendar holds and when: the real past meetings of networks.json
// (held), its announced upcoming ones, a few confirmed meetings in the next 60 days, and
// meetings generated from each body's cadence (held in the last 6 months, tentative for the
// next 12). db/seed/meetings.ts turns them into rows.
import type { MeetingKind, MeetingMode, MeetingStatus } from "@/db/schema";
import type { BodyRef, SeedContext } from "./context";
import {
  addDays,
  addMonths,
  daysBetween,
  fromMonthIndex,
  fromPartialDate,
  monthIndex,
  nextWorkday,
  nthWeekday,
  parts,
} from "./dates";
import type { DelegateSpec } from "./delegations";
import { bodyHomeZone, place, placesOf, type Place, type PlaceKey } from "./places";
import { rngFor, type Rng } from "./random";
import { meetingKindForBody } from "../../lib/meetings/cadence-planner";
import { NETWORKS_FILE } from "./source";
import { monthName } from "./spanish";
import { forumGroupOf } from "./texts";

export interface PlannedMeeting {
  networkKey: string;
  body: BodyRef | null;
  title: string;
  kind: MeetingKind;
  startDate: string;
  /** Calendar days the meeting spans (1 = same day). */
  days: number;
  startTime: string;
  endTime: string;
  mode: MeetingMode;
  /** Null while the host city is not known (tentative meetings). */
  where: Place | null;
  timeZone: string;
  venue?: string;
  status: MeetingStatus;
  fromCadence: boolean;
  source?: string;
  dayUnknown?: boolean;
  delegation?: DelegateSpec[];
}

interface ConfirmedSpec {
  network: string;
  body: string | null;
  title: string;
  kind?: MeetingKind;
  inDays: number;
  days?: number;
  mode: MeetingMode;
  /** Host city; online meetings run on the network's home zone unless `zone` is given. */
  host?: PlaceKey;
  zone?: string;
  startTime: string;
  endTime: string;
  venue?: string;
  delegation?: DelegateSpec[];
}

/**
 * Confirmed meetings within the next 60 days, in several time zones. The technical demo user
 * (tec-amb-1) is invited to two of them.
 */
const CONFIRMED: ConfirmedSpec[] = [
  {
    network: "mercociudades",
    body: "ut-ambiente",
    title: "Reunión virtual de la Unidad Temática de Ambiente y Desarrollo Sostenible",
    inDays: 9,
    mode: "online",
    startTime: "10:00",
    endTime: "12:30",
    delegation: [
      { person: "dir-amb", role: "head", attendance: "confirmed" },
      { person: "tec-amb-1", role: "speaker", attendance: "invited" },
      { person: "tec-amb-2", role: "delegate", attendance: "confirmed" },
      { person: "coord-1", role: "support", attendance: "confirmed" },
    ],
  },
  {
    network: "u20",
    body: "sherpas",
    title: "Reunión virtual de Sherpas",
    inDays: 16,
    mode: "online",
    zone: "America/New_York",
    startTime: "09:00",
    endTime: "11:00",
    delegation: [{ person: "coord-2", role: "head", attendance: "confirmed" }],
  },
  {
    network: "ucci",
    body: "dir-rrii",
    title: "Encuentro de Directores de Relaciones Internacionales",
    inDays: 23,
    days: 2,
    mode: "in_person",
    host: "madrid",
    startTime: "09:30",
    endTime: "18:00",
    venue: "Sede de la Secretaría General",
    delegation: [
      { person: "dir-rrmm", role: "head", attendance: "confirmed" },
      { person: "coord-1", role: "delegate" },
    ],
  },
  {
    network: "iclei",
    body: null,
    title: "Webinario: financiamiento climático para gobiernos locales",
    kind: "webinar",
    inDays: 30,
    mode: "online",
    startTime: "15:00",
    endTime: "16:30",
    delegation: [
      { person: "tec-amb-1", role: "delegate", attendance: "invited" },
      { person: "tec-amb-2", role: "delegate", attendance: "confirmed" },
    ],
  },
  {
    network: "cideu",
    body: "cono-sur",
    title: "Encuentro de la Red Territorial Cono Sur",
    inDays: 37,
    mode: "hybrid",
    host: "rosario",
    startTime: "09:00",
    endTime: "17:00",
  },
  {
    network: "mercociudades",
    body: "consejo",
    title: "Reunión del Consejo",
    inDays: 52,
    mode: "hybrid",
    host: "montevideo",
    startTime: "10:00",
    endTime: "18:00",
  },
];

/** Generated history goes back this far; tentative meetings go this far ahead. */
const HISTORY_MONTHS = 6;
const HORIZON_MONTHS = 12;

/** Every meeting of the demo calendar, in a stable order. */
export function planMeetings(ctx: SeedContext): PlannedMeeting[] {
  const planned: PlannedMeeting[] = [...realMeetings(ctx), ...confirmedMeetings(ctx)];
  planned.push(...cadenceMeetings(ctx, planned));
  return planned;
}

function meetingKindOf(body: BodyRef | null, title: string): MeetingKind {
  if (/Cumbre|Congreso/.test(title) || /Cumbre|Congreso/.test(body?.source.name ?? "")) return "summit";
  return body ? meetingKindForBody(body.source.kind) : "other";
}

function realMeetings(ctx: SeedContext): PlannedMeeting[] {
  const result: PlannedMeeting[] = [];
  for (const network of NETWORKS_FILE.networks) {
    for (const meeting of network.pastMeetings) {
      const body = ctx.body(network.key, meeting.body);
      const startDate = fromPartialDate(meeting.start, "start");
      const endDate = meeting.end ? fromPartialDate(meeting.end, "end") : startDate;
      const where = { city: meeting.city, country: meeting.country, timeZone: meeting.timezone };
      result.push({
        networkKey: network.key,
        body,
        title: meeting.title,
        kind: meetingKindOf(body, meeting.title),
        startDate,
        days: Math.max(1, daysBetween(startDate, endDate) + 1),
        startTime: "09:00",
        endTime: "18:00",
        mode: "in_person",
        where,
        timeZone: meeting.timezone,
        ...(meeting.venue ? { venue: meeting.venue } : {}),
        // Past facts; should the file ever list a future date, it is at least confirmed.
        status: startDate < ctx.today ? "held" : "confirmed",
        fromCadence: false,
        source: meeting.source,
        ...(meeting.dayUnknown ? { dayUnknown: true } : {}),
      });
    }
    for (const meeting of network.upcoming ?? []) {
      const body = ctx.body(network.key, meeting.body);
      // Only the year is announced: place it in the month the body last met, on a Monday.
      const month = body.source.usualMonth ?? latestMonthOf(result, body) ?? 10;
      const startDate = nthWeekday(meeting.year, month, 1, 2);
      if (startDate <= ctx.today) continue; // an announcement overtaken by time
      result.push({
        networkKey: network.key,
        body,
        title: `${meeting.title} ${meeting.year}`,
        kind: meetingKindOf(body, meeting.title),
        startDate,
        days: 3,
        startTime: "09:00",
        endTime: "18:00",
        mode: "in_person",
        where: { city: meeting.city, country: meeting.country, timeZone: meeting.timezone },
        timeZone: meeting.timezone,
        status: meeting.status,
        fromCadence: false,
        source: meeting.source,
      });
    }
  }
  return result;
}

function latestMonthOf(meetings: PlannedMeeting[], body: BodyRef): number | undefined {
  const dates = meetings.filter((m) => m.body?.id === body.id).map((m) => m.startDate);
  const latest = dates.sort().at(-1);
  return latest ? parts(latest).month : undefined;
}

function confirmedMeetings(ctx: SeedContext): PlannedMeeting[] {
  return CONFIRMED.map((spec) => {
    const network = ctx.network(spec.network);
    const body = spec.body ? ctx.body(spec.network, spec.body) : null;
    const where = spec.host ? place(spec.host) : null;
    return {
      networkKey: spec.network,
      body,
      title: spec.title,
      kind: spec.kind ?? meetingKindOf(body, spec.title),
      startDate: nextWorkday(addDays(ctx.today, spec.inDays)),
      days: spec.days ?? 1,
      startTime: spec.startTime,
      endTime: spec.endTime,
      mode: spec.mode,
      where,
      timeZone: where?.timeZone ?? spec.zone ?? network.homeTimeZone,
      ...(spec.venue ? { venue: spec.venue } : {}),
      status: "confirmed",
      fromCadence: false,
      ...(spec.delegation ? { delegation: spec.delegation } : {}),
    };
  });
}

/**
 * Steps each body's cadence from an anchor (its latest known meeting, or its usual month,
 * or a month drawn for it) and keeps the occurrences in the window: the past ones as held
 * (only for bodies meeting at least yearly, so that no long-cycle congress is invented) and
 * the future ones as tentative. An occurrence close to a meeting already planned for the
 * body (within half a cadence) is that meeting, and is skipped.
 */
function cadenceMeetings(ctx: SeedContext, existing: PlannedMeeting[]): PlannedMeeting[] {
  const result: PlannedMeeting[] = [];
  const today = parts(ctx.today);
  const todayIndex = monthIndex(today);
  const historyStart = addMonths(ctx.today, -HISTORY_MONTHS);
  const horizon = addMonths(ctx.today, HORIZON_MONTHS);

  for (const body of ctx.bodies.values()) {
    const cadence = body.cadenceMonths;
    if (cadence === null) continue;
    const rng = rngFor(`cadence:${body.networkKey}/${body.source.key}`);
    const knownMeetings = existing
      .filter((m) => m.body?.id === body.id)
      .sort((a, b) => a.startDate.localeCompare(b.startDate));
    const known = knownMeetings.map((m) => parts(m.startDate));
    const latest = known.at(-1);
    // Until a host is announced, a meeting runs on its secretariat's (or region's) clock.
    const zone = bodyHomeZone(body.networkKey, body.source.key) ?? ctx.network(body.networkKey).homeTimeZone;
    const anchor = monthIndex({
      year: latest?.year ?? today.year,
      month: body.source.usualMonth ?? latest?.month ?? rng.int(1, 12),
    });
    const knownIndexes = known.map((d) => monthIndex(d));
    const first = anchor + Math.ceil((todayIndex - HISTORY_MONTHS - 1 - anchor) / cadence) * cadence;

    for (let index = first; index <= todayIndex + HORIZON_MONTHS + 1; index += cadence) {
      const { year, month } = fromMonthIndex(index);
      // Mid-week in the 1st to 3rd week of the month.
      let startDate = nthWeekday(year, month, rng.int(2, 4), rng.int(1, 3));
      if (startDate === ctx.today) startDate = addDays(startDate, 1);
      const past = startDate < ctx.today;
      if (past ? startDate < historyStart || cadence > 12 : startDate > horizon) continue;
      if (knownIndexes.some((k) => Math.abs(k - index) * 2 < cadence)) continue;
      result.push(cadenceMeeting(rng, body, startDate, past, zone));
    }
  }
  return result;
}

function cadenceMeeting(
  rng: Rng,
  body: BodyRef,
  startDate: string,
  past: boolean,
  zone: string,
): PlannedMeeting {
  const { year, month } = parts(startDate);
  const group = forumGroupOf(body.source.kind);
  const kind = meetingKindOf(body, "");
  const days = group === "assembly" ? (body.cadenceMonths !== null && body.cadenceMonths > 12 ? 3 : 2) : 1;
  // A held meeting has a known host; a tentative one is placed once the network announces it.
  const online = group === "technical" && (past ? rng.chance(0.5) : true);
  const where = past && !online ? rng.pick(placesOf(body.networkKey).hosts) : null;
  // The city's paused focal point explains the one cancelled meeting (see assignments).
  const cancelled = past && body.networkKey === "mercociudades" && body.source.key === "ut-juventud";
  return {
    networkKey: body.networkKey,
    body,
    title: `${body.source.name} — ${monthName(month)} de ${year}`,
    kind,
    startDate,
    days,
    startTime: online ? "10:00" : "09:00",
    endTime: online ? "12:00" : "18:00",
    mode: online ? "online" : "in_person",
    where,
    timeZone: where?.timeZone ?? zone,
    status: past ? (cancelled ? "cancelled" : "held") : "tentative",
    fromCadence: !past,
  };
}
