import { DISPLAY_TIME_ZONE } from "../i18n/config";

/**
 * Calendar-date arithmetic for terms. Terms are `date` columns (yyyy-mm-dd): "today" is the
 * date in Buenos Aires, where the area works, never the server's UTC date (after 21:00 in
 * Buenos Aires, UTC is already tomorrow).
 */
export function todayInBuenosAires(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
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

/** An active term ending within this many days (or already past its end) is flagged. */
export const ENDING_SOON_DAYS = 90;
/** …and within this many days the flag turns red. */
export const ENDING_URGENT_DAYS = 30;
