import { describe, expect, it } from "vitest";
import { todayInBuenosAires } from "@/lib/dates";
import { termState } from "@/lib/seats/term-state";

// A term is current from its first day through its last, on Buenos Aires' calendar: the day
// changes at midnight there (03:00 UTC), not at the server's midnight.
describe("a term's state on a given day", () => {
  const running = { status: "ended" as const, startsOn: "2024-12-27", endsOn: "2026-12-26" };
  const next = { status: "active" as const, startsOn: "2026-12-28", endsOn: "2028-12-27" };
  /** The state at an instant, as the pages judge it (today in Buenos Aires). */
  const at = (term: typeof running | typeof next, instant: string) =>
    termState(term, todayInBuenosAires(new Date(instant)));

  it("a term recorded ahead of time is upcoming until its first day starts in Buenos Aires", () => {
    expect(at(next, "2026-12-07T15:00:00Z")).toBe("upcoming");
    // 27/12 23:59:59 in Buenos Aires is already the 28th in UTC: still the day before.
    expect(at(next, "2026-12-28T02:59:59Z")).toBe("upcoming");
    expect(at(next, "2026-12-28T03:00:00Z")).toBe("current");
    expect(at(next, "2026-12-28T23:00:00Z")).toBe("current");
  });

  it("the running term stays current through its last day, whatever its stored status", () => {
    expect(at(running, "2026-12-07T15:00:00Z")).toBe("current");
    expect(at(running, "2026-12-26T03:00:00Z")).toBe("current");
    // 26/12 23:59:59 in Buenos Aires: its last day still.
    expect(at(running, "2026-12-27T02:59:59Z")).toBe("current");
    expect(at(running, "2026-12-27T03:00:00Z")).toBe("ended");
    expect(at({ ...running, status: "active" }, "2026-12-27T03:00:00Z")).toBe("ended");
  });

  it("the first and last days count; open ends run on; candidacies stay candidacies", () => {
    const term = { status: "active" as const, startsOn: "2026-03-01", endsOn: "2026-03-31" };
    expect(termState(term, "2026-02-28")).toBe("upcoming");
    expect(termState(term, "2026-03-01")).toBe("current");
    expect(termState(term, "2026-03-31")).toBe("current");
    expect(termState(term, "2026-04-01")).toBe("ended");
    expect(termState({ ...term, endsOn: null }, "2099-01-01")).toBe("current");
    expect(termState({ ...term, status: "candidate" }, "2026-03-15")).toBe("candidate");
    expect(termState({ ...term, status: "candidate" }, "2026-02-01")).toBe("candidate");
  });
});
