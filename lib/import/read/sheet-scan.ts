import type JSZip from "jszip";
import { parseRange, type CellRange } from "./a1";
import { MAX_FILLED_ROWS } from "./types";
import { PART_LIMITS, partChunks } from "./xlsx-package";
import { attributes, decodeEntities, isTrue } from "./xml";

// A first pass over a worksheet's XML, before ExcelJS reads its cells, for what ExcelJS's
// streaming reader does not report: merged ranges (listed after the cells, so they must be known
// before the rows are read), hidden rows and columns, and the last row that holds a value — so
// that a sheet "formatted" down to row 1,048,576 is read up to its last real row and no further.
// It inflates the part in chunks within PART_LIMITS.worksheet and keeps only these facts.

export interface SheetScan {
  /** The last row with a value, a formula or inline text in any cell; 0 when there is none. */
  lastFilledRow: number;
  mergedRanges: CellRange[];
  /** Hidden rows that hold a value. */
  hiddenRows: number[];
  /** Hidden column spans as declared (<col min max hidden>). */
  hiddenColumns: [number, number][];
  /**
   * Formula results ExcelJS loses, by cell reference ("G3"): it keeps a formula's cached result
   * only when it is truthy, so a 0, an empty text, FALSE or an error would read as a formula
   * saved without its result; and a TRUE comes back as 1. Those cells' results, read here.
   */
  formulaResults: Map<string, FormulaResult>;
  /** More merged ranges or hidden rows than kept: the rest are not reported. */
  truncated: boolean;
}

export type FormulaResult = { value: number | boolean | null } | { error: string };

export type ScanOutcome = { ok: true; scan: SheetScan } | { ok: false; code: "TOO_MANY_ROWS" | "CORRUPT" };

/** How many merged ranges and hidden rows are kept: far more than a table to import has. */
const KEPT = 10_000;
/** Formula results kept (one per cell whose result ExcelJS would lose): a sheet's worth. */
const KEPT_FORMULA_RESULTS = 1_000_000;
/**
 * Rows with a value beyond which the sheet is refused without reading its cells. ExcelJS then
 * counts the rows that are really filled (a value that is not blank) against the limit; this
 * bound only spares reading a sheet that cannot pass.
 */
const FILLED_ROWS_BOUND = 10 * MAX_FILLED_ROWS;

/** Opening (or empty) tags of interest, in any namespace prefix; closing tags are not needed. */
const TAG = /<(?:[\w.-]+:)?(row|col|mergeCell|v|is|f)(?=[\s/>])([^>]*)>/g;

const ROW_NUMBER = /\br\s*=\s*["'](\d+)["']/;
const HIDDEN = /\bhidden\s*=\s*["'](1|true)["']/;

/** A cell whose first child is a formula, with its cached value if any (<c r t><f/><v>…</v>). */
const FORMULA_CELL =
  /<(?:[\w.-]+:)?c\s([^>]*[^/>])?>\s*<(?:[\w.-]+:)?f\b[^>]*?(?:\/>|>[^<]*<\/(?:[\w.-]+:)?f>)\s*(?:<(?:[\w.-]+:)?v>([^<]*)<\/(?:[\w.-]+:)?v>)?/g;
const CELL_REFERENCE = /\br\s*=\s*["']([A-Za-z]+\d+)["']/;
const CELL_TYPE = /\bt\s*=\s*["'](\w+)["']/;

/** What ExcelJS would get wrong about this formula cell's result, or null when it reads it right. */
function lostResult(attributeText: string, cached: string | undefined): FormulaResult | null {
  const type = CELL_TYPE.exec(attributeText)?.[1] ?? "n";
  const text = cached === undefined ? undefined : decodeEntities(cached);
  if (type === "e") return { error: text ?? "#VALUE!" };
  if (type === "b")
    return { value: text === undefined ? null : text.trim() === "1" || text.trim() === "true" };
  if (type === "str" || type === "inlineStr") return text === "" ? { value: null } : null;
  return text !== undefined && text.trim() !== "" && Number(text) === 0 ? { value: 0 } : null;
}

const END_LOOKED_AT = 256;
const WORKSHEET_END = /<\/(?:[\w.-]+:)?worksheet\s*>\s*$/;

export async function scanSheet(zip: JSZip, path: string): Promise<ScanOutcome> {
  const scan: SheetScan = {
    lastFilledRow: 0,
    mergedRanges: [],
    hiddenRows: [],
    hiddenColumns: [],
    formulaResults: new Map(),
    truncated: false,
  };
  let row = 0;
  let filledRows = 0;
  let rowFilled = false;
  let rowHidden = false;
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  let tail = "";

  const visit = (name: string, attributeText: string, selfClosing: boolean) => {
    if (name === "row") {
      // Every row of a sheet formatted to its end passes here: two small patterns, not a full
      // attribute parse.
      const number = ROW_NUMBER.exec(attributeText)?.[1];
      row = number ? Number(number) : row + 1;
      rowFilled = false;
      rowHidden = attributeText.includes("hidden") && HIDDEN.test(attributeText);
    } else if (name === "v" || name === "is" || name === "f") {
      if (selfClosing || rowFilled) return;
      rowFilled = true;
      filledRows++;
      scan.lastFilledRow = Math.max(scan.lastFilledRow, row);
      // Only hidden rows with something in them matter (hidden formatting is not reported).
      if (rowHidden) keep(scan.hiddenRows, row, scan);
    } else if (name === "col") {
      const a = attributes(attributeText);
      if (isTrue(a.hidden)) scan.hiddenColumns.push([Number(a.min), Number(a.max ?? a.min)]);
    } else if (name === "mergeCell") {
      const range = parseRange(attributes(attributeText).ref ?? "");
      if (range) keep(scan.mergedRanges, range, scan);
    }
  };

  const read = (segment: string) => {
    for (const match of segment.matchAll(TAG)) {
      const attributeText = match[2] ?? "";
      visit(match[1] ?? "", attributeText, attributeText.endsWith("/"));
    }
    if (!segment.includes("<f") && !segment.includes(":f")) return;
    for (const match of segment.matchAll(FORMULA_CELL)) {
      const attributeText = match[1] ?? "";
      const reference = CELL_REFERENCE.exec(attributeText)?.[1];
      const result = lostResult(attributeText, match[2]);
      if (reference && result && scan.formulaResults.size < KEPT_FORMULA_RESULTS) {
        scan.formulaResults.set(reference.toUpperCase(), result);
      }
    }
  };

  for await (const chunk of partChunks(zip, path, PART_LIMITS.worksheet)) {
    const text = carry + decoder.decode(chunk, { stream: true });
    // Tags are whole from "<" to ">", and a cell's formula and value are read together: a tag
    // or a cell cut by the chunk's end waits for the next chunk.
    const open = text.lastIndexOf("<");
    let complete = open >= 0 && text.indexOf(">", open) < 0 ? open : text.length;
    const cell = Math.max(text.lastIndexOf("<c "), text.lastIndexOf("<c>"));
    if (cell >= 0 && text.indexOf("</c>", cell) < 0) complete = Math.min(complete, cell);
    read(text.slice(0, complete));
    carry = text.slice(complete);
    tail = (text.length >= END_LOOKED_AT ? text : tail + text).slice(-END_LOOKED_AT);
    if (filledRows > FILLED_ROWS_BOUND) return { ok: false, code: "TOO_MANY_ROWS" };
  }
  read(carry);
  // A part cut short (a zip made by a program that crashed) would otherwise give its first rows
  // as if they were the whole sheet: the last row read is followed by nothing ExcelJS checks.
  if (!WORKSHEET_END.test(tail)) return { ok: false, code: "CORRUPT" };
  return { ok: true, scan };
}

function keep<T>(list: T[], item: T, scan: SheetScan) {
  if (list.length < KEPT) list.push(item);
  else scan.truncated = true;
}
