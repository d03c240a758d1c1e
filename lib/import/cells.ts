// A cell read for one of the engine's fields, on top of the reader's rules (lib/import/read/
// values.ts: spaces, Argentine decimals, dates): what only the import of a record adds — the
// export's formula guard taken off, characters a database text cannot hold dropped, and "not
// empty but not a value" (undefined) told apart from an empty cell (null), since the first is a
// row error and the second may be allowed.
import { cleanText, parseDateCell, parseDecimal, type DateFormat } from "./read/values";
import { pad } from "../dates";
import type { RawCell } from "./sheet";

/**
 * The cell as text, trimmed (non-breaking spaces too); null when empty. The apostrophe the CSV
 * export puts before a text starting with =, +, - or @ (lib/export/csv.ts, so no spreadsheet runs
 * it as a formula) is taken off again: an exported "+54 11…" comes back as it was typed.
 */
export function cellText(cell: RawCell | undefined): string | null {
  const text = cleanText(cell);
  if (text === null) return null;
  // A NUL character cannot be stored in a PostgreSQL text: dropped, as no one typed it.
  const kept = text.replace(/\u0000/g, "").replace(/^'(?=[=+\-@])/, "");
  return kept === "" ? null : kept;
}

/**
 * A calendar date from a date cell, an Excel serial, dd/mm/aaaa text or ISO yyyy-mm-dd text,
 * under the date format chosen for the import; null when empty, "ambiguous" when the text could
 * be another day under another format (05/03/2024 under "iso", 5/3/24 under either), undefined
 * when the cell holds something else or a day that does not exist (31/02/2024).
 */
export function cellDate(
  cell: RawCell | undefined,
  format: DateFormat = "dmy",
): string | null | undefined | "ambiguous" {
  if (cleanText(cell) === null) return null;
  const parsed = parseDateCell(cell, format);
  return parsed.ok ? parsed.date : parsed.reason === "ambiguous" ? "ambiguous" : undefined;
}

// A date followed by a time (dd/mm/aaaa HH:mm, aaaa-mm-dd HH:mm, aaaa-mm-ddTHH:mm[:ss]).
const DATE_TIME = /^(\S+)[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * A wall-clock date and time from a date-time cell (a spreadsheet date with its time, an Excel
 * serial with its fraction, or a date and a time as text, the date read under the import's
 * format); null when empty, "ambiguous" as for dates, undefined when it is not one — a date
 * alone is not: an instant needs its time.
 */
export function cellDateTime(
  cell: RawCell | undefined,
  format: DateFormat = "dmy",
): { date: string; time: string } | null | undefined | "ambiguous" {
  if (cleanText(cell) === null) return null;
  let datePart: RawCell;
  let minutes: number;
  if (cell instanceof Date) {
    datePart = cell;
    minutes = cell.getUTCHours() * 60 + cell.getUTCMinutes();
  } else if (typeof cell === "number") {
    datePart = cell;
    minutes = Math.round((cell - Math.floor(cell)) * 1440);
    if (minutes === 1440) return undefined;
  } else {
    const match = DATE_TIME.exec(cellText(cell) ?? "");
    if (!match || Number(match[2]) > 23 || Number(match[3]) > 59) return undefined;
    datePart = match[1]!;
    minutes = Number(match[2]) * 60 + Number(match[3]);
  }
  const date = cellDate(datePart, format);
  if (date === null || date === undefined || date === "ambiguous") return date ?? undefined;
  return { date, time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
}

/** A number from a number cell or text with a decimal comma ("1234,5"); undefined if not one. */
export function cellNumber(cell: RawCell | undefined): number | null | undefined {
  if (cleanText(cell) === null) return null;
  return parseDecimal(typeof cell === "string" ? cellText(cell) : cell) ?? undefined;
}

/** An e-mail as compared: trimmed and lower case (people_email_uq compares lower(email)). */
export const emailKey = (email: string) => email.trim().toLowerCase();
