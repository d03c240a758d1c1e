import { describe, expect, it } from "vitest";
import { readingChoices, readOptionsOf } from "@/app/(app)/importar/_lib/read";
import type { ReadSheet } from "@/lib/import/read";
import { delimiterOf, SEPARATOR_NAMES, separatorNameOf } from "@/lib/import/reading-choices";

// The job page's reading choices: which options the file is read with (the URL's over the job's
// stored ones), and how the read is shown (in force, and what was detected).

describe("import reading choices", () => {
  it("read with the URL's choices, else the job's, else none (detected)", () => {
    const stored = { encoding: "windows-1252", delimiter: ";" } as const;
    expect(readOptionsOf({}, stored)).toEqual(stored);
    expect(readOptionsOf({ separator: "comma" }, stored)).toEqual({
      encoding: "windows-1252",
      delimiter: ",",
    });
    expect(readOptionsOf({ encoding: "utf-8", separator: "tab" }, stored)).toEqual({
      encoding: "utf-8",
      delimiter: "\t",
    });
    expect(readOptionsOf({ sheet: "Datos" }, { sheet: "Hoja1" })).toEqual({ sheet: "Datos" });
    expect(readOptionsOf({})).toEqual({});
  });

  it("separators travel by name and back", () => {
    expect(SEPARATOR_NAMES.map(delimiterOf)).toEqual([";", ",", "\t"]);
    expect(SEPARATOR_NAMES.map((name) => separatorNameOf(delimiterOf(name)))).toEqual([...SEPARATOR_NAMES]);
  });

  it("show a CSV's encoding and separator in force and detected; a workbook only its sheets", () => {
    const csv: ReadSheet = { name: "personas", rows: [], warnings: [], encoding: "utf-8", delimiter: "," };
    expect(
      readingChoices(
        csv,
        { sheets: ["personas"], detected: { encoding: "windows-1252", delimiter: ";" } },
        2,
      ),
    ).toEqual({
      sheets: ["personas"],
      sheet: "personas",
      text: {
        encoding: "utf-8",
        separator: "comma",
        detected: { encoding: "windows-1252", separator: "semicolon" },
      },
      headerLine: 2,
    });
    const xlsx = { name: "Datos", rows: [], warnings: [] };
    expect(readingChoices(xlsx, { sheets: ["Notas", "Datos"], detected: null }, 1)).toEqual({
      sheets: ["Notas", "Datos"],
      sheet: "Datos",
      text: null,
      headerLine: 1,
    });
  });
});
