import { decodeText, detectDelimiter, readCsv } from "./csv";
import { sniff } from "./sniff";
import {
  failure,
  IMPORT_LIMITS,
  type Delimiter,
  type ReadOptions,
  type ReadResult,
  type TextEncoding,
} from "./types";
import { message } from "./xlsx-package";
import { readXlsx } from "./xlsx";

/*
 * Reading a spreadsheet for the import: the cells of one sheet, or why the file cannot be read.
 *
 * What a file is comes from its content, never from its name (sniff.ts):
 * - a zip with xl/workbook.xml is an XLSX; with a VBA project (xl/vbaProject.bin), Excel 4 macro
 *   sheets or a macro-enabled content type it is refused (MACROS); another zip is not a
 *   spreadsheet (NOT_A_SPREADSHEET, detail "ods", "xlsb" or "zip"); a zip that cannot be opened
 *   is CORRUPT;
 * - an OLE compound file (D0 CF 11 E0) is a password-protected XLSX (detail "encrypted-ooxml")
 *   or a legacy .xls ("legacy-xls"): ENCRYPTED either way, the page asks for a plain .xlsx;
 * - a PDF, UTF-16 text, HTML or XML, or other binary (a NUL in the first KB, or more than 1% of
 *   control characters in the first 64 KB) is NOT_A_SPREADSHEET, with that detail;
 * - anything else is text, read as CSV.
 *
 * Limits, checked before and while reading, never after: more than IMPORT_LIMITS.maxBytes is
 * TOO_LARGE before anything is parsed. A sheet may hold IMPORT_LIMITS.maxRows data rows plus one
 * header row of values; reading stops at the first row over that (TOO_MANY_ROWS), so a sheet is
 * returned whole or not at all. Rows with no value (empty, or only spaces) are not returned and
 * not counted; `line` keeps each row's number in the sheet (for a CSV, the row a spreadsheet
 * shows: an empty line counts, a quoted line break does not).
 *
 * XLSX (xlsx.ts, sheet-scan.ts, xlsx-package.ts): ExcelJS's streaming reader, given only the
 * chosen sheet: `options.sheet`, or else the first sheet that is not hidden (a name not in the
 * workbook reads that one, with a SHEET_NOT_FOUND warning); `sheets` lists them all, hidden
 * too. A first pass over the sheet's XML finds its last row with a value, so a sheet formatted
 * down to row 1,048,576 is read only that far (no guess such as "stop after N empty rows": data
 * after a gap is read), and every part is inflated within a bound (a zip bomb is TOO_LARGE, not
 * a full disk or memory). Formulas are
 * their cached results, never evaluated; a date cell (or a formula shown as a date) is a Date;
 * rich text and hyperlinks are their text. A merged range's value is in its top-left cell and the
 * others are null (MERGED_CELLS lists the ranges); hidden rows and columns are read and listed
 * (HIDDEN_ROWS, HIDDEN_COLUMNS); error cells are null (FORMULA_ERRORS), as are formulas saved
 * without their result (FORMULA_WITHOUT_VALUE).
 *
 * CSV (csv.ts): UTF-8 with or without a BOM, otherwise Windows-1252; the separator (";", "," or
 * tab) found on the first lines; both returned in the sheet and both overridable. Rows with a
 * different number of fields are kept as they are (the engine reports them); an empty field is
 * null. Text cells are returned as written: trimming and parsing are values.ts's.
 *
 * Bad input never throws: an unexpected failure of a parser is CORRUPT.
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  if (bytes.length > IMPORT_LIMITS.maxBytes) return failure("TOO_LARGE");
  if (bytes.length === 0) return failure("EMPTY");
  try {
    const kind = sniff(bytes);
    switch (kind.kind) {
      case "zip":
        return await readXlsx(bytes, options);
      case "cfb":
        return failure("ENCRYPTED", kind.detail);
      case "other":
        return failure("NOT_A_SPREADSHEET", kind.detail);
      case "text":
        return await readCsv(bytes, fileName, options);
    }
  } catch (error) {
    return failure("CORRUPT", message(error));
  }
}

/**
 * What the reader detects in a CSV — its encoding and separator — whatever options force them
 * (the page names the detected ones when the user chose others); null for anything but text.
 */
export function detectTextFormat(bytes: Uint8Array): { encoding: TextEncoding; delimiter: Delimiter } | null {
  if (bytes.length === 0 || bytes.length > IMPORT_LIMITS.maxBytes || sniff(bytes).kind !== "text")
    return null;
  const { text, encoding } = decodeText(bytes);
  return { encoding, delimiter: detectDelimiter(text) };
}

export * from "./types";
