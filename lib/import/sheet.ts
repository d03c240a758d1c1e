// The file reader's output (lib/import/read/), as the engine consumes it: a sheet's rows with
// their 1-based line numbers and the values its cells held. A copy of the reader's types until
// both meet; the engine never sees bytes, encodings or separators.

export type RawCell = string | number | boolean | Date | null;

export interface ReadRow {
  /** 1-based line in the sheet. */
  line: number;
  cells: RawCell[];
}

export interface ReadSheet {
  name: string;
  rows: ReadRow[];
  warnings: { code: string; line?: number; column?: number; detail?: string }[];
}
