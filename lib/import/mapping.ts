import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { importJobs } from "@/db/schema";
import { cellText } from "./cells";
import { exportHeader, headerKey, type ImportDefinition, type MappedRow } from "./definition";
import type { ReadSheet } from "./sheet";

/**
 * Which column of the sheet holds each field. `headerLine` is the sheet line with the headers
 * (1 unless the user chose another); data starts on the next line.
 */
export interface ColumnMapping {
  headerLine: number;
  /** Field key → 0-based column index. */
  columns: Record<string, number>;
}

export interface MappingSuggestion {
  columns: Record<string, number>;
  /** Headers that match no field: ignored, with a warning. */
  unmatched: { index: number; header: string }[];
  /** The export's computed columns (counts, flags): recognised, not imported, no warning. */
  readOnly: { index: number; header: string }[];
}

/** Header key → field key, from a user's earlier mapping of the same table. */
export type RememberedHeaders = Record<string, string>;

/**
 * Suggests the field of each header: first what this user chose for that header last time,
 * then the export's own header, then the field's synonyms — all compared without case, accents
 * or punctuation. A field takes the first column that names it; a later one is unmatched.
 */
export function suggestMapping(
  headers: readonly (string | null)[],
  definition: ImportDefinition,
  remembered: RememberedHeaders = {},
): MappingSuggestion {
  const byKey = new Map<string, string>();
  for (const field of definition.fields) {
    for (const synonym of field.synonyms) byKey.set(headerKey(synonym), field.key);
  }
  // The export's headers win over synonyms ("Cargo o función" is position even if "cargo" were another's).
  for (const field of definition.fields)
    byKey.set(headerKey(exportHeader(definition.table, field.key)), field.key);
  const readOnly = new Set(definition.readOnly.map((key) => headerKey(exportHeader(definition.table, key))));
  const known = new Set(definition.fields.map((f) => f.key));

  const suggestion: MappingSuggestion = { columns: {}, unmatched: [], readOnly: [] };
  headers.forEach((raw, index) => {
    const header = raw?.trim() ?? "";
    if (!header) return;
    const key = headerKey(header);
    const rememberedField = remembered[key];
    const field = rememberedField && known.has(rememberedField) ? rememberedField : byKey.get(key);
    if (field && suggestion.columns[field] === undefined) suggestion.columns[field] = index;
    else if (readOnly.has(key)) suggestion.readOnly.push({ index, header });
    else suggestion.unmatched.push({ index, header });
  });
  return suggestion;
}

/** The header names of the sheet's header line. */
export function sheetHeaders(sheet: ReadSheet, headerLine: number): (string | null)[] {
  const row = sheet.rows.find((r) => r.line === headerLine);
  return row ? row.cells.map((c) => cellText(c)) : [];
}

/**
 * What the user chose for each header in their latest mapping of this table (their previous
 * import's job row): the job keeps its headers and mapping, so no separate preference is
 * stored. One indexed row (import_jobs_uploader_idx).
 */
export async function rememberedHeaders(db: Db, userId: string, table: string): Promise<RememberedHeaders> {
  const [last] = await db
    .select({ headers: importJobs.headers, mapping: importJobs.mapping })
    .from(importJobs)
    .where(
      and(eq(importJobs.uploadedBy, userId), eq(importJobs.tableName, table), isNotNull(importJobs.mapping)),
    )
    .orderBy(desc(importJobs.createdAt))
    .limit(1);
  const headers = (last?.headers ?? []) as (string | null)[];
  const mapping = last?.mapping as ColumnMapping | undefined;
  const out: RememberedHeaders = {};
  for (const [field, index] of Object.entries(mapping?.columns ?? {})) {
    const header = headers[index];
    if (header) out[headerKey(header)] = field;
  }
  return out;
}

/**
 * The data lines under the header line, each with its cells picked by the mapping. Lines whose
 * cells are all empty are not rows (a sheet's trailing blank lines).
 */
export function mappedRows(sheet: ReadSheet, mapping: ColumnMapping): MappedRow[] {
  const fields = Object.entries(mapping.columns);
  const out: MappedRow[] = [];
  for (const row of sheet.rows) {
    if (row.line <= mapping.headerLine) continue;
    if (row.cells.every((c) => cellText(c) === null)) continue;
    const cells: MappedRow["cells"] = {};
    for (const [field, index] of fields) cells[field] = row.cells[index] ?? null;
    out.push({ line: row.line, cells });
  }
  return out;
}
