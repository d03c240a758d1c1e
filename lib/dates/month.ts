import { addDays } from "./calendar-date";

// Months as "yyyy-mm" strings (how a month travels in URLs and forms), or as { year, month }
// when counting: a month index (months since year 0) adds and compares across years.

export interface YearMonth {
  year: number;
  month: number;
}

/** The month (yyyy-mm) of a calendar date (yyyy-mm-dd). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The year and month of a calendar date (yyyy-mm-dd) or a month (yyyy-mm). */
export function yearMonthOf(dateOrMonth: string): YearMonth {
  return { year: Number(dateOrMonth.slice(0, 4)), month: Number(dateOrMonth.slice(5, 7)) };
}

/** A month as one integer (months since year 0), so that months can be added and compared. */
export const monthIndex = ({ year, month }: YearMonth) => year * 12 + (month - 1);

export const fromMonthIndex = (index: number): YearMonth => ({
  year: Math.floor(index / 12),
  month: (((index % 12) + 12) % 12) + 1,
});

/** "2027-03". */
export const monthKey = ({ year, month }: YearMonth) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;

/** A month (yyyy-mm) plus (or minus) whole months. */
export function shiftMonth(month: string, months: number): string {
  return monthKey(fromMonthIndex(monthIndex(yearMonthOf(month)) + months));
}

/** The first calendar date of a month. */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** The last calendar date of a month. */
export function lastDayOf(month: string): string {
  return addDays(firstDayOf(shiftMonth(month, 1)), -1);
}

/** Every calendar date of a month, in order. */
export function daysOf(month: string): string[] {
  const days: string[] = [];
  for (let day = firstDayOf(month); monthOf(day) === month; day = addDays(day, 1)) days.push(day);
  return days;
}
