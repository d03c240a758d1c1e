import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { buildCalendar, type IcsEvent } from "@/lib/ics/calendar";
import {
  formatOffset,
  localDateTime,
  transitionsBetween,
  transitionsInYear,
  utcDateTime,
  vtimezoneLines,
} from "@/lib/ics/timezone";
import { offsetSeconds } from "@/lib/dates";

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3600;

/** The observances of a VTIMEZONE as [kind, DTSTART, FROM, TO]. */
function observances(lines: string[]): string[][] {
  const result: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const match = /^BEGIN:(STANDARD|DAYLIGHT)$/.exec(line);
    if (match) current = [match[1]!];
    else if (/^END:(STANDARD|DAYLIGHT)$/.test(line) && current) {
      result.push(current);
      current = null;
    } else if (current) current.push(line.slice(line.indexOf(":") + 1));
  }
  return result;
}

describe("offsets and local times", () => {
  it("follows Europe/Madrid across its 2026 changes", () => {
    expect(offsetSeconds("Europe/Madrid", Date.parse("2026-03-29T00:59:59Z"))).toBe(HOUR);
    expect(offsetSeconds("Europe/Madrid", Date.parse("2026-03-29T01:00:00Z"))).toBe(2 * HOUR);
    expect(offsetSeconds("Europe/Madrid", Date.parse("2026-10-25T00:59:59Z"))).toBe(2 * HOUR);
    expect(offsetSeconds("Europe/Madrid", Date.parse("2026-10-25T01:00:00Z"))).toBe(HOUR);
    // The wall clock jumps from 01:59:59 to 03:00:00, and repeats 02:00–02:59 in October.
    expect(localDateTime(Date.parse("2026-03-29T00:59:59Z"), "Europe/Madrid")).toBe("20260329T015959");
    expect(localDateTime(Date.parse("2026-03-29T01:00:00Z"), "Europe/Madrid")).toBe("20260329T030000");
    expect(localDateTime(Date.parse("2026-10-25T00:30:00Z"), "Europe/Madrid")).toBe("20261025T023000");
    expect(localDateTime(Date.parse("2026-10-25T01:30:00Z"), "Europe/Madrid")).toBe("20261025T023000");
  });

  it("has no changes in Buenos Aires and Montevideo, and writes 24-hour UTC stamps", () => {
    expect(offsetSeconds("America/Argentina/Buenos_Aires", Date.parse("2026-07-01T12:00:00Z"))).toBe(
      -3 * HOUR,
    );
    expect(offsetSeconds("America/Montevideo", Date.parse("2026-01-15T12:00:00Z"))).toBe(-3 * HOUR);
    expect(transitionsBetween("America/Argentina/Buenos_Aires", 2025, 2027)).toEqual([]);
    expect(transitionsBetween("America/Montevideo", 2025, 2027)).toEqual([]);
    expect(localDateTime(Date.parse("2026-05-04T03:00:00Z"), "America/Montevideo")).toBe("20260504T000000");
    expect(utcDateTime(Date.parse("2026-05-04T00:05:09.999Z"))).toBe("20260504T000509");
  });

  it("formats UTC offsets", () => {
    expect(formatOffset(3600)).toBe("+0100");
    expect(formatOffset(-3 * 3600)).toBe("-0300");
    expect(formatOffset(5 * 3600 + 45 * 60)).toBe("+0545");
    expect(formatOffset(-(3 * 3600 + 30 * 60))).toBe("-0330");
    expect(formatOffset(0)).toBe("+0000");
    expect(formatOffset(-(4 * 3600 + 16 * 60 + 48))).toBe("-041648");
  });
});

describe("transitions", () => {
  it("finds Europe/Madrid's changes to the second, year by year", () => {
    expect(transitionsInYear("Europe/Madrid", 2026).map((t) => [iso(t.at), t.from, t.to])).toEqual([
      ["2026-03-29T01:00:00.000Z", HOUR, 2 * HOUR],
      ["2026-10-25T01:00:00.000Z", 2 * HOUR, HOUR],
    ]);
    expect(transitionsBetween("Europe/Madrid", 2025, 2027).map((t) => iso(t.at))).toEqual([
      "2025-03-30T01:00:00.000Z",
      "2025-10-26T01:00:00.000Z",
      "2026-03-29T01:00:00.000Z",
      "2026-10-25T01:00:00.000Z",
      "2027-03-28T01:00:00.000Z",
      "2027-10-31T01:00:00.000Z",
    ]);
  });

  it("finds New York's changes at 2:00 local time", () => {
    expect(transitionsInYear("America/New_York", 2026).map((t) => [iso(t.at), t.from, t.to])).toEqual([
      ["2026-03-08T07:00:00.000Z", -5 * HOUR, -4 * HOUR],
      ["2026-11-01T06:00:00.000Z", -4 * HOUR, -5 * HOUR],
    ]);
  });
});

describe("VTIMEZONE", () => {
  it("Europe/Madrid 2026: standard time from January, daylight from 29 March, standard from 25 October", () => {
    const lines = vtimezoneLines("Europe/Madrid", 2026, 2026);
    expect(lines[0]).toBe("BEGIN:VTIMEZONE");
    expect(lines[1]).toBe("TZID:Europe/Madrid");
    expect(lines.at(-1)).toBe("END:VTIMEZONE");
    // Each onset is the local time before the change (RFC 5545 §3.6.5).
    expect(observances(lines)).toEqual([
      ["STANDARD", "20260101T000000", "+0100", "+0100"],
      ["DAYLIGHT", "20260329T020000", "+0100", "+0200"],
      ["STANDARD", "20261025T030000", "+0200", "+0100"],
    ]);
  });

  it("covers every year asked for", () => {
    const kinds = observances(vtimezoneLines("Europe/Madrid", 2025, 2027)).map((o) => `${o[0]} ${o[1]}`);
    expect(kinds).toEqual([
      "STANDARD 20250101T000000",
      "DAYLIGHT 20250330T020000",
      "STANDARD 20251026T030000",
      "DAYLIGHT 20260329T020000",
      "STANDARD 20261025T030000",
      "DAYLIGHT 20270328T020000",
      "STANDARD 20271031T030000",
    ]);
  });

  it("a zone without daylight time has one STANDARD observance", () => {
    expect(observances(vtimezoneLines("America/Montevideo", 2026, 2027))).toEqual([
      ["STANDARD", "20260101T000000", "-0300", "-0300"],
    ]);
  });

  it("a southern zone starts the year on daylight time", () => {
    const list = observances(vtimezoneLines("America/Santiago", 2026, 2026));
    expect(list[0]?.[0]).toBe("DAYLIGHT");
    expect(list[0]?.slice(2)).toEqual(["-0300", "-0300"]);
    expect(list.slice(1).map((o) => [o[0], o[2], o[3]])).toEqual([
      ["STANDARD", "-0300", "-0400"],
      ["DAYLIGHT", "-0400", "-0300"],
    ]);
  });
});

describe("an independent parser reads the right instants through our VTIMEZONE", () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it("events on both sides of Madrid's changes", () => {
    const instants = [
      "2026-03-28T09:00:00Z", // 10:00 CET
      "2026-03-29T08:00:00Z", // 10:00 CEST, the morning after the change
      "2026-10-24T08:00:00Z", // 10:00 CEST
      "2026-10-26T09:00:00Z", // 10:00 CET
      "2027-07-01T07:30:00Z", // 09:30 CEST, next year
    ];
    const events: IcsEvent[] = instants.map((at, index) => ({
      uid: `m${index}@test`,
      start: new Date(at),
      end: new Date(Date.parse(at) + 2 * 3600_000),
      timeZone: "Europe/Madrid",
      summary: `Reunión ${index}`,
      status: "CONFIRMED",
      sequence: 0,
    }));
    const text = buildCalendar({ name: "Prueba", events, now: new Date("2026-01-01T00:00:00Z") });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zones = calendar.getAllSubcomponents("vtimezone");
    expect(zones).toHaveLength(1);
    for (const zone of zones) ICAL.TimezoneService.register(zone);
    const parsed = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => e.startDate.toString().slice(11, 16))).toEqual([
      "10:00",
      "10:00",
      "10:00",
      "10:00",
      "09:30",
    ]);
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual(
      instants.map((at) => new Date(at).toISOString()),
    );
  });
});
