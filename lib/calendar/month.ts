import { addDays } from "../dates";
import { DISPLAY_TIME_ZONE } from "../i18n/config";
import { instantToZoned, zonedTimeToInstant } from "../timezone";

// The calendar's days are Buenos Aires calendar days: a meeting belongs to the day it starts
// on in Buenos Aires time, whatever its own zone. Months are "yyyy-mm" strings.

/** A month as the URL carries it (?mes=2026-12). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month (yyyy-mm) of a calendar date (yyyy-mm-dd). */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** A month plus (or minus) whole months. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The first calendar date of a month. */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** Every calendar date of a month, in order. */
export function daysOf(month: string): string[] {
  const days: string[] = [];
  for (let day = firstDayOf(month); monthOf(day) === month; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Day of the week, Monday = 0 … Sunday = 6 (weeks start on Monday in Argentina). */
export function weekdayIndex(isoDate: string): number {
  return (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/**
 * The month as weeks of seven cells, Monday first; cells outside the month are null so that
 * the grid keeps its columns.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(firstDayOf(month)) }, () => null);
  cells.push(...daysOf(month));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The instant a calendar day starts in Buenos Aires. */
export function startOfDayInBuenosAires(isoDate: string): Date {
  return zonedTimeToInstant(isoDate, "00:00", DISPLAY_TIME_ZONE);
}

/** The instants that bound a month in Buenos Aires: [from, to). */
export function monthRange(month: string): { from: Date; to: Date } {
  return {
    from: startOfDayInBuenosAires(firstDayOf(month)),
    to: startOfDayInBuenosAires(firstDayOf(addMonths(month, 1))),
  };
}

/** The Buenos Aires calendar date on which an instant falls. */
export function dayInBuenosAires(instant: Date): string {
  return instantToZoned(instant, DISPLAY_TIME_ZONE).date;
}

/** Items by their `day`, in first-seen order, keeping each day's items in order. */
export function groupByDay<T extends { day: string }>(items: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const list = days.get(item.day) ?? [];
    list.push(item);
    days.set(item.day, list);
  }
  return days;
}
