// Calendar arithmetic for the demo seed: the app's date module (lib/dates) plus what only the
// demo data needs (the n-th weekday of a month, the next workday, partial dates). Calendar
// dates are "yyyy-mm-dd" strings; instants are built from a wall-clock time in a meeting's zone.
import { DISPLAY_TIME_ZONE } from "../../lib/i18n/config";
import { addDays, daysInMonth, isoDate, weekday } from "../../lib/dates";

export {
  addDays,
  addMonths,
  daysBetween,
  fromMonthIndex,
  isoDate,
  monthIndex,
  parts,
  todayInBuenosAires,
  zonedTimeToInstant,
} from "../../lib/dates";

export const BUENOS_AIRES = DISPLAY_TIME_ZONE;

/** The n-th (1-based) given weekday of a month, e.g. the 2nd Tuesday. */
export function nthWeekday(year: number, month: number, wantedWeekday: number, n: number): string {
  const first = isoDate(year, month, 1);
  const offset = (wantedWeekday - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** Moves a Saturday or Sunday to the following Monday. */
export function nextWorkday(date: string): string {
  const wd = weekday(date);
  return wd === 6 ? addDays(date, 2) : wd === 0 ? addDays(date, 1) : date;
}

/**
 * "2024" | "2024-06" | "2024-06-18" → a calendar date. A start takes the first day of the
 * period; an end takes its last day (a term "until 2024-11" runs through November).
 */
export function fromPartialDate(value: string, edge: "start" | "end"): string {
  const [y, m, d] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return edge === "start" ? isoDate(y, 1, 1) : isoDate(y, 12, 31);
  if (d === undefined) return isoDate(y, m, edge === "start" ? 1 : daysInMonth(y, m));
  return isoDate(y, m, d);
}
