import { DISPLAY_TIME_ZONE } from "./i18n/config";
import { dateTimeFormat, numberFormat } from "./intl";

/** yyyy-mm-dd (a calendar date from the database) → dd/mm/aaaa, without time-zone shifts. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  const [y, m, d] = isoDate.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** An instant in Buenos Aires time (or another IANA zone), dd/mm/aaaa HH:mm, 24-hour. */
export function formatDateTime(instant: Date, timeZone: string = DISPLAY_TIME_ZONE): string {
  const parts = dateTimeFormat("es-AR", {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")} ${get("hour")}:${get("minute")}`;
}

/** An amount with its currency, Argentine style (1.234,50 USD). */
export function formatMoney(amount: string | null, currency: string | null): string {
  if (amount === null) return "";
  const value = Number(amount);
  const text = numberFormat("es-AR", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return currency ? `${text} ${currency}` : text;
}
