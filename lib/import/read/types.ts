// What the spreadsheet reader hands to the import engine: the cells of one sheet, as the file
// holds them (no column meaning yet), or the reason the file cannot be read.

export type RawCell = string | number | boolean | Date | null; // Date only from real XLSX date cells
export interface ReadRow {
  line: number;
  cells: RawCell[];
} // line: 1-based row number in the file/sheet
export interface ReadSheet {
  name: string;
  rows: ReadRow[];
  warnings: ReadWarning[];
  encoding?: "utf-8" | "windows-1252";
  delimiter?: ";" | "," | "\t";
}
export interface ReadWarning {
  code: string;
  line?: number;
  column?: number;
  detail?: string;
}
export type ReadFailure = {
  ok: false;
  code: "TOO_LARGE" | "TOO_MANY_ROWS" | "NOT_A_SPREADSHEET" | "ENCRYPTED" | "MACROS" | "CORRUPT" | "EMPTY";
  detail?: string;
};
export type ReadResult = { ok: true; sheets: string[]; sheet: ReadSheet } | ReadFailure;
export const IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 20_000 } as const;

export type TextEncoding = NonNullable<ReadSheet["encoding"]>;
export type Delimiter = NonNullable<ReadSheet["delimiter"]>;
/** The encodings and separators a CSV may have (detected, or chosen by the user). */
export const TEXT_ENCODINGS = ["utf-8", "windows-1252"] as const satisfies readonly TextEncoding[];
export const DELIMITERS = [";", ",", "\t"] as const satisfies readonly Delimiter[];

export interface ReadOptions {
  /** The sheet to read (by name); the first one when absent or not in the workbook. */
  sheet?: string;
  /** CSV only: the text encoding, instead of the detected one. */
  encoding?: TextEncoding;
  /** CSV only: the field separator, instead of the detected one. */
  delimiter?: Delimiter;
}

/**
 * Rows holding at least one value that a file may have: the data rows plus one header row (which
 * row is the header is chosen after reading, so the reader cannot tell it from the data).
 */
export const MAX_FILLED_ROWS = IMPORT_LIMITS.maxRows + 1;

export const failure = (code: ReadFailure["code"], detail?: string): ReadFailure =>
  detail === undefined ? { ok: false, code } : { ok: false, code, detail };
