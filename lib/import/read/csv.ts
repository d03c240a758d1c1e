import { Readable } from "node:stream";
import { parse } from "csv-parse";
import {
  DELIMITERS,
  failure,
  MAX_FILLED_ROWS,
  type Delimiter,
  type RawCell,
  type ReadOptions,
  type ReadResult,
  type ReadRow,
  type ReadWarning,
  type TextEncoding,
} from "./types";
import { cleanText } from "./values";
import { message } from "./xlsx-package";

// CSV as Argentine offices have it: saved by Excel as "CSV (delimitado por comas)" — which is
// ";"-separated and Windows-1252 under a Spanish locale — or as "CSV UTF-8" (with a BOM), or
// exported by other systems with "," and UTF-8. Encoding and separator are detected, returned so
// the page can show them, and can be forced by the user.

const BOM = [0xef, 0xbb, 0xbf];

export function decodeText(
  bytes: Uint8Array,
  forced?: TextEncoding,
): { text: string; encoding: TextEncoding; replaced: boolean } {
  const hasBom = BOM.every((byte, i) => bytes[i] === byte);
  const body = hasBom ? bytes.subarray(BOM.length) : bytes;
  let encoding: TextEncoding = forced ?? "utf-8";
  if (encoding === "utf-8") {
    try {
      return {
        text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body),
        encoding,
        replaced: false,
      };
    } catch {
      // Not valid UTF-8: forced, its broken bytes become U+FFFD; detected, it is Windows-1252
      // (every byte decodes to a character there).
      if (forced) {
        return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(body), encoding, replaced: true };
      }
      encoding = "windows-1252";
    }
  }
  return { text: decodeWindows1252(body), encoding, replaced: false };
}

/**
 * Windows-1252 bytes 0x80–0x9F, where it differs from ISO-8859-1 (€, curly quotes, dashes, Š…);
 * the five bytes it leaves undefined keep their C1 code point, as browsers decode them.
 */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/**
 * Windows-1252 to text. Node 20's TextDecoder accepts the label but decodes it as ISO-8859-1
 * (0x80 comes out U+0080, not €), so the table is applied here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const BLOCK = 8192;
  for (let start = 0; start < bytes.length; start += BLOCK) {
    const codes = Array.from(bytes.subarray(start, start + BLOCK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

/** Lines and characters looked at to choose the separator. */
const SAMPLE_LINES = 50;
const SAMPLE_CHARS = 64 * 1024;

/**
 * The separator the file uses: for each candidate, how many times it appears on each of the first
 * lines (outside quoted fields). The one that appears the same number of times (not zero) on the
 * most lines wins; equally consistent, the one with more fields; still equal, ";" then "," then
 * tab. So "Monto;1.234,5" lines choose ";" although they hold commas. A file with a single
 * column has none: ",".
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = sampleLines(text);
  let best: { delimiter: Delimiter; agreeing: number; count: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const frequency = new Map<number, number>();
    for (const counts of lines) {
      const n = counts[delimiter];
      if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    }
    for (const [count, agreeing] of frequency) {
      if (!best || agreeing > best.agreeing || (agreeing === best.agreeing && count > best.count)) {
        best = { delimiter, agreeing, count };
      }
    }
  }
  return best?.delimiter ?? ",";
}

/** Per non-empty line of the sample, how many of each candidate appear outside quotes. */
function sampleLines(text: string): Record<Delimiter, number>[] {
  const lines: Record<Delimiter, number>[] = [];
  let counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  let blank = true;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end && lines.length < SAMPLE_LINES; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) {
      if (!blank) lines.push(counts);
      counts = { ";": 0, ",": 0, "\t": 0 };
      blank = true;
      continue;
    } else if (!quoted && (c === ";" || c === "," || c === "\t")) counts[c]++;
    if (c !== " ") blank = false;
  }
  if (!blank && lines.length < SAMPLE_LINES) lines.push(counts);
  return lines;
}

/** Characters handed to the parser at a time, so a 10 MB file is never split in one go. */
const CHUNK = 64 * 1024;
/** A record (row) longer than this is not a spreadsheet row: the file is refused as corrupt. */
const MAX_RECORD_CHARS = 1_000_000;

export async function readCsv(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
): Promise<ReadResult> {
  const { text, encoding, replaced } = decodeText(bytes, options.encoding);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const warnings: ReadWarning[] = [];
  if (replaced) warnings.push({ code: "INVALID_CHARACTERS", detail: encoding });

  const rows: ReadRow[] = [];
  const source = Readable.from(chunks(text), { objectMode: false });
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  source.pipe(parser);
  try {
    // Records are numbered like the rows a spreadsheet shows for the file: an empty line is a
    // row, a field with line breaks inside quotes is not several.
    let line = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      line++;
      const cells: RawCell[] = record.map((field) => (field === "" ? null : field));
      if (cells.every((cell) => cleanText(cell) === null)) continue;
      if (rows.length === MAX_FILLED_ROWS) return failure("TOO_MANY_ROWS");
      rows.push({ line, cells });
    }
  } catch (error) {
    return failure("CORRUPT", `csv: ${message(error)}`);
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (rows.length === 0) return failure("EMPTY");
  const name = sheetName(fileName);
  return { ok: true, sheets: [name], sheet: { name, rows, warnings, encoding, delimiter } };
}

function* chunks(text: string): Generator<string> {
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + CHUNK, text.length);
    // Never between the two halves of a surrogate pair (an emoji would become U+FFFD).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(i, end);
    i = end;
  }
}

/** A CSV's one "sheet" is named after the file, as spreadsheet programs do. */
function sheetName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  return base.replace(/\.[^.]*$/, "") || "CSV";
}
