import { DISPLAY_TIME_ZONE } from "./i18n/config";
import { dateTimeFormat } from "./intl";

// Calendar dates are `date` columns (yyyy-mm-dd). "Today" is the date in Buenos Aires, where the
// area works, never the server's UTC date (after 21:00 in Buenos Aires, UTC is already tomorrow).

/** Today's calendar date (yyyy-mm-dd) in Buenos Aires, where "overdue" and "ends in N days" are judged. */
export function todayInBuenosAires(now: Date = new Date()): string {
  return dateTimeFormat("en-CA", {
    timeZone: DISPLAY_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** yyyy-mm-dd plus (or minus) whole days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
