import enums from "@/messages/es-AR/enums.json";
import exportMessages from "@/messages/es-AR/export.json";
import { exportStream, prepareExport } from "@/lib/export/stream";
import type { ExportFormat, ExportLabels } from "@/lib/export/types";
import type { SheetSource } from "@/lib/import/jobs";
import { readSpreadsheet } from "@/lib/import/read";
import type { RawCell, ReadSheet } from "@/lib/import/sheet";
import type { Ctx } from "@/lib/context";
import type { SearchParams } from "@/lib/url";
import { expectOk } from "./fixtures";

/** The export writers' words straight from the catalogs (no request locale in tests). */
export const catalogExportLabels: ExportLabels = {
  header: (table, key) => (exportMessages.columns as Record<string, Record<string, string>>)[table]![key]!,
  enumValue: (name, value) => (enums as Record<string, Record<string, string>>)[name]?.[value] ?? value,
  yes: exportMessages.yes,
  no: exportMessages.no,
  sheet: (table) => (exportMessages.sheets as Record<string, string>)[table]!,
};

/** A sheet as the reader gives it: the header on line 1, data from line 2. */
export function sheetOf(rows: RawCell[][]): ReadSheet {
  return { name: "Hoja1", rows: rows.map((cells, i) => ({ line: i + 1, cells })), warnings: [] };
}

/** The reader's stand-in: the job's bytes are the sheet as JSON (dates as ISO text). */
export const jsonSource: SheetSource = async ({ bytes }) =>
  JSON.parse(Buffer.from(bytes).toString("utf8")) as ReadSheet;
export const bytesOf = (sheet: ReadSheet) => new Uint8Array(Buffer.from(JSON.stringify(sheet)));

/** An exported file read back by the import's own reader (with the job's reading options), as an upload would be. */
export const fileSource: SheetSource = async ({ bytes, fileName }, options) => {
  const read = await readSpreadsheet(bytes, fileName, options);
  if (!read.ok) throw new Error(`the reader refused ${fileName}: ${read.code} ${read.detail ?? ""}`);
  return read.sheet;
};

/** A list exported as the user downloads it, with the catalogs' words. */
export async function exportedFile(ctx: Ctx, table: string, format: ExportFormat, query: SearchParams = {}) {
  const prepared = expectOk(await prepareExport(ctx, table, format, query));
  return new Uint8Array(await new Response(exportStream(ctx, prepared, catalogExportLabels)).arrayBuffer());
}
