import { dateIn, daysOf, firstDayOf, shiftMonth, startOfDayInBuenosAires, weekday } from "../dates";
import { DISPLAY_TIME_ZONE } from "../i18n/config";

// The calendar's days are Buenos Aires calendar days: a meeting belongs to the day it starts
// on in Buenos Aires time, whatever its own zone. Months are "yyyy-mm" strings.

/** A month as the URL carries it (?mes=2026-12). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Day of the week, Monday = 0 … Sunday = 6 (weeks start on Monday in Argentina). */
export function weekdayIndex(isoDate: string): number {
  return (weekday(isoDate) + 6) % 7;
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

/** The instants that bound a month in Buenos Aires: [from, to). */
export function monthRange(month: string): { from: Date; to: Date } {
  return {
    from: startOfDayInBuenosAires(firstDayOf(month)),
    to: startOfDayInBuenosAires(firstDayOf(shiftMonth(month, 1))),
  };
}

/** The Buenos Aires calendar date on which an instant falls. */
export function dayInBuenosAires(instant: Date): string {
  return dateIn(instant, DISPLAY_TIME_ZONE);
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
