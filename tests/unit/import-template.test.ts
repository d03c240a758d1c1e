import { describe, expect, it, vi } from "vitest";
import exportCatalog from "@/messages/es-AR/export.json";

// The request's locale and catalogs, as next-intl's request config gives them in the app.
vi.mock("next-intl/server", async () => {
  const catalogs = (await import("@/messages/es-AR")).default;
  return { getLocale: async () => "es-AR", getMessages: async () => catalogs };
});

const { templateWorkbook } = await import("@/app/(app)/importar/_lib/template");
const { importDefinition } = await import("@/lib/import/registry");
const { readSpreadsheet } = await import("@/lib/import/read");
const { suggestMapping } = await import("@/lib/import/mapping");

describe("import templates", () => {
  it("cargos: the export's headers, understood back as every field, with example rows", async () => {
    const definition = importDefinition("cargos")!;
    const bytes = await templateWorkbook(definition);
    const read = await readSpreadsheet(bytes, "plantilla-cargos.xlsx");
    if (!read.ok) throw new Error(read.code);
    const [header, ...examples] = read.sheet.rows;
    expect(read.sheet.name).toBe("Cargos");
    expect(header!.cells).toEqual([
      "Cargo",
      "Tipo",
      "Red",
      "Órgano",
      "Titular",
      "Inicio del mandato",
      "Fin del mandato",
      "ID Redes",
    ]);
    expect(examples).toHaveLength(2);
    const mapping = suggestMapping(header!.cells.map(String), definition);
    expect(Object.keys(mapping.columns).sort()).toEqual(definition.fields.map((f) => f.key).sort());
  });

  it("cargos: every column of the export is a field or a recognised read-only column", () => {
    const definition = importDefinition("cargos")!;
    const headers = Object.values(exportCatalog.columns.cargos);
    const mapping = suggestMapping(headers, definition);
    expect(mapping.unmatched).toEqual([]);
    expect(mapping.readOnly.map((c) => c.header).sort()).toEqual(
      ["Archivado", "Días hasta el fin", "Estado del mandato", "Repartición del titular"].sort(),
    );
    expect(Object.keys(mapping.columns)).toHaveLength(definition.fields.length);
  });
});
