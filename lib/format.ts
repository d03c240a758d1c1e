import type { createFormatter } from "next-intl";
import { toUtcMs, type YearMonth } from "./dates";

/**
 * Display helpers over next-intl's formatter: a component takes `useFormatter()` (or a server
 * component `await getFormatter()`) and passes it here, so every date and number shown goes
 * through the locale's named formats (lib/i18n/formats.ts) and a new locale needs no code.
 * Exports and iCalendar write their own machine formats (lib/export, lib/ics).
 */
export type Formatter = ReturnType<typeof createFormatter>;

/** A calendar date (yyyy-mm-dd from the database): es-AR 09/03/2026. It has no zone, so none shifts it. */
export function formatDate(format: Formatter, isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  return format.dateTime(toUtcMs(isoDate), "date", { timeZone: "UTC" });
}

/** An instant in the request's zone (Buenos Aires) or another IANA zone: es-AR 09/03/2026 12:05. */
export function formatDateTime(format: Formatter, instant: Date, timeZone?: string): string {
  const zone = timeZone ? { timeZone } : undefined;
  return `${format.dateTime(instant, "date", zone)} ${format.dateTime(instant, "time", zone)}`;
}

/** A month: es-AR "marzo de 2027". */
export function formatMonth(format: Formatter, { year, month }: YearMonth): string {
  return format.dateTime(Date.UTC(year, month - 1, 15), "monthYear", { timeZone: "UTC" });
}

/** An amount with its currency: es-AR 1.234,50 USD. */
export function formatMoney(format: Formatter, amount: string | null, currency: string | null): string {
  if (amount === null) return "";
  const text = format.number(Number(amount), "amount");
  return currency ? `${text} ${currency}` : text;
}
