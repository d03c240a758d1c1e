// Calendar dates as the `date` columns hold them: "yyyy-mm-dd" strings, with no time and no
// zone. Arithmetic runs on the UTC calendar, so no zone of the machine leaks in.

const DAY_MS = 86_400_000;

export const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A calendar date from its parts (month 1–12). */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The parts of a calendar date (month 1–12). */
export function parts(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.slice(0, 10).split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** Midnight UTC of a calendar date, in ms: the date's place on a continuous day scale. */
export function toUtcMs(date: string): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** yyyy-mm-dd plus (or minus) whole days. */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Days in a month (month 1–12); February knows leap years. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parts(date);
  const target = year * 12 + (month - 1) + months;
  const y = Math.floor(target / 12);
  const m = target - y * 12 + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** True when the string names a day that exists (no 31/02), between 1800 and 2200. */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1800 && y <= 2200 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
