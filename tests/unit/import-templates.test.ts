import { describe, expect, it, vi } from "vitest";
import { readFirstSheet } from "../support/xlsx-reader";

// The request's locale and catalogs, as next-intl's request config gives them in the app.
vi.mock("next-intl/server", async () => {
  const catalogs = (await import("@/messages/es-AR")).default;
  return { getLocale: async () => "es-AR", getMessages: async () => catalogs };
});

const { templateWorkbook } = await import("@/app/(app)/importar/_lib/template");
const { IMPORT_TABLES, IMPORT_TABLE_NAMES } = await import("@/lib/import/registry");
const { suggestMapping } = await import("@/lib/import/mapping");

describe("import: every table's template", () => {
  it.each(IMPORT_TABLE_NAMES)(
    "%s: read back by another reader, its header row is matched field for field and its examples fill the required columns",
    async (table) => {
      const definition = IMPORT_TABLES[table];
      const sheet = await readFirstSheet(await templateWorkbook(definition));
      const columns = definition.fields.map((_, i) => i + 1);
      const headers = columns.map((c) => sheet.cell(1, c)?.value as string);
      expect(headers.every((h) => typeof h === "string" && h.length > 0)).toBe(true);
      expect(sheet.cell(1, columns.length + 1)?.value ?? null).toBeNull();
      // The import's own suggestion takes every column of its template, in order.
      const suggested = suggestMapping(headers, definition);
      expect(suggested.columns).toEqual(Object.fromEntries(definition.fields.map((f, i) => [f.key, i])));
      expect(suggested.unmatched).toEqual([]);
      // Two example rows, each with every required column filled.
      expect(sheet.rowCount).toBe(3);
      for (const row of [2, 3]) {
        definition.fields.forEach((f, i) => {
          if (f.required) expect(sheet.cell(row, i + 1)?.value, `${table} ${row} ${f.key}`).toBeTruthy();
        });
      }
    },
  );
});
