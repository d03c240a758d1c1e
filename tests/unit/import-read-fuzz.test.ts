import { readFileSync } from "node:fs";
import { once } from "node:events";
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS, readSpreadsheet, type ReadResult } from "@/lib/import/read";

// Malformed and hostile files: each is refused with the right reason, quickly, and the reader
// never throws (a rejected promise would be a 500 for the upload).

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const personas = fixture("personas.xlsx");

/** Reads, and fails the test when reading throws or takes 5 s or more. */
async function read(bytes: Uint8Array, name = "archivo.xlsx"): Promise<ReadResult> {
  const started = performance.now();
  const result = await readSpreadsheet(bytes, name);
  expect(performance.now() - started).toBeLessThan(5_000);
  return result;
}

/** A deterministic byte source (xorshift32): the same "random" file on every run. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** personas.xlsx with parts replaced or added, zipped again. */
async function personasWith(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(personas);
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const sheetXml = async () =>
  (await JSZip.loadAsync(personas)).file("xl/worksheets/sheet1.xml")!.async("string");

/**
 * A zip written here, byte by byte (the format's local headers, central directory and end
 * record), with parts deflated by zlib: large parts deflate in a fraction of the time jszip's
 * JavaScript deflater takes. The CRC is left 0: the reader, like jszip by default, does not check
 * it.
 */
function zipOf(parts: Record<string, Uint8Array | { deflated: Uint8Array; size: number }>): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, part] of Object.entries(parts)) {
    const { deflated, size } =
      part instanceof Uint8Array ? { deflated: deflateRawSync(part), size: part.length } : part;
    const name = Buffer.from(path, "utf8");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names in UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0x21, 12); // 1980-01-01
    header.writeUInt32LE(deflated.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(deflated.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(header, name, Buffer.from(deflated));
    central.push(entry, name);
    offset += header.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** personas.xlsx's parts as a zipOf input, with some replaced. */
async function personasParts(replaced: Record<string, Uint8Array | { deflated: Uint8Array; size: number }>) {
  const zip = await JSZip.loadAsync(personas);
  const parts: Record<string, Uint8Array | { deflated: Uint8Array; size: number }> = {};
  for (const path of Object.keys(zip.files)) parts[path] = await zip.file(path)!.async("uint8array");
  return { ...parts, ...replaced };
}

/** Text deflated as it is made, never held whole: large parts (tens or hundreds of megabytes). */
async function deflatedText(pieces: Iterable<string>) {
  const deflate = createDeflateRaw({ level: 1 });
  const output: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => output.push(chunk));
  const ended = once(deflate, "end");
  let size = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, "utf8");
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, "drain");
  }
  deflate.end();
  await ended;
  return { deflated: new Uint8Array(Buffer.concat(output)), size };
}

/** A zip bomb's part: megabytes of spaces between a head and a tail. */
function* spaces(head: string, megabytes: number, tail: string) {
  yield head;
  const block = " ".repeat(1024 * 1024);
  for (let i = 0; i < megabytes; i++) yield block;
  yield tail;
}

describe("files that are not what their name says", () => {
  it("refuses a renamed PDF, HTML or XML saved as .xls, and UTF-16 text", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    expect(await read(pdf, "personas.xlsx")).toEqual({ ok: false, code: "NOT_A_SPREADSHEET", detail: "pdf" });
    const html = new TextEncoder().encode("<html><body><table><tr><td>Ana</td></tr></table></body></html>");
    expect(await read(html, "personas.xls")).toEqual({
      ok: false,
      code: "NOT_A_SPREADSHEET",
      detail: "markup",
    });
    const xml = new TextEncoder().encode(
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
    );
    expect(await read(xml, "personas.xml")).toEqual({
      ok: false,
      code: "NOT_A_SPREADSHEET",
      detail: "markup",
    });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from("Nombre\tApellido\r\n", "utf16le")]);
    expect(await read(utf16, "personas.txt")).toEqual({
      ok: false,
      code: "NOT_A_SPREADSHEET",
      detail: "utf-16",
    });
  });

  it("refuses 10 MB of random bytes as binary, and random bytes behind a zip signature as corrupt", async () => {
    const garbage = randomBytes(IMPORT_LIMITS.maxBytes, 0x5eed);
    expect(await read(garbage, "datos.csv")).toEqual({
      ok: false,
      code: "NOT_A_SPREADSHEET",
      detail: "binary",
    });
    // No NUL in the first KB, but the control characters of random bytes further on.
    const noNul = garbage.map((byte) => (byte === 0 ? 1 : byte));
    expect(await read(noNul, "datos.csv")).toEqual({
      ok: false,
      code: "NOT_A_SPREADSHEET",
      detail: "binary",
    });
    const fakeZip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(100_000, 7)]);
    expect(await read(fakeZip)).toMatchObject({ ok: false, code: "CORRUPT" });
  });

  it("refuses zips that are not workbooks: plain, OpenDocument, Word", async () => {
    const plain = new JSZip().file("hola.txt", "hola");
    expect(await read(await plain.generateAsync({ type: "uint8array" }))).toEqual({
      ok: false,
      code: "NOT_A_SPREADSHEET",
      detail: "zip",
    });
    const ods = new JSZip()
      .file("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
      .file("content.xml", "<office:document-content/>");
    expect(await read(await ods.generateAsync({ type: "uint8array" }), "personas.xlsx")).toEqual({
      ok: false,
      code: "NOT_A_SPREADSHEET",
      detail: "ods",
    });
    const docx = new JSZip().file("word/document.xml", "<w:document/>");
    expect(await read(await docx.generateAsync({ type: "uint8array" }))).toMatchObject({
      code: "NOT_A_SPREADSHEET",
    });
  });

  it("refuses encrypted workbooks and legacy .xls by their compound-file header", async () => {
    const compound = (stream: string) =>
      Uint8Array.from([
        ...[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
        ...new Uint8Array(504),
        ...Buffer.from(stream, "utf16le"),
        ...new Uint8Array(64),
      ]);
    expect(await read(compound("EncryptionInfo"))).toEqual({
      ok: false,
      code: "ENCRYPTED",
      detail: "encrypted-ooxml",
    });
    expect(await read(compound("Workbook"), "viejo.xls")).toEqual({
      ok: false,
      code: "ENCRYPTED",
      detail: "legacy-xls",
    });
  });

  it("refuses workbooks with macros, by their VBA project or their content type", async () => {
    expect(await read(await personasWith({ "xl/vbaProject.bin": new Uint8Array([1, 2, 3]) }))).toEqual({
      ok: false,
      code: "MACROS",
    });
    const types = await (await JSZip.loadAsync(personas)).file("[Content_Types].xml")!.async("string");
    const macroTypes = types.replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    expect(macroTypes).not.toBe(types);
    expect(await read(await personasWith({ "[Content_Types].xml": macroTypes }))).toEqual({
      ok: false,
      code: "MACROS",
    });
  });
});

describe("broken and hostile workbooks", () => {
  it("refuses a truncated zip as corrupt, wherever it is cut", async () => {
    for (const share of [0.1, 0.5, 0.9, 0.99]) {
      const cut = personas.subarray(0, Math.floor(personas.length * share));
      expect(await read(cut), `cut at ${share}`).toMatchObject({ ok: false, code: "CORRUPT" });
    }
  });

  it("answers every damaged copy of a workbook with a result, never an exception", async () => {
    const noise = randomBytes(4_000, 42);
    for (let trial = 0; trial < 40; trial++) {
      const damaged = Uint8Array.from(personas);
      for (let flip = 0; flip <= trial % 8; flip++) {
        const at = ((noise[trial * 20 + flip * 2] ?? 0) << 8) | (noise[trial * 20 + flip * 2 + 1] ?? 0);
        damaged[at % damaged.length] = (damaged[at % damaged.length] ?? 0) ^ 0xff;
      }
      const result = await read(damaged);
      expect(typeof result.ok, `trial ${trial}`).toBe("boolean");
      if (!result.ok) expect(["CORRUPT", "EMPTY", "NOT_A_SPREADSHEET", "MACROS"]).toContain(result.code);
    }
  });

  it("refuses a workbook whose sheet is cut mid-XML as corrupt", async () => {
    const xml = await sheetXml();
    const result = await read(
      await personasWith({ "xl/worksheets/sheet1.xml": xml.slice(0, xml.indexOf("</sheetData>") - 40) }),
    );
    expect(result).toMatchObject({ ok: false, code: "CORRUPT" });
  });

  it("reads a sheet whose dimension and last row say a million rows as its real rows", async () => {
    const original = await read(personas);
    const xml = (await sheetXml())
      .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:I1048576"/>')
      .replace("</sheetData>", '<row r="1048576" s="1" customFormat="true" ht="12.8"></row></sheetData>');
    expect(await read(await personasWith({ "xl/worksheets/sheet1.xml": xml }))).toEqual(original);
  });

  it("reads a sheet with a million formatted empty rows quickly, up to its last value", async () => {
    const original = await read(personas);
    const xml = await sheetXml();
    const [head = "", tail = ""] = xml.split("</sheetData>");
    // Rows 9 to 1,048,576, each formatted with one styled empty cell, as Excel writes them.
    function* rows() {
      yield head;
      for (let from = 9; from <= 1_048_576; from += 10_000) {
        let block = "";
        for (let r = from; r < Math.min(from + 10_000, 1_048_577); r++) {
          block += `<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/></row>`;
        }
        yield block;
      }
      yield `</sheetData>${tail}`;
    }
    const sheet = await deflatedText(rows());
    expect(sheet.size).toBeGreaterThan(60_000_000);
    const bytes = zipOf(await personasParts({ "xl/worksheets/sheet1.xml": sheet }));
    expect(bytes.length).toBeLessThan(IMPORT_LIMITS.maxBytes);
    expect(await read(bytes)).toEqual(original);
  });

  it("refuses a zip bomb: a sheet or shared strings inflating past their bound", async () => {
    const xml = await sheetXml();
    const [head = "", tail = ""] = xml.split("</sheetData>");
    const sheetBomb = zipOf(
      await personasParts({
        "xl/worksheets/sheet1.xml": await deflatedText(spaces(head, 300, `</sheetData>${tail}`)),
      }),
    );
    expect(sheetBomb.length).toBeLessThan(IMPORT_LIMITS.maxBytes);
    expect(await read(sheetBomb)).toMatchObject({ ok: false, code: "TOO_LARGE" });

    const strings = await (await JSZip.loadAsync(personas)).file("xl/sharedStrings.xml")!.async("string");
    const [start = "", end = ""] = strings.split("</sst>");
    const stringsBomb = zipOf(
      await personasParts({ "xl/sharedStrings.xml": await deflatedText(spaces(start, 70, `</sst>${end}`)) }),
    );
    expect(await read(stringsBomb)).toMatchObject({ ok: false, code: "TOO_LARGE" });
  });

  it("refuses a workbook without worksheets, or with nothing in its sheet, as empty", async () => {
    const workbook = await (await JSZip.loadAsync(personas)).file("xl/workbook.xml")!.async("string");
    const noSheets = workbook.replace(/<sheets>.*<\/sheets>/s, "<sheets/>");
    expect(await read(await personasWith({ "xl/workbook.xml": noSheets }))).toMatchObject({
      ok: false,
      code: "EMPTY",
    });
    const blank = (await sheetXml()).replace(/<sheetData>.*<\/sheetData>/s, "<sheetData/>");
    expect(await read(await personasWith({ "xl/worksheets/sheet1.xml": blank }))).toEqual({
      ok: false,
      code: "EMPTY",
    });
  });
});
