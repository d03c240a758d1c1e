import {
  addDays,
  isRealDate,
  lastDayOf,
  monthOf,
  shiftMonth,
  startOfDayInBuenosAires,
  todayInBuenosAires,
} from "../dates";
import type { PanelParams, PanelPeriodKind } from "./params";

/** A custom period spans at most this many years (the monthly chart stays readable). */
export const MAX_PERIOD_YEARS = 3;

/**
 * The panel's period: Buenos Aires calendar days `from`…`to`, both included. Meetings belong
 * to the day they start on in Buenos Aires (as on the calendar), so the period's instants are
 * [start of `from`, start of the day after `to`) in Buenos Aires time.
 */
export interface PanelPeriod {
  kind: PanelPeriodKind;
  from: string;
  to: string;
  /** The months the period touches (yyyy-mm), in order. */
  months: string[];
  /** Why the custom days asked for were not used as given. */
  notice?: "incomplete" | "tooLong";
}

/** The quarter (1–4) of a calendar date. */
export const quarterOf = (isoDate: string) => Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1;

export { lastDayOf };

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = shiftMonth(m, 1)) months.push(m);
  return months;
}

function period(
  kind: PanelPeriodKind,
  from: string,
  to: string,
  notice?: PanelPeriod["notice"],
): PanelPeriod {
  return { kind, from, to, months: monthsBetween(from, to), ...(notice ? { notice } : {}) };
}

export function currentQuarter(today: string): { from: string; to: string } {
  const year = today.slice(0, 4);
  const firstMonth = (quarterOf(today) - 1) * 3 + 1;
  const start = `${year}-${String(firstMonth).padStart(2, "0")}`;
  return { from: `${start}-01`, to: lastDayOf(shiftMonth(start, 2)) };
}

/**
 * The period a URL asks for, judged on today's Buenos Aires date. A custom period needs both
 * days (else this quarter); a reversed one is read the way it was meant; one longer than
 * MAX_PERIOD_YEARS is cut to that length.
 */
export function resolvePeriod(
  params: Pick<PanelParams, "period" | "from" | "to">,
  today: string = todayInBuenosAires(),
): PanelPeriod {
  const quarter = currentQuarter(today);
  switch (params.period) {
    case "anio": {
      const year = today.slice(0, 4);
      return period("anio", `${year}-01-01`, `${year}-12-31`);
    }
    case "personalizado": {
      if (!params.from || !params.to) return period("trimestre", quarter.from, quarter.to, "incomplete");
      const [from, to] = params.from <= params.to ? [params.from, params.to] : [params.to, params.from];
      // The day before the same date MAX_PERIOD_YEARS later (29 February rolls to 1 March).
      const year = Number(from.slice(0, 4)) + MAX_PERIOD_YEARS;
      const same = `${year}${from.slice(4)}`;
      const limit = addDays(isRealDate(same) ? same : `${year}-03-01`, -1);
      return to > limit ? period("personalizado", from, limit, "tooLong") : period("personalizado", from, to);
    }
    default:
      return period("trimestre", quarter.from, quarter.to);
  }
}

/** The instants that bound a period: [from, to) in Buenos Aires time. */
export function periodInstants(p: Pick<PanelPeriod, "from" | "to">): { from: Date; to: Date } {
  return { from: startOfDayInBuenosAires(p.from), to: startOfDayInBuenosAires(addDays(p.to, 1)) };
}
