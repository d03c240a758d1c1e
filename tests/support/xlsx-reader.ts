import JSZip from "jszip";
import { DomUtils, parseDocument } from "htmlparser2";

// Reads back the spreadsheets the exports write, with a reader of its own: the file is opened as
// the zip of XML parts the format defines (ECMA-376) and the parts are read with an XML parser
// unrelated to the library that wrote them, so a test sees what a spreadsheet program would
// read, not what the writer believes it wrote. Only the parts the tests ask about: the first
// sheet's name, cells, frozen rows and column widths, and each cell's number format and bold.

export interface XlsxCell {
  /** The cell's value: text, a number, or for a cell with a date format the date it stands for. */
  value: string | number | Date;
  /** What the file declares: a string (shared, inline or a formula's text) or a number; a date is a number with a date format. */
  type: "string" | "number" | "date" | "boolean";
  numFmt: string;
  bold: boolean;
}

export interface XlsxSheet {
  name: string;
  /** Rows by 1-based number, cells by 1-based column: the way a spreadsheet counts them. */
  cell(row: number, column: number): XlsxCell | undefined;
  rowCount: number;
  /** Rows frozen at the top (the pane's ySplit), 0 when none. */
  frozenRows: number;
  /** A column's width in characters, as the file declares it. */
  columnWidth(column: number): number | undefined;
}

const BUILT_IN_FORMATS: Record<number, string> = { 0: "General", 14: "mm-dd-yy", 22: "m/d/yy h:mm" };

const xml = async (zip: JSZip, path: string) => {
  const file = zip.file(path);
  if (!file) throw new Error(`the workbook has no ${path}`);
  return parseDocument(await file.async("string"), { xmlMode: true });
};
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
const all = (root: Parameters<typeof DomUtils.getElementsByTagName>[1], tag: string) =>
  DomUtils.getElementsByTagName(tag, root, true);
const text = (element: Element | undefined) => (element ? DomUtils.textContent(element) : "");

/** "B12" → column 2, row 12. */
function position(reference: string): { row: number; column: number } {
  const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(reference) ?? [];
  const column = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(digits), column };
}

/** A date format has day, month or year fields outside quoted text and brackets. */
const isDateFormat = (format: string) => /[dmy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));

/** Days since 1899-12-30 (the format's epoch, leap-year bug included) → the instant, read as UTC. */
const fromSerial = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));

export async function readFirstSheet(bytes: Uint8Array): Promise<XlsxSheet> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await xml(zip, "xl/workbook.xml");
  const firstSheet = all(workbook, "sheet")[0];
  const relations = await xml(zip, "xl/_rels/workbook.xml.rels");
  const target = all(relations, "Relationship").find((r) => r.attribs.Id === firstSheet?.attribs["r:id"])
    ?.attribs.Target;
  if (!firstSheet || !target) throw new Error("the workbook lists no sheet");
  const sheet = await xml(zip, `xl/${target.replace(/^\/?xl\//, "")}`);

  const shared = zip.file("xl/sharedStrings.xml")
    ? all(await xml(zip, "xl/sharedStrings.xml"), "si").map((si) => all(si, "t").map(text).join(""))
    : [];
  const styles = await xml(zip, "xl/styles.xml");
  const formats = new Map(
    all(styles, "numFmt").map((f) => [Number(f.attribs.numFmtId), f.attribs.formatCode ?? ""]),
  );
  const boldFonts = all(styles, "font").map((font) => all(font, "b").length > 0);
  const cellStyles = all(all(styles, "cellXfs")[0] ?? styles, "xf").map((xf) => {
    const id = Number(xf.attribs.numFmtId ?? 0);
    return {
      numFmt: formats.get(id) ?? BUILT_IN_FORMATS[id] ?? "",
      bold: !!boldFonts[Number(xf.attribs.fontId ?? 0)],
    };
  });

  const cells = new Map<string, XlsxCell>();
  let rowCount = 0;
  for (const c of all(sheet, "c")) {
    const { row, column } = position(c.attribs.r ?? "");
    const style = cellStyles[Number(c.attribs.s ?? 0)] ?? { numFmt: "", bold: false };
    const raw = text(all(c, "v")[0]);
    const kind = c.attribs.t ?? "n";
    let cell: XlsxCell;
    if (kind === "s") cell = { value: shared[Number(raw)] ?? "", type: "string", ...style };
    else if (kind === "inlineStr") cell = { value: all(c, "t").map(text).join(""), type: "string", ...style };
    else if (kind === "str") cell = { value: raw, type: "string", ...style };
    else if (kind === "b") cell = { value: raw === "1" ? "TRUE" : "FALSE", type: "boolean", ...style };
    else if (isDateFormat(style.numFmt)) cell = { value: fromSerial(Number(raw)), type: "date", ...style };
    else cell = { value: Number(raw), type: "number", ...style };
    cells.set(`${row}:${column}`, cell);
    rowCount = Math.max(rowCount, row);
  }
  const pane = all(sheet, "pane")[0];
  const widths = all(sheet, "col").flatMap((col) => {
    const [min, max] = [Number(col.attribs.min), Number(col.attribs.max)];
    return Array.from({ length: max - min + 1 }, (_, i) => [min + i, Number(col.attribs.width)] as const);
  });
  return {
    name: firstSheet.attribs.name ?? "",
    cell: (row, column) => cells.get(`${row}:${column}`),
    rowCount,
    frozenRows: pane?.attribs.state === "frozen" ? Number(pane.attribs.ySplit ?? 0) : 0,
    columnWidth: (column) => new Map(widths).get(column),
  };
}
