// What a file is, from its first bytes, never from its name: people rename files, and systems
// export HTML or PDF with an .xls or .csv name.

export type Sniffed =
  | { kind: "zip" }
  | { kind: "cfb"; detail: "encrypted-ooxml" | "legacy-xls" | "ole" }
  | { kind: "other"; detail: string }
  | { kind: "text" };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

/** Bytes looked at to tell text from binary. */
const SAMPLE = 64 * 1024;
/** Control characters text files do hold: tab, line ends, form feed, DOS end of file, escape. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1a, 0x1b]);
/**
 * The share of other control characters in the sample above which the bytes are not text: text
 * files (UTF-8 or Windows-1252) have none, random bytes about one in nine.
 */
const MAX_CONTROL_SHARE = 0.01;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((byte, i) => bytes[at + i] === byte);

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return { kind: "zip" };
  if (startsWith(bytes, CFB)) return { kind: "cfb", detail: compoundFileKind(bytes) };
  if (startsWith(bytes, PDF)) return { kind: "other", detail: "pdf" };
  // UTF-16 text (Excel's "Unicode text"): not a format the import reads; the detail lets the
  // page ask for CSV UTF-8 instead.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { kind: "other", detail: "utf-16" };
  }
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.subarray(0, 1024).includes(0)) return { kind: "other", detail: "binary" };
  let controls = 0;
  for (const byte of sample) if (byte < 0x20 && !TEXT_CONTROLS.has(byte)) controls++;
  if (controls > sample.length * MAX_CONTROL_SHARE) return { kind: "other", detail: "binary" };
  if (isMarkup(sample)) return { kind: "other", detail: "markup" };
  return { kind: "text" };
}

/**
 * An OLE compound file is either an encrypted OOXML workbook (Excel wraps a password-protected
 * .xlsx in one, with an "EncryptionInfo" stream) or a legacy binary .xls ("Workbook" or "Book"
 * stream). Directory entry names are UTF-16LE, so they are searched for as such.
 */
function compoundFileKind(bytes: Uint8Array): "encrypted-ooxml" | "legacy-xls" | "ole" {
  const has = (name: string) => indexOf(bytes, utf16le(name)) >= 0;
  if (has("EncryptionInfo") || has("EncryptedPackage")) return "encrypted-ooxml";
  if (has("Workbook") || has("Book")) return "legacy-xls";
  return "ole";
}

const utf16le = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  for (let i = haystack.indexOf(first ?? 0); i >= 0; i = haystack.indexOf(first ?? 0, i + 1)) {
    if (startsWith(haystack, [...needle], i)) return i;
  }
  return -1;
}

/**
 * HTML or XML saved with a spreadsheet name (the "Excel" export of many systems is an HTML table;
 * Excel 2003 XML starts with <?xml): a CSV never starts with a tag.
 */
function isMarkup(sample: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(sample.subarray(0, 512)).replace(/^\uFEFF/, "");
  return /^\s*<(\?xml|!doctype|html|table|workbook)\b/i.test(head);
}
