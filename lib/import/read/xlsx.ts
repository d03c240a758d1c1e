import { once } from "node:events";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetters, rangeText, runs, runsText, type CellRange } from "./a1";
import { scanSheet, type SheetScan } from "./sheet-scan";
import {
  failure,
  MAX_FILLED_ROWS,
  type RawCell,
  type ReadOptions,
  type ReadResult,
  type ReadRow,
  type ReadWarning,
} from "./types";
import { cleanText } from "./values";
import {
  checkPartSize,
  message,
  openPackage,
  PART_LIMITS,
  PartTooLarge,
  partChunks,
  type WorkbookPackage,
  type WorksheetEntry,
} from "./xlsx-package";

// The cells of one worksheet, read with ExcelJS's streaming reader (rows parsed as the XML
// inflates, never the whole workbook's objects). ExcelJS is given a package rebuilt for the
// one sheet, in the order it needs: workbook, styles and shared strings before the sheet. In the
// order Excel and LibreOffice write the parts (sheets first), ExcelJS would otherwise copy every
// sheet to a temporary file before reading any — each sheet, not only the chosen one, inflated
// without a bound. The rebuilt zip stores its parts uncompressed: it is read once as it is made.

export async function readXlsx(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const opened = await openPackage(bytes);
  if ("ok" in opened) return opened;
  const { sheets } = opened;
  // The first sheet the user sees when opening the file: a hidden first sheet (value lists of a
  // template, say) is not the data.
  const first = sheets.find((s) => !s.hidden) ?? sheets[0];
  if (!first) return failure("EMPTY", "no worksheet");
  const warnings: ReadWarning[] = [];
  let sheet = first;
  if (options.sheet !== undefined) {
    const chosen = sheets.find((s) => s.name === options.sheet);
    if (chosen) sheet = chosen;
    else warnings.push({ code: "SHEET_NOT_FOUND", detail: options.sheet });
  }
  if (sheet.hidden) warnings.push({ code: "HIDDEN_SHEET", detail: sheet.name });

  try {
    const scanned = await scanSheet(opened.zip, sheet.path);
    if (!scanned.ok) return failure(scanned.code, scanned.code === "CORRUPT" ? "sheet cut short" : undefined);
    const { scan } = scanned;
    if (scan.lastFilledRow === 0) return failure("EMPTY");
    // ExcelJS keeps every shared string in memory: their part is bounded before it starts.
    await checkPartSize(opened.zip, "xl/sharedStrings.xml", PART_LIMITS.sharedStrings);

    const read = await readRows(opened, sheet, scan);
    if (!read.ok) return read;
    const { rows, notes } = read;
    if (rows.length === 0) return failure("EMPTY");

    warnings.push(...structureWarnings(rows, scan), ...notes);
    return { ok: true, sheets: sheets.map((s) => s.name), sheet: { name: sheet.name, rows, warnings } };
  } catch (error) {
    if (error instanceof PartTooLarge) return failure("TOO_LARGE", error.message);
    return failure("CORRUPT", message(error));
  }
}

type RowsRead = { ok: true; rows: ReadRow[]; notes: ReadWarning[] } | ReturnType<typeof failure>;

/** What reading a row's cells needs from the workbook and the first pass. */
interface SheetContext {
  date1904: boolean;
  mergedRanges: CellRange[];
  formulaResults: SheetScan["formulaResults"];
}

async function readRows(pkg: WorkbookPackage, sheet: WorksheetEntry, scan: SheetScan): Promise<RowsRead> {
  const lastRow = scan.lastFilledRow;
  const context: SheetContext = { ...scan, date1904: pkg.date1904 };
  const source = rebuiltPackage(pkg, sheet);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const rows: ReadRow[] = [];
  const cellNotes = { formulaWithoutValue: [] as string[], errors: [] as string[] };
  try {
    // The rebuilt package has a single worksheet: the chosen one.
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        if (row.number > lastRow) break;
        const cells = rowCells(row, context, cellNotes);
        if (cells.every((cell) => cleanText(cell) === null)) continue;
        // Refused as soon as the limit is passed: the rest of the sheet is not read.
        if (rows.length === MAX_FILLED_ROWS) return failure("TOO_MANY_ROWS");
        rows.push({ line: row.number, cells });
      }
      break;
    }
  } finally {
    source.destroy();
  }
  const notes: ReadWarning[] = [];
  if (cellNotes.formulaWithoutValue.length > 0) {
    notes.push({ code: "FORMULA_WITHOUT_VALUE", detail: listed(cellNotes.formulaWithoutValue) });
  }
  if (cellNotes.errors.length > 0) notes.push({ code: "FORMULA_ERRORS", detail: listed(cellNotes.errors) });
  return { ok: true, rows, notes };
}

const LISTED = 50;
const listed = (references: string[]) =>
  references.slice(0, LISTED).join(", ") +
  (references.length > LISTED ? ` (+${references.length - LISTED})` : "");

const RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rIdImport" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  "</Relationships>";
const NO_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/** The parts ExcelJS needs, in the order it needs them, streamed as a stored (uncompressed) zip. */
function rebuiltPackage(pkg: WorkbookPackage, sheet: WorksheetEntry): PassThrough {
  const zip = new JSZip();
  const streams: PassThrough[] = [];
  const stream = (path: string, limit: number) => {
    const part = bounded(pkg.zip, path, limit);
    streams.push(part);
    return part;
  };
  zip.file("xl/_rels/workbook.xml.rels", RELATIONSHIPS);
  zip.file("xl/workbook.xml", pkg.workbookXml);
  if (pkg.stylesXml !== null) zip.file("xl/styles.xml", pkg.stylesXml);
  zip.file(
    "xl/sharedStrings.xml",
    pkg.zip.file("xl/sharedStrings.xml")
      ? stream("xl/sharedStrings.xml", PART_LIMITS.sharedStrings)
      : NO_SHARED_STRINGS,
  );
  zip.file("xl/worksheets/sheet1.xml", stream(sheet.path, PART_LIMITS.worksheet));
  // A PassThrough between jszip and ExcelJS: a failure while zipping ends the stream (ExcelJS
  // then fails on the cut zip) instead of leaving ExcelJS waiting for bytes that never come.
  // Destroyed once the rows needed are read, it stops the inflating behind it.
  const output = new PassThrough();
  const generated = zip.generateNodeStream({ streamFiles: true, compression: "STORE" });
  generated.on("error", () => output.end());
  output.on("close", () => {
    generated.unpipe(output);
    for (const part of streams) part.destroy();
  });
  generated.pipe(output);
  return output;
}

/** A part as a Node stream, cut off at its bound; destroying it stops the inflating. */
function bounded(zip: JSZip, path: string, limit: number): PassThrough {
  const stream = new PassThrough();
  (async () => {
    for await (const chunk of partChunks(zip, path, limit)) {
      if (stream.destroyed) return;
      if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), once(stream, "close")]);
    }
    stream.end();
  })().catch(() => {
    // Sizes were checked before ExcelJS started; should a part still fail, the cut part makes
    // ExcelJS fail (CORRUPT).
    stream.end();
  });
  return stream;
}

interface CellNotes {
  formulaWithoutValue: string[];
  errors: string[];
}

/**
 * A row's values by column (1-based column n at index n − 1), up to its last cell with a value.
 * A cell covered by a merged range, other than the range's top-left cell, is null even if the
 * file kept a value under it (LibreOffice does).
 */
function rowCells(row: ExcelJS.Row, context: SheetContext, notes: CellNotes): RawCell[] {
  const cells: RawCell[] = [];
  const covering = context.mergedRanges.filter(
    (range) => range.top <= row.number && row.number <= range.bottom,
  );
  row.eachCell((cell, column) => {
    const covered = covering.some(
      (r) => r.left <= column && column <= r.right && !(r.top === row.number && r.left === column),
    );
    if (covered) return;
    const reference = () => `${columnLetters(column)}${row.number}`;
    const value = cellValue(cell, context.date1904, context.formulaResults, reference, notes);
    if (value !== null) {
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    }
  });
  return cells;
}

/** ExcelJS's own rule for "this number format shows a date": date or time letters outside quotes. */
const isDateFormat = (format: unknown) =>
  typeof format === "string" && /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

const SERIAL_EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const SERIAL_EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/** A serial day as the Date ExcelJS builds for date cells: the wall-clock time, read as UTC. */
const serialDate = (serial: number, date1904: boolean) =>
  new Date(Math.round((date1904 ? SERIAL_EPOCH_1904_MS : SERIAL_EPOCH_1900_MS) + serial * 86_400_000));

/**
 * One cell as the import sees it: text, number, boolean, or a Date for a date cell. A formula
 * is its cached result (never evaluated; a formula whose result is shown as a date is a Date;
 * results ExcelJS drops, like 0 or FALSE, come from the first pass);
 * rich text is its plain text; a hyperlink, its text; an error (#N/A, #DIV/0!) is null and
 * noted, as is a formula saved without its result.
 */
function cellValue(
  cell: ExcelJS.Cell,
  date1904: boolean,
  formulaResults: SheetScan["formulaResults"],
  reference: () => string,
  notes: CellNotes,
): RawCell {
  const value: unknown = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    notes.errors.push(reference());
    return null;
  }
  if (typeof value !== "object") return null;
  if ("formula" in value || "sharedFormula" in value) {
    const lost = formulaResults.get(reference());
    if (lost) {
      if ("value" in lost) return lost.value;
      notes.errors.push(reference());
      return null;
    }
    const result: unknown = (value as { result?: unknown }).result;
    if (result === undefined || result === null || result === "") {
      notes.formulaWithoutValue.push(reference());
      return null;
    }
    if (typeof result === "number") {
      if (!Number.isFinite(result)) {
        notes.errors.push(reference());
        return null;
      }
      return isDateFormat(cell.numFmt) ? serialDate(result, date1904) : result;
    }
    if (typeof result === "object" && "error" in result) {
      notes.errors.push(reference());
      return null;
    }
    return typeof result === "string" || typeof result === "boolean" || result instanceof Date
      ? result
      : null;
  }
  if ("richText" in value) return richText(value);
  if ("error" in value) {
    notes.errors.push(reference());
    return null;
  }
  if ("text" in value) {
    const text: unknown = (value as { text: unknown }).text;
    return typeof text === "string" ? text : typeof text === "object" && text ? richText(text) : null;
  }
  return null;
}

function richText(value: object): string {
  const runs = (value as { richText?: { text?: unknown }[] }).richText ?? [];
  return runs.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
}

/**
 * MERGED_CELLS (the ranges), HIDDEN_ROWS and HIDDEN_COLUMNS (those holding values), limited to the
 * rows read: formatting further down is not the user's concern.
 */
function structureWarnings(rows: ReadRow[], scan: SheetScan): ReadWarning[] {
  const warnings: ReadWarning[] = [];
  const lastLine = rows.at(-1)?.line ?? 0;
  const merged = scan.mergedRanges.filter((range) => range.top <= lastLine);
  const firstMerged = merged[0];
  if (firstMerged) {
    warnings.push({
      code: "MERGED_CELLS",
      line: firstMerged.top,
      column: firstMerged.left,
      detail: merged.map(rangeText).join(", "),
    });
  }
  const lines = new Set(rows.map((row) => row.line));
  const hiddenRows = scan.hiddenRows.filter((line) => lines.has(line));
  if (hiddenRows.length > 0) {
    warnings.push({ code: "HIDDEN_ROWS", line: hiddenRows[0], detail: runsText(runs(hiddenRows)) });
  }
  const filledColumns = new Set<number>();
  for (const row of rows) row.cells.forEach((cell, i) => cell !== null && filledColumns.add(i + 1));
  const hiddenColumns = [...filledColumns].filter((column) =>
    scan.hiddenColumns.some(([min, max]) => min <= column && column <= max),
  );
  if (hiddenColumns.length > 0) {
    const spans = runs(hiddenColumns);
    warnings.push({ code: "HIDDEN_COLUMNS", column: spans[0]?.[0], detail: runsText(spans, columnLetters) });
  }
  // Over 10,000 merged ranges or hidden rows: those past the first 10,000 are not reported.
  if (scan.truncated) warnings.push({ code: "STRUCTURE_NOT_ALL_REPORTED" });
  return warnings;
}
