import { describe, expect, it } from "vitest";
import {
  dateIn,
  instantToZoned,
  isValidTimeZone,
  offsetMinutes,
  offsetSeconds,
  startOfDayInBuenosAires,
  todayInBuenosAires,
  wallTime,
  zonedTimeToInstant,
} from "@/lib/dates";

describe("time zones", () => {
  it("knows real IANA zones and refuses made-up ones", () => {
    expect(isValidTimeZone("America/Montevideo")).toBe(true);
    expect(isValidTimeZone("Europe/Madrid")).toBe(true);
    expect(isValidTimeZone("America/Gotham")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("UTC; DROP TABLE")).toBe(false);
  });

  it("converts wall-clock times to instants and back, across DST", () => {
    // Buenos Aires: UTC-3 all year.
    expect(zonedTimeToInstant("2026-03-09", "09:30", "America/Argentina/Buenos_Aires").toISOString()).toBe(
      "2026-03-09T12:30:00.000Z",
    );
    // Madrid: UTC+1 in winter, UTC+2 in summer.
    expect(zonedTimeToInstant("2026-01-15", "10:00", "Europe/Madrid").toISOString()).toBe(
      "2026-01-15T09:00:00.000Z",
    );
    expect(zonedTimeToInstant("2026-07-15", "10:00", "Europe/Madrid").toISOString()).toBe(
      "2026-07-15T08:00:00.000Z",
    );
    // The night the clocks go forward (29/03/2026 02:00 → 03:00).
    expect(zonedTimeToInstant("2026-03-29", "03:30", "Europe/Madrid").toISOString()).toBe(
      "2026-03-29T01:30:00.000Z",
    );
    expect(offsetMinutes("Europe/Madrid", new Date("2026-03-29T00:59:00Z"))).toBe(60);
    expect(offsetMinutes("Europe/Madrid", new Date("2026-03-29T01:00:00Z"))).toBe(120);
    for (const [date, time, zone] of [
      ["2026-11-10", "09:00", "America/Montevideo"],
      ["2026-10-25", "18:45", "Europe/Madrid"],
      ["2027-02-01", "07:05", "Asia/Tokyo"],
    ] as const) {
      expect(instantToZoned(zonedTimeToInstant(date, time, zone), zone)).toEqual({ date, time });
    }
  });

  it("reads the same clock as Intl for every minute around offset changes, in odd zones and old dates", () => {
    // instantToZoned caches each zone's offset per UTC hour; this checks it against Intl itself
    // where a cache could go wrong: DST changes (both directions), half-hour DST (Lord Howe),
    // quarter-hour offsets (Kathmandu, Chatham), an abolished DST (São Paulo) and local mean
    // time with seconds (Buenos Aires before 1894).
    const intl = (instant: Date, zone: string) => {
      const parts = new Intl.DateTimeFormat("en-CA", {
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).formatToParts(instant);
      const get = (type: string) => parts.find((p) => p.type === type)?.value;
      return {
        date: `${get("year")}-${get("month")}-${get("day")}`,
        time: `${get("hour")}:${get("minute")}`,
      };
    };
    const around: [string, string][] = [
      ["Europe/Madrid", "2026-03-29T01:00:00Z"],
      ["Europe/Madrid", "2026-10-25T01:00:00Z"],
      ["America/New_York", "2026-11-01T06:00:00Z"],
      ["Australia/Lord_Howe", "2026-04-04T15:00:00Z"],
      ["Australia/Lord_Howe", "2026-10-03T15:30:00Z"],
      ["Asia/Kathmandu", "2026-06-01T00:00:00Z"],
      ["Pacific/Chatham", "2026-04-04T14:00:00Z"],
      ["America/Sao_Paulo", "2018-11-04T03:00:00Z"],
      ["America/Argentina/Buenos_Aires", "1894-10-31T04:16:48Z"],
    ];
    let checked = 0;
    for (const [zone, at] of around) {
      const center = Date.parse(at);
      for (let minute = -150; minute <= 150; minute += 1) {
        const instant = new Date(center + minute * 60_000 + 17_000);
        expect(instantToZoned(instant, zone), `${zone} ${instant.toISOString()}`).toEqual(
          intl(instant, zone),
        );
        checked += 1;
      }
    }
    expect(checked).toBe(around.length * 301);
  });
});

describe("calendar days in a zone", () => {
  it("takes today's date in Buenos Aires, not UTC's, at both ends of the year", () => {
    // 31/12 22:30 in Buenos Aires is already 01/01 in UTC.
    expect(todayInBuenosAires(new Date("2027-01-01T01:30:00Z"))).toBe("2026-12-31");
    expect(todayInBuenosAires(new Date("2027-01-01T03:00:00Z"))).toBe("2027-01-01");
    expect(todayInBuenosAires(new Date("2028-03-01T02:59:59Z"))).toBe("2028-02-29");
    expect(startOfDayInBuenosAires("2028-02-29").toISOString()).toBe("2028-02-29T03:00:00.000Z");
  });

  it("converts in a zone with DST, both changes of the year (New York)", () => {
    const zone = "America/New_York";
    // 08/03/2026 02:00 → 03:00: the skipped hour takes the later offset.
    expect(zonedTimeToInstant("2026-03-08", "01:30", zone).toISOString()).toBe("2026-03-08T06:30:00.000Z");
    expect(zonedTimeToInstant("2026-03-08", "03:30", zone).toISOString()).toBe("2026-03-08T07:30:00.000Z");
    // 01/11/2026 02:00 → 01:00: the repeated hour takes the first.
    expect(zonedTimeToInstant("2026-11-01", "01:30", zone).toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(instantToZoned(new Date("2026-11-01T06:30:00Z"), zone)).toEqual({
      date: "2026-11-01",
      time: "01:30",
    });
    expect(offsetSeconds(zone, new Date("2026-07-01T12:00:00Z"))).toBe(-4 * 3600);
    expect(offsetSeconds(zone, new Date("2026-12-01T12:00:00Z"))).toBe(-5 * 3600);
    expect(dateIn(new Date("2027-01-01T04:59:00Z"), zone)).toBe("2026-12-31");
    expect(wallTime(new Date("2028-02-29T23:59:59Z"), "Europe/Madrid")).toEqual({
      year: 2028,
      month: 3,
      day: 1,
      hour: 0,
      minute: 59,
      second: 59,
    });
  });

  it("refuses zone names the runtime does not know or that are not names", () => {
    expect(isValidTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Europe/Atlantis")).toBe(false);
    expect(isValidTimeZone("+03:00")).toBe(false);
  });
});
