import { DISPLAY_TIME_ZONE } from "./i18n/config";
import { numberFormat } from "./intl";
import { instantToZoned } from "./dates";

/** yyyy-mm-dd (a calendar date from the database) → dd/mm/aaaa, without time-zone shifts. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  const [y, m, d] = isoDate.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** An instant in Buenos Aires time (or another IANA zone), dd/mm/aaaa HH:mm, 24-hour. */
export function formatDateTime(instant: Date, timeZone: string = DISPLAY_TIME_ZONE): string {
  const { date, time } = instantToZoned(instant, timeZone);
  return `${formatDate(date)} ${time}`;
}

/** An amount with its currency, Argentine style (1.234,50 USD). */
export function formatMoney(amount: string | null, currency: string | null): string {
  if (amount === null) return "";
  const value = Number(amount);
  const text = numberFormat("es-AR", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return currency ? `${text} ${currency}` : text;
}
