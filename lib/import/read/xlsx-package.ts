import { posix } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import JSZip from "jszip";
import { isTrue, tags } from "./xml";
import { failure, type ReadFailure } from "./types";

// An .xlsx file is a zip of XML parts (ECMA-376). This module opens the zip, tells a workbook
// from other zips (macro workbooks, OpenDocument, .xlsb, Word files), lists the worksheets in
// the workbook's order and reads the small parts, each within a size bound: a zip of a few
// megabytes can inflate to gigabytes, so nothing is inflated without counting.

export interface WorksheetEntry {
  name: string;
  /** The part's path in the zip, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  hidden: boolean;
}

export interface WorkbookPackage {
  zip: JSZip;
  sheets: WorksheetEntry[];
  /** xl/workbook.xml as text (ExcelJS reads it again for the 1904 date system). */
  workbookXml: string;
  /** xl/styles.xml as text, if any: number formats say which numbers are dates. */
  stylesXml: string | null;
  /** Serial day 0 is 1904-01-01 instead of 1899-12-30 (old Mac workbooks). */
  date1904: boolean;
}

/** Bounds on the inflated size of each part (their legitimate size is far below). */
export const PART_LIMITS = {
  contentTypes: 1 << 20,
  workbook: 4 << 20,
  relationships: 4 << 20,
  styles: 16 << 20,
  sharedStrings: 64 << 20,
  /** A sheet of 20,000 rows of 50 columns is about 60 MB of XML. */
  worksheet: 256 << 20,
} as const;

export class PartTooLarge extends Error {
  constructor(readonly path: string) {
    super(`${path} inflates beyond its bound`);
    this.name = "PartTooLarge";
  }
}

const MACRO_CONTENT_TYPE = /macroEnabled/i;
const MACRO_PART = /(^|\/)vbaProject\.bin$|^xl\/macrosheets\//i;
const WORKSHEET_RELATION = /\/worksheet$/;

export async function openPackage(bytes: Uint8Array): Promise<WorkbookPackage | ReadFailure> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return failure("CORRUPT", `zip: ${message(error)}`);
  }
  try {
    const contentTypes = (await readPart(zip, "[Content_Types].xml", PART_LIMITS.contentTypes)) ?? "";
    if (MACRO_CONTENT_TYPE.test(contentTypes) || Object.keys(zip.files).some((p) => MACRO_PART.test(p))) {
      return failure("MACROS");
    }
    const workbookXml = await readPart(zip, "xl/workbook.xml", PART_LIMITS.workbook);
    if (workbookXml === null) return failure("NOT_A_SPREADSHEET", await otherZipKind(zip));

    const relations = (await readPart(zip, "xl/_rels/workbook.xml.rels", PART_LIMITS.relationships)) ?? "";
    const targets = new Map<string, string>();
    for (const relation of tags(relations, "Relationship")) {
      if (relation.Id && relation.Target && WORKSHEET_RELATION.test(relation.Type ?? "")) {
        targets.set(relation.Id, partPath(relation.Target));
      }
    }
    const sheets: WorksheetEntry[] = [];
    for (const sheet of tags(workbookXml, "sheet")) {
      const path = targets.get(sheet.id ?? "");
      // Chart sheets and dialog sheets have no cells: they are not offered.
      if (sheet.name && path && zip.file(path)) {
        sheets.push({
          name: sheet.name,
          path,
          hidden: sheet.state !== undefined && sheet.state !== "visible",
        });
      }
    }
    const workbookPr = tags(workbookXml, "workbookPr").next().value;
    return {
      zip,
      sheets,
      workbookXml,
      stylesXml: await readPart(zip, "xl/styles.xml", PART_LIMITS.styles),
      date1904: isTrue(workbookPr?.date1904),
    };
  } catch (error) {
    if (error instanceof PartTooLarge) return failure("TOO_LARGE", error.message);
    return failure("CORRUPT", message(error));
  }
}

/** What a zip that is not a workbook is, for the message: OpenDocument and .xlsb get their own. */
async function otherZipKind(zip: JSZip): Promise<string> {
  const mimetype = (await readPart(zip, "mimetype", 1024)) ?? "";
  if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  if (zip.file("xl/workbook.bin")) return "xlsb";
  return "zip";
}

/** A relationship target ("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml") as a zip path. */
function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join("xl", target));
}

/** The inflated chunks of a part, failing with PartTooLarge once they pass `limit` bytes. */
export async function* partChunks(zip: JSZip, path: string, limit: number): AsyncGenerator<Uint8Array> {
  const file = zip.file(path);
  if (!file) return;
  let size = 0;
  for await (const chunk of inflate(file)) {
    size += chunk.length;
    if (size > limit) throw new PartTooLarge(path);
    yield chunk;
  }
}

/**
 * A part's inflated bytes, inflated by Node's zlib from the compressed bytes jszip located (its
 * own JavaScript inflater is about ten times slower, and a sheet may be tens of megabytes). The
 * compressed bytes are jszip's `_data`, an internal field stable across jszip 3; should it ever
 * be missing, jszip's own stream is used. Leaving the loop stops inflating.
 */
function inflate(file: JSZip.JSZipObject): AsyncIterable<Uint8Array> {
  const data = (file as unknown as { _data?: CompressedData })._data;
  const content = data?.compressedContent;
  const method = data?.compression?.magic;
  if (content instanceof Uint8Array && (method === STORED || method === DEFLATED)) {
    if (method === STORED) return Readable.from(slices(content), { objectMode: true });
    return Readable.from(slices(content)).pipe(createInflateRaw({ chunkSize: CHUNK }));
  }
  return jszipStream(file);
}

interface CompressedData {
  compressedContent?: unknown;
  compression?: { magic?: string };
}
const STORED = "\x00\x00";
const DEFLATED = "\x08\x00";
const CHUNK = 64 * 1024;

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
}

/** jszip's own inflating stream, in a native stream (jszip's is an old readable-stream). */
function jszipStream(file: JSZip.JSZipObject): AsyncIterable<Uint8Array> {
  const output = new PassThrough();
  const source = file.nodeStream("nodebuffer");
  source.on("error", (error) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  source.pipe(output);
  return output;
}

/** Inflates a part only to count its bytes: PartTooLarge when it passes `limit`. */
export async function checkPartSize(zip: JSZip, path: string, limit: number): Promise<void> {
  for await (const chunk of partChunks(zip, path, limit)) void chunk;
}

/** A part as text (UTF-8), null when the zip has no such part. */
export async function readPart(zip: JSZip, path: string, limit: number): Promise<string | null> {
  if (!zip.file(path)) return null;
  const chunks: Uint8Array[] = [];
  for await (const chunk of partChunks(zip, path, limit)) chunks.push(chunk);
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

export const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 200);
