import type { Formats } from "next-intl";

/**
 * Named formats for next-intl's formatter (useFormatter / getFormatter), set in the request
 * config (lib/i18n/request.ts). Components ask for a name ("date", "amount"), never a pattern,
 * so each locale writes dates and numbers its own way: es-AR gives 09/03/2026, 12:05,
 * 1.234,50. Times use the request's zone (Buenos Aires) unless a call passes a record's own.
 */
export const formats = {
  dateTime: {
    /** A day: 09/03/2026. */
    date: { day: "2-digit", month: "2-digit", year: "numeric" },
    /** A time of day, 24-hour: 12:05. */
    time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
    /** A month: marzo de 2027. */
    monthYear: { month: "long", year: "numeric" },
  },
  number: {
    /** A count: 1.234. */
    integer: { maximumFractionDigits: 0 },
    /** A share: 0.42 → 42%. */
    percent: { style: "percent", maximumFractionDigits: 0 },
    /** An amount of money, always two decimals: 1.234,50. */
    amount: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  },
} satisfies Formats;
