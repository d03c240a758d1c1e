import { isoDate, isRealDate } from "../../dates";
import type { RawCell } from "./types";

// How the import reads a cell as text, a calendar date, a decimal or an e-mail, whatever the
// file made of it: spreadsheets mix real date cells with typed dates, write decimals the
// Argentine way and carry spaces pasted from elsewhere.

/** Zero-width space: invisible, pasted from web pages; String.prototype.trim keeps it. */
const ZERO_WIDTH = /^\u200B+|\u200B+$/g;

/**
 * A cell as text, without the spaces around it: ordinary, tabs and line ends, non-breaking
 * (U+00A0, U+202F, both in JavaScript's white space) and zero-width ones. Spaces inside are
 * kept as they are (nothing is collapsed). Empty text is null. A number is written as
 * JavaScript does (1234.5), a date cell as yyyy-mm-dd (with THH:mm when it has a time), a
 * boolean as "true"/"false".
 */
export function cleanText(raw: RawCell | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : dateCellText(raw);
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw === "boolean") return String(raw);
  let text = raw.trim();
  // Alternate until stable: " \u200B x \u200B " has spaces on both sides of the zero-width ones.
  for (let before = ""; before !== text;) {
    before = text;
    text = text.replace(ZERO_WIDTH, "").trim();
  }
  return text === "" ? null : text;
}

function dateCellText(date: Date): string {
  const day = calendarDayOf(date);
  const time = date.toISOString().slice(11, 16);
  return time === "00:00" ? day : `${day}T${time}`;
}

/** A spreadsheet date has no zone: the reader builds it at that wall-clock time in UTC. */
const calendarDayOf = (date: Date) =>
  isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

/** How day-first text dates are read: dd/mm/aaaa ("dmy", the default) or only yyyy-mm-dd ("iso"). */
export const DATE_FORMATS = ["dmy", "iso"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export type DateParse = { ok: true; date: string } | { ok: false; reason: "invalid" | "ambiguous" };

const INVALID = { ok: false, reason: "invalid" } as const;
const AMBIGUOUS = { ok: false, reason: "ambiguous" } as const;

/** Serial 61 is 1900-03-01: before it the format counts a 29/02/1900 that never was. */
const FIRST_SERIAL = 61;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

// An optional time after the date ("05/03/2024 00:00", as spreadsheets write date cells to CSV);
// it is dropped, since the column holds a calendar date.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);
const DAY_FIRST_SHORT_YEAR = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})${TIME}$`);

/**
 * A calendar date (yyyy-mm-dd) from a cell, by these rules:
 * - a date cell (Date) is its calendar day, whatever the format chosen;
 * - a number is an Excel serial day (1900 system: 45356 is 2024-03-05), its time dropped;
 * - text year-first (2024-03-05, also with / or .) is read under either format: a four-digit
 *   year first cannot be mistaken;
 * - text day-first with a four-digit year (5/3/2024, 05-03-2024, 05.03.2024) is read only under
 *   "dmy"; under "iso" it is "ambiguous": the file holds dates written another way than the
 *   format chosen says, and whether 03/04 is the 3rd of April or March 4th is the user's call
 *   (the import asks to change the format, it does not guess);
 * - a two-digit year (5/3/24) is "ambiguous" under either format: 1924 and 2024 are both
 *   plausible for the area's records (networks joined decades ago);
 * - a time after the date is allowed and dropped; anything else, a day that does not exist
 *   (31/02/2024) or a year outside 1800–2200, is "invalid". Empty cells are "invalid" too: the
 *   caller decides whether the column may be empty before asking for a date.
 */
export function parseDateCell(raw: RawCell | undefined, format: DateFormat): DateParse {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return INVALID;
    return checked(calendarDayOf(raw));
  }
  if (typeof raw === "number") return fromSerial(raw);
  const text = typeof raw === "string" ? cleanText(raw) : null;
  if (text === null) return INVALID;

  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return fromParts(yearFirst[1], yearFirst[3], yearFirst[4]);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return format === "dmy" ? fromParts(dayFirst[4], dayFirst[3], dayFirst[1]) : AMBIGUOUS;
  if (DAY_FIRST_SHORT_YEAR.test(text)) return AMBIGUOUS;
  return INVALID;
}

function fromSerial(serial: number): DateParse {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL) return INVALID;
  const day = new Date(SERIAL_EPOCH_MS + Math.floor(serial) * 86_400_000);
  return checked(calendarDayOf(day));
}

function fromParts(year = "", month = "", day = ""): DateParse {
  return checked(isoDate(Number(year), Number(month), Number(day)));
}

const checked = (date: string): DateParse => (isRealDate(date) ? { ok: true, date } : INVALID);

// Argentine decimals: "," before the decimals, "." between thousands (1.234,5). Without a comma,
// a dot followed by exactly three digits per group is a thousands separator too (1.500 is one
// thousand five hundred, as an Argentine spreadsheet writes it); any other dot is a decimal point
// (1234.5, 0.25, as programs write numbers).
const COMMA_DECIMAL = /^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const DOT_THOUSANDS = /^[-+]?\d{1,3}(?:\.\d{3})+$/;
const DOT_DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A number from a cell: a number cell as it is; text as Argentine spreadsheets write it
 * ("1.234,5", "1234,5", "-0,75") or as programs do ("1234.5"). Anything else (currency signs,
 * percent, letters, two decimal commas, empty) is null.
 */
export function parseDecimal(raw: RawCell | undefined): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const text = cleanText(raw);
  if (text === null) return null;
  let normalized: string;
  if (text.includes(",") || DOT_THOUSANDS.test(text)) {
    if (!COMMA_DECIMAL.test(text)) return null;
    normalized = text.replaceAll(".", "").replace(",", ".");
  } else if (DOT_DECIMAL.test(text)) {
    normalized = text;
  } else {
    return null;
  }
  const number = Number(normalized);
  return Number.isFinite(number) ? number : null;
}

/**
 * An e-mail address as a comparison key: trimmed (non-breaking spaces too) and lower-cased, the
 * way the database compares them (lower(email)); null when empty.
 */
export function emailKey(raw: RawCell | undefined): string | null {
  if (typeof raw !== "string") return null;
  return cleanText(raw)?.normalize("NFC").toLowerCase() ?? null;
}

/** True when both cells hold the same e-mail address, ignoring case and surrounding spaces. */
export function sameEmail(a: RawCell | undefined, b: RawCell | undefined): boolean {
  const key = emailKey(a);
  return key !== null && key === emailKey(b);
}
