import { describe, expect, it } from "vitest";
import { cellDate, cellNumber, cellText } from "@/lib/import/cells";
import { headerKey } from "@/lib/import/definition";
import { mappedRows, suggestMapping } from "@/lib/import/mapping";
import { peopleImport } from "@/lib/import/tables/people";

describe("import: column matching", () => {
  it("matches the export's own headers, in any case and without accents, and lists the rest", () => {
    const s = suggestMapping(
      [
        "NOMBRE",
        "correo",
        "Telefono",
        "cargo o funcion",
        "Repartición",
        "Cargos vigentes",
        "Cumpleaños",
        "ID Redes",
      ],
      peopleImport,
    );
    expect(s.columns).toEqual({ name: 0, email: 1, phone: 2, position: 3, department: 4, id: 7 });
    // The export's computed columns are known (no warning); anything else is ignored with one.
    expect(s.readOnly).toEqual([{ index: 5, header: "Cargos vigentes" }]);
    expect(s.unmatched).toEqual([{ index: 6, header: "Cumpleaños" }]);
  });

  it("knows the usual synonyms: Email, E-mail, Mail, Correo electrónico…", () => {
    for (const header of ["Email", "E-mail", "Mail", "Correo electrónico", " e‑mail "]) {
      expect(suggestMapping(["Apellido y nombre", header], peopleImport).columns, header).toMatchObject({
        name: 0,
        email: 1,
      });
    }
  });

  it("a field takes the first column that names it; a remembered choice wins over the synonyms", () => {
    const twice = suggestMapping(["Nombre", "Correo", "Mail"], peopleImport);
    expect(twice.columns).toEqual({ name: 0, email: 1 });
    expect(twice.unmatched).toEqual([{ index: 2, header: "Mail" }]);
    const remembered = suggestMapping(["Nombre", "Contacto"], peopleImport, {
      [headerKey("Contacto")]: "email",
    });
    expect(remembered.columns).toEqual({ name: 0, email: 1 });
  });

  it("picks the mapped cells of the lines under the header, skipping blank lines", () => {
    const rows = mappedRows(
      {
        name: "Hoja1",
        warnings: [],
        rows: [
          { line: 1, cells: ["Título del archivo"] },
          { line: 2, cells: ["Correo", "Nombre"] },
          { line: 3, cells: ["ana@x.test", "Ana"] },
          { line: 4, cells: [null, " \u00a0"] },
          { line: 5, cells: [null, "Beto"] },
        ],
      },
      { headerLine: 2, columns: { name: 1, email: 0 } },
    );
    expect(rows).toEqual([
      { line: 3, cells: { name: "Ana", email: "ana@x.test" } },
      { line: 5, cells: { name: "Beto", email: null } },
    ]);
  });
});

describe("import: cell values", () => {
  it("trims ordinary and non-breaking spaces, and undoes the export's formula guard", () => {
    expect(cellText("\u00a0 Ana Pérez \u00a0")).toBe("Ana Pérez");
    expect(cellText("   ")).toBeNull();
    expect(cellText("'+54 11 4000-0000")).toBe("+54 11 4000-0000");
    expect(cellText("'=SUMA(1)")).toBe("=SUMA(1)");
    expect(cellText("D'Alessandro")).toBe("D'Alessandro");
    expect(cellText(1145678901)).toBe("1145678901");
  });

  it("reads dates from date cells, dd/mm/aaaa and ISO, and refuses days that do not exist", () => {
    expect(cellDate(new Date(Date.UTC(2024, 1, 29)))).toBe("2024-02-29");
    expect(cellDate("09/03/2026")).toBe("2026-03-09");
    expect(cellDate("2026-03-09")).toBe("2026-03-09");
    expect(cellDate("31/02/2024")).toBeUndefined();
    expect(cellDate("")).toBeNull();
  });

  it("reads numbers with a decimal comma", () => {
    expect(cellNumber("1234,5")).toBe(1234.5);
    expect(cellNumber("1.234,50")).toBe(1234.5);
    expect(cellNumber(12)).toBe(12);
    expect(cellNumber("doce")).toBeUndefined();
  });
});
