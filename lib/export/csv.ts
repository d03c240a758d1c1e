import { cellText } from "./cells";
import type { ExportColumn, ExportLabels } from "./types";

/**
 * CSV for spreadsheets set up for Spanish (Argentina): Excel there uses "," as the decimal
 * separator and ";" as the list separator, so fields are separated by ";" and open in
 * columns; it only detects UTF-8 with a byte-order mark, so the file starts with U+FEFF.
 * Lines end in CRLF (RFC 4180); a field with a separator, a quote or a line break is quoted,
 * quotes doubled. A text cell that would start with =, +, - or @ gets an apostrophe in front,
 * so a spreadsheet never runs it as a formula (numbers are left alone: -3 stays a number).
 */
export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";
const EOL = "\r\n";

/** A text a spreadsheet would run as a formula, with an apostrophe in front (also for XLSX cells). */
export const formulaSafe = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function csvField(value: string, guard = true): string {
  const safe = guard ? formulaSafe(value) : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: string[]): string {
  return fields.join(CSV_SEPARATOR) + EOL;
}

/** The first chunk of the file: the byte-order mark and the header line. */
export function csvHeader<Row>(
  table: string,
  columns: readonly ExportColumn<Row>[],
  labels: ExportLabels,
): string {
  return CSV_BOM + csvLine(columns.map((c) => csvField(labels.header(table, c.key))));
}

/** The lines of a batch of rows. */
export function csvRows<Row>(
  rows: readonly Row[],
  columns: readonly ExportColumn<Row>[],
  labels: ExportLabels,
): string {
  let out = "";
  for (const row of rows) {
    out += csvLine(
      columns.map((c) => {
        const text = cellText(c, c.value(row), labels);
        const isText = c.type === "text" || c.type === "boolean";
        return csvField(text, isText);
      }),
    );
  }
  return out;
}
