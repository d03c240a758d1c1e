import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  daysOf,
  fromMonthIndex,
  isRealDate,
  lastDayOf,
  monthIndex,
  monthKey,
  monthOf,
  shiftMonth,
  weekday,
  yearMonthOf,
} from "@/lib/dates";

describe("calendar dates (yyyy-mm-dd)", () => {
  it("adds days across month and year ends, both ways", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-06-15", 0)).toBe("2026-06-15");
    expect(addDays("2026-01-01", 365)).toBe("2027-01-01");
  });

  it("knows leap years (every 4, not every 100, every 400)", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(isRealDate("2028-02-29")).toBe(true);
    expect(isRealDate("2026-02-29")).toBe(false);
    expect(isRealDate("2026-04-31")).toBe(false);
    expect(isRealDate("2026-13-01")).toBe(false);
  });

  it("counts whole days, across DST changes elsewhere and leap days", () => {
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(daysBetween("2026-03-31", "2026-03-01")).toBe(-30);
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
  });

  it("adds months, clamping the day to the target month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15");
    expect(addMonths("2026-03-15", 12)).toBe("2027-03-15");
  });

  it("gives the day of the week (0 = Sunday)", () => {
    expect(weekday("2026-12-07")).toBe(1);
    expect(weekday("2027-01-03")).toBe(0);
    expect(weekday("2028-02-29")).toBe(2);
  });
});

describe("months (yyyy-mm)", () => {
  it("takes a date's month and steps across years", () => {
    expect(monthOf("2026-12-07")).toBe("2026-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2027-01", -1)).toBe("2026-12");
    expect(shiftMonth("2026-05", -17)).toBe("2024-12");
    expect(shiftMonth("2026-05", 24)).toBe("2028-05");
  });

  it("counts months as integers", () => {
    expect(yearMonthOf("2027-03-15")).toEqual({ year: 2027, month: 3 });
    expect(yearMonthOf("2027-03")).toEqual({ year: 2027, month: 3 });
    expect(fromMonthIndex(monthIndex({ year: 2026, month: 12 }) + 1)).toEqual({ year: 2027, month: 1 });
    expect(monthKey({ year: 2027, month: 3 })).toBe("2027-03");
  });

  it("lists a month's days, with leap February", () => {
    expect(daysOf("2028-02")).toHaveLength(29);
    expect(daysOf("2026-02")).toHaveLength(28);
    expect(daysOf("2026-12").at(-1)).toBe("2026-12-31");
    expect(lastDayOf("2026-12")).toBe("2026-12-31");
    expect(lastDayOf("2028-02")).toBe("2028-02-29");
    expect(lastDayOf("2026-04")).toBe("2026-04-30");
  });
});
