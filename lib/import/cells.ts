// Minimal value helpers for the engine: a cell as trimmed text, a calendar date, a number.
// The file reader owns the full versions (lib/import/read/); these are the engine's until the
// two are joined, and behave the same on the values an export writes.
import { isRealDate } from "../dates";
import type { RawCell } from "./sheet";

/** Spaces a spreadsheet leaves around a value: ordinary, non-breaking, narrow and tabs. */
const EDGE_SPACE = /^[\s\u00a0\u2007\u202f\ufeff]+|[\s\u00a0\u2007\u202f\ufeff]+$/g;

/**
 * The cell as text, trimmed (non-breaking spaces too); null when empty. The apostrophe the CSV
 * export puts before a text starting with =, +, - or @ (lib/export/csv.ts, so no spreadsheet runs
 * it as a formula) is taken off again: an exported "+54 11…" comes back as it was typed.
 */
export function cellText(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return isoDateOf(cell);
  // A NUL character cannot be stored in a PostgreSQL text: dropped, as no one typed it.
  const text = String(cell)
    .replace(/\u0000/g, "")
    .replace(EDGE_SPACE, "")
    .replace(/^'(?=[=+\-@])/, "");
  return text === "" ? null : text;
}

/** A spreadsheet date cell's calendar day (ExcelJS gives a day's midnight in UTC). */
function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar date from a date cell, dd/mm/aaaa text or ISO yyyy-mm-dd text; undefined when the
 * cell holds something else or a day that does not exist (31/02/2024).
 */
export function cellDate(cell: RawCell | undefined): string | null | undefined {
  if (cell instanceof Date) return isoDateOf(cell);
  const text = cellText(cell);
  if (text === null) return null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = dmy
    ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`
    : /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? text
      : null;
  return iso && isRealDate(iso) ? iso : undefined;
}

/** A number from a number cell or text with a decimal comma ("1234,5"); undefined if not one. */
export function cellNumber(cell: RawCell | undefined): number | null | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  const text = cellText(cell);
  if (text === null) return null;
  const normal = text.includes(",") ? text.replace(/\./g, "").replace(",", ".") : text;
  const value = /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

/** An e-mail as compared: trimmed and lower case (people_email_uq compares lower(email)). */
export const emailKey = (email: string) => email.trim().toLowerCase();
