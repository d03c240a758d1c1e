import { describe, expect, it } from "vitest";
import type { MeetingStatus } from "@/db/schema/values";
import {
  fromMonthIndex,
  meetingKindForBody,
  monthIndex,
  monthKey,
  placeholderDate,
  planCadence,
  referenceMeeting,
  tentativeTitle,
  type CadenceInput,
  type KnownMeeting,
} from "@/lib/meetings/cadence-planner";

type M = KnownMeeting & { id: string };
const m = (id: string, startDate: string, status: MeetingStatus = "held"): M => ({ id, startDate, status });

const TODAY = "2026-11-26";

function plan(overrides: Partial<CadenceInput<M>>) {
  return planCadence<M>({
    cadenceMonths: 12,
    usualMonth: null,
    meetings: [],
    today: TODAY,
    horizon: 12,
    ...overrides,
  });
}

/** The occurrences as "yyyy-mm" → id of the meeting that already is it ("new" when none). */
function months(result: ReturnType<typeof plan>) {
  if (!result.ok) throw new Error(`no plan: ${result.reason}`);
  return Object.fromEntries(result.occurrences.map((o) => [monthKey(o), o.existing?.id ?? "new"]));
}

describe("cadence: month arithmetic", () => {
  it("numbers months so that adding crosses years, both ways", () => {
    expect(fromMonthIndex(monthIndex({ year: 2026, month: 12 }) + 1)).toEqual({ year: 2027, month: 1 });
    expect(fromMonthIndex(monthIndex({ year: 2027, month: 1 }) - 1)).toEqual({ year: 2026, month: 12 });
    expect(fromMonthIndex(monthIndex({ year: 2026, month: 11 }) + 24)).toEqual({ year: 2028, month: 11 });
  });

  it("places a tentative meeting on the 15th, or the Monday after a weekend", () => {
    expect(placeholderDate({ year: 2027, month: 10 })).toBe("2027-10-15"); // a Friday
    expect(placeholderDate({ year: 2027, month: 5 })).toBe("2027-05-17"); // the 15th is a Saturday
    expect(placeholderDate({ year: 2027, month: 8 })).toBe("2027-08-16"); // the 15th is a Sunday
  });

  it("titles a tentative meeting with the body and the month, in Spanish", () => {
    expect(tentativeTitle("Consejo", { year: 2027, month: 3 })).toBe("Consejo — marzo de 2027");
    expect(tentativeTitle("Asamblea General", { year: 2028, month: 1 })).toBe(
      "Asamblea General — enero de 2028",
    );
  });

  it("derives the meeting kind from the body's kind", () => {
    expect(meetingKindForBody("assembly")).toBe("assembly");
    expect(meetingKindForBody("presidency")).toBe("executive");
    expect(meetingKindForBody("thematic_unit")).toBe("working_group");
    expect(meetingKindForBody("secretariat")).toBe("other");
  });
});

describe("cadence: occurrences within the horizon", () => {
  it("a yearly body meets in its usual month", () => {
    const result = plan({ cadenceMonths: 12, usualMonth: 10 });
    expect(months(result)).toEqual({ "2027-10": "new" });
    if (!result.ok) return;
    expect(result.anchoredOn).toBe("usualMonth");
    expect(result.occurrences[0]!.date).toBe("2027-10-15");
    // It stands for the six months either side of October.
    expect(monthKey(result.occurrences[0]!.from)).toBe("2027-04");
    expect(monthKey(result.occurrences[0]!.to)).toBe("2028-03");
    expect(monthKey(result.next)).toBe("2028-10");
  });

  it("a yearly body keeps its usual month even when it last met a month late", () => {
    const result = plan({ cadenceMonths: 12, usualMonth: 10, meetings: [m("late", "2026-11-10")] });
    expect(months(result)).toEqual({ "2027-10": "new" });
  });

  it("a body meeting every 6 months from its usual month", () => {
    expect(months(plan({ cadenceMonths: 6, usualMonth: 3 }))).toEqual({ "2027-03": "new", "2027-09": "new" });
    // Over 24 months: four occurrences.
    expect(Object.keys(months(plan({ cadenceMonths: 6, usualMonth: 3, horizon: 24 })))).toEqual([
      "2027-03",
      "2027-09",
      "2028-03",
      "2028-09",
    ]);
  });

  it("a body meeting every 24 months is anchored on its last meeting", () => {
    const meetings = [m("xxi", "2025-10-06")];
    // Next is October 2027 (within 12 months); then October 2029 (beyond 24).
    expect(months(plan({ cadenceMonths: 24, meetings }))).toEqual({ "2027-10": "new" });
    expect(months(plan({ cadenceMonths: 24, meetings, horizon: 24 }))).toEqual({ "2027-10": "new" });
    const three = plan({ cadenceMonths: 24, meetings, horizon: 36 });
    expect(months(three)).toEqual({ "2027-10": "new", "2029-10": "new" });
    if (three.ok) expect(three.anchoredOn).toBe("meeting");
    // Held in October 2024 instead: the next one is October 2026 (past), then October 2028.
    expect(months(plan({ cadenceMonths: 24, meetings: [m("x", "2024-10-06")] }))).toEqual({});
    const later = plan({ cadenceMonths: 24, meetings: [m("x", "2024-10-06")], horizon: 24 });
    expect(months(later)).toEqual({ "2028-10": "new" });
  });

  it("every 24 months with a usual month keeps the parity of the last meeting's year", () => {
    // Held in November 2025, usually in October: the series is October 2025, 2027, 2029.
    const result = plan({
      cadenceMonths: 24,
      usualMonth: 10,
      meetings: [m("xxi", "2025-11-06")],
      horizon: 36,
    });
    expect(months(result)).toEqual({ "2027-10": "new", "2029-10": "new" });
    if (result.ok) expect(result.anchoredOn).toBe("usualMonthAndMeeting");
  });

  it("without a usual month, the series is anchored on the last meeting's month", () => {
    expect(months(plan({ cadenceMonths: 12, meetings: [m("congreso", "2026-07-08")] }))).toEqual({
      "2027-07": "new",
    });
    expect(months(plan({ cadenceMonths: 6, meetings: [m("a", "2026-08-18")] }))).toEqual({
      "2027-02": "new",
      "2027-08": "new",
    });
  });

  it("counts from the latest held or confirmed meeting, not from a later tentative one", () => {
    const meetings = [m("held", "2026-07-15"), m("tentative", "2026-12-10", "tentative")];
    const result = plan({ cadenceMonths: 12, meetings });
    // July 2027 is the next one (the December tentative belongs to July 2026's period);
    // counted from the tentative one, it would have been December 2027, beyond the horizon.
    expect(months(result)).toEqual({ "2027-07": "new" });
    expect(referenceMeeting(meetings)?.id).toBe("held");
    // With only tentative ones, the latest tentative is the reference.
    expect(
      referenceMeeting([m("t1", "2027-01-10", "tentative"), m("t2", "2027-07-10", "tentative")])?.id,
    ).toBe("t2");
    expect(referenceMeeting([m("c", "2026-01-10", "cancelled")])).toBeNull();
  });

  it("the horizon starts after the current month and ends exactly `horizon` months ahead", () => {
    // Monthly: December 2026 to November 2027 — not November 2026, not December 2027.
    const monthly = plan({ cadenceMonths: 1, meetings: [m("last", "2026-11-03")] });
    const keys = Object.keys(months(monthly));
    expect(keys).toHaveLength(12);
    expect(keys[0]).toBe("2026-12");
    expect(keys.at(-1)).toBe("2027-11");
    if (monthly.ok) {
      expect(monthKey(monthly.window.from)).toBe("2026-12");
      expect(monthKey(monthly.window.to)).toBe("2027-11");
    }
    // A yearly body usually meeting in November: this November is over, next November is in.
    expect(months(plan({ cadenceMonths: 12, usualMonth: 11 }))).toEqual({ "2027-11": "new" });
    // One usually meeting in December: the coming December, and not the next one.
    expect(months(plan({ cadenceMonths: 12, usualMonth: 12 }))).toEqual({ "2026-12": "new" });
    expect(
      Object.keys(months(plan({ cadenceMonths: 1, meetings: [m("l", "2026-11-03")], horizon: 24 }))),
    ).toHaveLength(24);
  });

  it("rolls over from December into January", () => {
    const december = "2026-12-10";
    expect(months(plan({ cadenceMonths: 12, usualMonth: 1, today: december }))).toEqual({ "2027-01": "new" });
    expect(months(plan({ cadenceMonths: 6, meetings: [m("july", "2026-07-20")], today: december }))).toEqual({
      "2027-01": "new",
      "2027-07": "new",
    });
    const result = plan({ cadenceMonths: 3, meetings: [m("oct", "2026-10-05")], today: december });
    expect(Object.keys(months(result))).toEqual(["2027-01", "2027-04", "2027-07", "2027-10"]);
  });

  it("an existing meeting in the occurrence's period is that occurrence; a cancelled one is not", () => {
    const meetings = [
      m("held", "2026-05-20"),
      m("tentative", "2026-11-18", "tentative"),
      m("late", "2027-06-02", "confirmed"), // May's occurrence, a month late
      m("cancelled", "2027-11-15", "cancelled"),
    ];
    expect(months(plan({ cadenceMonths: 6, usualMonth: 5, meetings }))).toEqual({
      "2027-05": "late",
      "2027-11": "new",
    });
    // A postponed meeting still stands for its occurrence.
    const withPostponed = [...meetings, m("p", "2027-11-20", "postponed")];
    expect(months(plan({ cadenceMonths: 6, usualMonth: 5, meetings: withPostponed }))).toEqual({
      "2027-05": "late",
      "2027-11": "p",
    });
  });

  it("of two meetings in one period, the one closest to the occurrence's month is shown", () => {
    const meetings = [
      m("held", "2026-10-10"),
      m("extra", "2027-08-01", "confirmed"),
      m("ordinary", "2027-10-05", "tentative"),
    ];
    expect(months(plan({ cadenceMonths: 12, usualMonth: 10, meetings }))).toEqual({ "2027-10": "ordinary" });
  });

  it("a long cadence may have no occurrence within the horizon, and says when the next one is", () => {
    const result = plan({ cadenceMonths: 36, meetings: [m("congreso", "2025-06-18")] });
    expect(months(result)).toEqual({});
    if (result.ok) expect(monthKey(result.next)).toBe("2028-06");
  });

  it("explains why nothing can be planned", () => {
    expect(plan({ cadenceMonths: null })).toEqual({ ok: false, reason: "irregular" });
    expect(plan({ cadenceMonths: 12, usualMonth: null, meetings: [] })).toEqual({
      ok: false,
      reason: "noReference",
    });
    // Only cancelled meetings: nothing to count from either.
    expect(plan({ cadenceMonths: 12, meetings: [m("c", "2026-05-01", "cancelled")] })).toEqual({
      ok: false,
      reason: "noReference",
    });
  });
});
