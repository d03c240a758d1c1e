import { describe, expect, it } from "vitest";
import { instantToZoned, isValidTimeZone, offsetMinutes, zonedTimeToInstant } from "@/lib/timezone";

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
});
