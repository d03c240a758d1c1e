import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { csvHeader, csvRows } from "@/lib/export/csv";
import type { ExportColumn, ExportLabels } from "@/lib/export/types";
import { xlsxWriter } from "@/lib/export/xlsx";
import { detectDelimiter, decodeText } from "@/lib/import/read/csv";
import { IMPORT_LIMITS, readSpreadsheet, type ReadResult, type ReadSheet } from "@/lib/import/read";
import { cleanText, parseDateCell, parseDecimal, sameEmail } from "@/lib/import/read/values";

// The import's file reading, on spreadsheets written by LibreOffice Calc
// (tests/fixtures/import/make-fixtures.sh builds them from the sources beside it).

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function sheetOf(result: ReadResult): ReadSheet & { sheets: string[] } {
  if (!result.ok) throw new Error(`expected a sheet, got ${result.code} ${result.detail ?? ""}`);
  return { ...result.sheet, sheets: result.sheets };
}

const csv = (text: string) => new TextEncoder().encode(text);

describe("XLSX written by LibreOffice (personas.xlsx)", () => {
  it("reads the first sheet: date cells as dates, formulas as their stored results, text as written", async () => {
    const sheet = sheetOf(await readSpreadsheet(fixture("personas.xlsx"), "personas.xlsx"));
    expect(sheet.sheets).toEqual(["Personas", "Redes"]);
    expect(sheet.name).toBe("Personas");
    expect(sheet.encoding).toBeUndefined();
    expect(sheet.delimiter).toBeUndefined();
    expect(sheet.rows).toEqual([
      {
        line: 1,
        cells: [
          "Nombre",
          "Apellido",
          "Correo",
          "Alta",
          "Alta (texto)",
          "Monto",
          "Doble",
          "Completo",
          "Interno",
        ],
      },
      {
        line: 2,
        cells: [
          "Ana",
          "Pérez",
          "Ana.Perez@Example.org",
          day("2024-03-05"),
          "05/03/2024",
          1234.5,
          2469,
          "Ana Pérez",
          "x",
        ],
      },
      {
        line: 3,
        cells: [
          "José\u00A0  ",
          "Muñoz",
          " jose@example.org ",
          day("2023-12-31"),
          "31/12/2023",
          10.25,
          20.5,
          "José\u00A0   Muñoz",
          "y",
        ],
      },
      // Hidden, and read.
      {
        line: 4,
        cells: [
          "Oculta",
          "Fila",
          "oculta@example.org",
          day("2024-01-15"),
          "15/01/2024",
          1,
          2,
          "Oculta Fila",
          "z",
        ],
      },
      // A5:B5 merged: the text LibreOffice left under B5 is not read. D5 is a formula shown as a date.
      {
        line: 5,
        cells: ["Fila combinada", null, "combinada@example.org", day("2024-03-06"), "2024-03-06", "1.234,5"],
      },
      // Rich text and a hyperlink, as their text.
      { line: 6, cells: ["Texto rico", "Sitio"] },
      // Row 7 is empty: not returned, and the line numbers go on counting it.
      { line: 8, cells: ["Después de la fila vacía"] },
    ]);
  });

  it("reports the merged range, the hidden row and the hidden column", async () => {
    const sheet = sheetOf(await readSpreadsheet(fixture("personas.xlsx"), "personas.xlsx"));
    expect(sheet.warnings).toEqual([
      { code: "MERGED_CELLS", line: 5, column: 1, detail: "A5:B5" },
      { code: "HIDDEN_ROWS", line: 4, detail: "4" },
      { code: "HIDDEN_COLUMNS", column: 9, detail: "I" },
    ]);
  });

  it("gives the same values from date cells and text dates, numbers and comma decimals", async () => {
    const rows = sheetOf(await readSpreadsheet(fixture("personas.xlsx"), "personas.xlsx")).rows;
    const [, ana, jose, , merged] = rows.map((row) => row.cells);
    expect(parseDateCell(ana?.[3] ?? null, "dmy")).toEqual(parseDateCell(ana?.[4] ?? null, "dmy"));
    expect(parseDateCell(jose?.[3] ?? null, "iso")).toEqual({ ok: true, date: "2023-12-31" });
    expect(parseDateCell(jose?.[4] ?? null, "iso")).toEqual({ ok: false, reason: "ambiguous" });
    expect(parseDateCell(merged?.[3] ?? null, "iso")).toEqual(parseDateCell(merged?.[4] ?? null, "iso"));
    expect(parseDecimal(merged?.[5] ?? null)).toBe(parseDecimal(ana?.[5] ?? null));
    expect(cleanText(jose?.[0] ?? null)).toBe("José");
    expect(sameEmail(jose?.[2] ?? null, "JOSE@example.org")).toBe(true);
  });

  it("reads the sheet asked for, and the first one with a warning when the name is not there", async () => {
    const redes = sheetOf(
      await readSpreadsheet(fixture("personas.xlsx"), "personas.xlsx", { sheet: "Redes" }),
    );
    expect(redes.name).toBe("Redes");
    expect(redes.rows).toEqual([
      { line: 1, cells: ["Sigla", "Nombre"] },
      { line: 2, cells: ["UCCI", "Unión de Ciudades Capitales Iberoamericanas"] },
      { line: 3, cells: ["C40", "C40 Cities"] },
    ]);
    expect(redes.warnings).toEqual([]);

    const missing = sheetOf(
      await readSpreadsheet(fixture("personas.xlsx"), "personas.xlsx", { sheet: "Hoja9" }),
    );
    expect(missing.name).toBe("Personas");
    expect(missing.warnings).toContainEqual({ code: "SHEET_NOT_FOUND", detail: "Hoja9" });
  });

  it("starts on the first sheet that is not hidden, and reads a hidden one when asked, with a warning", async () => {
    const zip = await JSZip.loadAsync(fixture("personas.xlsx"));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const hiding = workbook.replace(/(<sheet name="Personas"[^>]*state=")visible"/, '$1hidden"');
    expect(hiding).not.toBe(workbook);
    zip.file("xl/workbook.xml", hiding);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const visible = sheetOf(await readSpreadsheet(bytes, "personas.xlsx"));
    expect(visible.sheets).toEqual(["Personas", "Redes"]);
    expect(visible.name).toBe("Redes");
    const hidden = sheetOf(await readSpreadsheet(bytes, "personas.xlsx", { sheet: "Personas" }));
    expect(hidden.name).toBe("Personas");
    expect(hidden.warnings).toContainEqual({ code: "HIDDEN_SHEET", detail: "Personas" });
  });

  it("gives formula results ExcelJS drops (0, FALSE, errors), TRUE as true, and lists the missing ones", async () => {
    const zip = await JSZip.loadAsync(fixture("personas.xlsx"));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const edits: [string, string][] = [
      // Saved without its result (a program that does not calculate).
      ['<f aca="false">F2*2</f><v>2469</v>', '<f aca="false">F2*2</f>'],
      // An error result.
      [
        '<c r="G3" s="0" t="n"><f aca="false">F3*2</f><v>20.5</v>',
        '<c r="G3" s="0" t="e"><f>F3/0</f><v>#DIV/0!</v>',
      ],
      // A zero, a FALSE and a TRUE.
      ['<f aca="false">F4*2</f><v>2</v>', '<f aca="false">F4*0</f><v>0</v>'],
      [
        '<c r="H4" s="0" t="str"><f aca="false">A4&amp;&quot; &quot;&amp;B4</f><v>Oculta Fila</v>',
        '<c r="H4" s="0" t="b"><f>FALSE()</f><v>0</v>',
      ],
      [
        '<c r="H3" s="0" t="str"><f aca="false">A3&amp;&quot; &quot;&amp;B3</f><v>',
        '<c r="H3" s="0" t="b"><f>TRUE()</f><v>1</v><x>',
      ],
    ];
    let edited = xml;
    for (const [from, to] of edits) {
      expect(edited, from).toContain(from);
      edited = edited.replace(from, to);
    }
    edited = edited.replace(/<x>[^<]*<\/v>/, "");
    zip.file("xl/worksheets/sheet1.xml", edited);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const sheet = sheetOf(await readSpreadsheet(bytes, "personas.xlsx"));
    const [, ana, jose, hidden] = sheet.rows.map((row) => row.cells);
    expect(ana?.[6]).toBeNull();
    expect(jose?.[6]).toBeNull();
    expect(jose?.[7]).toBe(true);
    expect(hidden?.[6]).toBe(0);
    expect(hidden?.[7]).toBe(false);
    expect(sheet.warnings).toContainEqual({ code: "FORMULA_WITHOUT_VALUE", detail: "G2" });
    expect(sheet.warnings).toContainEqual({ code: "FORMULA_ERRORS", detail: "G3" });
  });

  it("ignores the file's name: an .xlsx named .csv is still a workbook", async () => {
    const sheet = sheetOf(await readSpreadsheet(fixture("personas.xlsx"), "personas.csv"));
    expect(sheet.name).toBe("Personas");
  });
});

describe("CSV written by LibreOffice", () => {
  const expectedPeople = [
    { line: 1, cells: ["Nombre", "Apellido", "Correo", "Alta", "Monto", "Nota"] },
    { line: 2, cells: ["Ana", "Pérez", "ana@example.org", "05/03/2024", "1.234,50", "Cuota en €"] },
    {
      line: 3,
      cells: [
        "Íñigo",
        "Núñez Añón",
        "inigo@example.org",
        "31/12/2023",
        "10,25",
        "Coordinación; área técnica",
      ],
    },
  ];

  it("detects Windows-1252 and ';' (personas-1252.csv)", async () => {
    const sheet = sheetOf(await readSpreadsheet(fixture("personas-1252.csv"), "personas-1252.csv"));
    expect(sheet.encoding).toBe("windows-1252");
    expect(sheet.delimiter).toBe(";");
    expect(sheet.sheets).toEqual(["personas-1252"]);
    expect(sheet.rows).toEqual(expectedPeople);
    expect(sheet.warnings).toEqual([]);
    expect(parseDecimal(sheet.rows[1]?.cells[4] ?? null)).toBe(1234.5);
    expect(parseDateCell(sheet.rows[2]?.cells[3] ?? null, "dmy")).toEqual({ ok: true, date: "2023-12-31" });
  });

  it("detects UTF-8 with a BOM (dropped) and ';' (personas-bom.csv)", async () => {
    const sheet = sheetOf(await readSpreadsheet(fixture("personas-bom.csv"), "personas-bom.csv"));
    expect(sheet.encoding).toBe("utf-8");
    expect(sheet.delimiter).toBe(";");
    expect(sheet.rows).toEqual(expectedPeople);
  });

  it("detects UTF-8 without a BOM and ',' with quoted commas and quotes (redes-coma.csv)", async () => {
    const sheet = sheetOf(await readSpreadsheet(fixture("redes-coma.csv"), "redes-coma.csv"));
    expect(sheet.encoding).toBe("utf-8");
    expect(sheet.delimiter).toBe(",");
    expect(sheet.rows).toEqual([
      { line: 1, cells: ["Sigla", "Nombre", "Ciudades"] },
      { line: 2, cells: ["UCCI", "Unión de Ciudades Capitales Iberoamericanas, UCCI", "28"] },
      { line: 3, cells: ["C40", 'Red "C40 Cities"', "96"] },
    ]);
  });

  it("lets the user override the encoding and the separator", async () => {
    const asUtf8 = sheetOf(
      await readSpreadsheet(fixture("personas-1252.csv"), "personas-1252.csv", { encoding: "utf-8" }),
    );
    expect(asUtf8.encoding).toBe("utf-8");
    expect(asUtf8.rows[1]?.cells[1]).toBe("P\uFFFDrez");
    expect(asUtf8.warnings).toEqual([{ code: "INVALID_CHARACTERS", detail: "utf-8" }]);

    const as1252 = sheetOf(
      await readSpreadsheet(fixture("personas-bom.csv"), "personas-bom.csv", { encoding: "windows-1252" }),
    );
    expect(as1252.encoding).toBe("windows-1252");
    expect(as1252.rows[1]?.cells[1]).toBe("PÃ©rez");

    const byComma = sheetOf(
      await readSpreadsheet(fixture("personas-bom.csv"), "personas-bom.csv", { delimiter: "," }),
    );
    expect(byComma.delimiter).toBe(",");
    expect(byComma.rows[0]?.cells).toEqual(['"Nombre";"Apellido";"Correo";"Alta";"Monto";"Nota"']);
  });
});

describe("CSV details", () => {
  it("chooses the separator that is consistent across lines, outside quotes", () => {
    expect(detectDelimiter("Nombre;Monto\nAna;1.234,5\nJosé;10,25\n")).toBe(";");
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3\n")).toBe("\t");
    expect(detectDelimiter('"a;b",c\n"d;e",f\n"g;h",i\n')).toBe(",");
    expect(detectDelimiter('"uno\ndos;tres";x\ny;z\n')).toBe(";");
    expect(detectDelimiter("Nombre\nAna\n")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });

  it("decodes UTF-8 when it is valid, Windows-1252 otherwise", () => {
    expect(decodeText(csv("\uFEFFAñón"))).toEqual({ text: "Añón", encoding: "utf-8", replaced: false });
    // "Añón €" in Windows-1252: ñ F1, ó F3, € 80 (not a character in ISO-8859-1).
    expect(decodeText(Uint8Array.from([0x41, 0xf1, 0xf3, 0x6e, 0x20, 0x80]))).toEqual({
      text: "Añón €",
      encoding: "windows-1252",
      replaced: false,
    });
  });

  it("numbers rows as a spreadsheet shows the file: empty lines count, quoted line breaks do not", async () => {
    const text = 'a;b\r\n\r\n;;\r\n"uno\r\ndos";c\r\n \u00A0;\r\nfin;"x"\r\n';
    const sheet = sheetOf(await readSpreadsheet(csv(text), "x.csv"));
    expect(sheet.rows).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 4, cells: ["uno\r\ndos", "c"] },
      { line: 6, cells: ["fin", "x"] },
    ]);
  });

  it("keeps rows with another number of fields as they are", async () => {
    const sheet = sheetOf(await readSpreadsheet(csv("a;b;c\n1;2\n1;2;3;4\n"), "x.csv"));
    expect(sheet.rows.map((row) => row.cells.length)).toEqual([3, 2, 4]);
  });

  it("refuses a file with no values, and an unclosed quote as corrupt", async () => {
    expect(await readSpreadsheet(csv(";;\n \n"), "x.csv")).toEqual({ ok: false, code: "EMPTY" });
    expect(await readSpreadsheet(new Uint8Array(), "x.csv")).toEqual({ ok: false, code: "EMPTY" });
    expect(await readSpreadsheet(csv('a;b\n"c;d\n'), "x.csv")).toMatchObject({ ok: false, code: "CORRUPT" });
  });
});

describe("limits", () => {
  const rowsCsv = (dataRows: number, tail = "") =>
    csv("Sigla;Ciudades\n" + "UCCI;28\n".repeat(dataRows) + tail);

  it("refuses more than 10 MB before reading anything", async () => {
    const bytes = csv("a;b\n".repeat((IMPORT_LIMITS.maxBytes + 1024 * 1024) / 4));
    expect(bytes.length).toBeGreaterThan(IMPORT_LIMITS.maxBytes);
    const started = performance.now();
    expect(await readSpreadsheet(bytes, "x.csv")).toEqual({ ok: false, code: "TOO_LARGE" });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("takes a header and 20,000 data rows; one more is refused, empty rows are not counted", async () => {
    const full = sheetOf(
      await readSpreadsheet(rowsCsv(IMPORT_LIMITS.maxRows, ";\n".repeat(50_000)), "x.csv"),
    );
    expect(full.rows).toHaveLength(IMPORT_LIMITS.maxRows + 1);
    expect(full.rows.at(-1)?.line).toBe(IMPORT_LIMITS.maxRows + 1);
    expect(await readSpreadsheet(rowsCsv(IMPORT_LIMITS.maxRows + 1), "x.csv")).toEqual({
      ok: false,
      code: "TOO_MANY_ROWS",
    });
  });

  it("refuses an XLSX of 20,001 data rows (demasiadas-filas.xlsx) and takes it one row shorter", async () => {
    const bytes = fixture("demasiadas-filas.xlsx");
    const started = performance.now();
    expect(await readSpreadsheet(bytes, "demasiadas-filas.xlsx")).toEqual({
      ok: false,
      code: "TOO_MANY_ROWS",
    });
    expect(performance.now() - started).toBeLessThan(5_000);

    // The same file without its last row: a header and exactly 20,000 data rows.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const lastRow = /<row r="20002"[^>]*>.*?<\/row>/.exec(xml);
    expect(lastRow).not.toBeNull();
    zip.file("xl/worksheets/sheet1.xml", xml.replace(lastRow![0], ""));
    const shorter = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    const sheet = sheetOf(await readSpreadsheet(shorter, "filas.xlsx"));
    expect(sheet.rows).toHaveLength(IMPORT_LIMITS.maxRows + 1);
    expect(sheet.rows.at(-1)).toEqual({ line: 20_001, cells: ["UCCI", 28] });
  });
});

describe("the app's own exports, read back (the round trip an edited export takes)", () => {
  interface Row {
    name: string;
    count: number | null;
    amount: number | null;
    since: string | null;
    at: Date | null;
    active: boolean;
  }
  const columns: ExportColumn<Row>[] = [
    { key: "name", type: "text", width: 20, value: (r) => r.name },
    { key: "count", type: "integer", width: 8, value: (r) => r.count },
    { key: "amount", type: "decimal", width: 10, value: (r) => r.amount },
    { key: "since", type: "date", width: 12, value: (r) => r.since },
    { key: "at", type: "datetime", width: 16, value: (r) => r.at },
    { key: "active", type: "boolean", width: 6, value: (r) => r.active },
  ];
  const labels: ExportLabels = {
    header: (_table, key) => key,
    enumValue: (_name, value) => value,
    yes: "Sí",
    no: "No",
    sheet: () => "Redes",
  };
  const rows: Row[] = [
    {
      name: 'Añón, "UCCI"',
      count: 28,
      amount: 1234.5,
      since: "2024-03-05",
      at: new Date("2026-03-09T15:05:00Z"),
      active: true,
    },
    { name: "-resta", count: null, amount: null, since: null, at: null, active: false },
  ];

  it("reads the XLSX export: numbers as numbers, dates as dates (instants at Buenos Aires' wall clock)", async () => {
    const writer = xlsxWriter("redes", columns, labels);
    const chunks: Uint8Array[] = [];
    const collected = (async () => {
      for await (const chunk of writer.bytes) chunks.push(chunk);
    })();
    await writer.write(rows);
    await writer.finish();
    await collected;
    const sheet = sheetOf(await readSpreadsheet(Buffer.concat(chunks), "redes.xlsx"));
    expect(sheet.sheets).toEqual(["Redes"]);
    expect(sheet.rows).toEqual([
      { line: 1, cells: ["name", "count", "amount", "since", "at", "active"] },
      {
        line: 2,
        cells: ['Añón, "UCCI"', 28, 1234.5, day("2024-03-05"), new Date("2026-03-09T12:05:00Z"), "Sí"],
      },
      { line: 3, cells: ["-resta", null, null, null, null, "No"] },
    ]);
  });

  it("reads the CSV export: UTF-8 with a BOM, ';', Argentine dates and decimals", async () => {
    const text = csvHeader("redes", columns, labels) + csvRows(rows, columns, labels);
    const sheet = sheetOf(await readSpreadsheet(csv(text), "redes.csv"));
    expect(sheet.encoding).toBe("utf-8");
    expect(sheet.delimiter).toBe(";");
    expect(sheet.rows).toEqual([
      { line: 1, cells: ["name", "count", "amount", "since", "at", "active"] },
      { line: 2, cells: ['Añón, "UCCI"', "28", "1234,5", "05/03/2024", "09/03/2026 12:05", "Sí"] },
      // The export guards text that a spreadsheet would run as a formula with an apostrophe.
      { line: 3, cells: ["'-resta", null, null, null, null, "No"] },
    ]);
    const [, first] = sheet.rows;
    expect(parseDecimal(first?.cells[2] ?? null)).toBe(1234.5);
    expect(parseDateCell(first?.cells[3] ?? null, "dmy")).toEqual({ ok: true, date: "2024-03-05" });
  });
});
