import type { Db } from "@/db/client";
import type { ImportRowStatus } from "@/db/schema/imports";
import exportCatalog from "@/messages/es-AR/export.json";
import type { PolicyAction } from "../auth/policy";
import type { Ctx } from "../context";
import type { ColumnType, ExportColumn } from "../export/types";
import type { DateFormat } from "./read/values";
import type { RawCell } from "./sheet";

/**
 * What an importable table declares (lib/import/tables/*): its fields — taken from the export's
 * column definitions, so that an exported file is understood column for column — with the
 * header names people use for them, and the code that classifies and writes a batch of rows.
 */

/** A field of the import: a column of the export (same key, type and value list) plus synonyms. */
export interface ImportField {
  /** The export column's key (export.columns.<table>.<key>), also the field's name here. */
  key: string;
  type: ColumnType;
  enumName?: string;
  required?: boolean;
  /** Header names that also mean this field, besides the export's own header. */
  synonyms: readonly string[];
}

/** One data line of the sheet with its cells picked by the mapping: field key → cell. */
export interface MappedRow {
  line: number;
  cells: Record<string, RawCell>;
}

/**
 * An error on one cell (or on the row, when `field` is null). `key` is a catalog path
 * ("import.errors.duplicateEmail", "people.validation.invalidEmail"), with its values.
 */
export interface CellError {
  field: string | null;
  key: string;
  values?: Record<string, string | number>;
}

/** What the run found for a row, and for the undo what it replaced. */
export interface RowOutcome {
  line: number;
  status: ImportRowStatus;
  recordId?: string | null;
  errors?: CellError[];
  /** The record's columns before an update (restored by the undo). */
  previous?: Record<string, unknown> | null;
  /** The record's version after the write (an undo leaves a record at another version alone). */
  writtenVersion?: number | null;
}

export type ImportMode = "all-or-nothing" | "skip-errors";

export interface ImportOptions {
  mode: ImportMode;
  /** Departments named in the file that do not exist are created (needs department.manage). */
  createDepartments: boolean;
  /**
   * How day-first text dates are read: "dmy" (dd/mm/aaaa, the default) or "iso" (only
   * yyyy-mm-dd; a dd/mm text date is then flagged as ambiguous). Date cells are days either way.
   */
  dateFormat?: DateFormat;
}

/** What a definition's run receives: the transaction, who acts, the job, and a progress hook. */
export interface RunScope {
  tx: Db;
  ctx: Ctx;
  importId: string;
  options: ImportOptions;
  /** Whether rows with errors leave the others written (skip-errors commit) or not. */
  writeValid: boolean;
  /**
   * The run will be rolled back (validation): the audit events are left out — they have no
   * constraint that could fail, and on PGlite 20,000 of them cost seconds for nothing.
   */
  preview: boolean;
  progress(done: number): void;
}

export interface ImportDefinition {
  /** The URL name, the same as the export's ("personas"). */
  table: string;
  /** The audit entity type of the records it writes ("person"). */
  recordType: string;
  /** The policy action its writes need: the tables offered to a role are those it may write. */
  action: PolicyAction;
  /**
   * Whether a scoped importer (a head: their own department) may use it — the table checks
   * every row's department. The others are for administrators and coordinators.
   */
  scoped: boolean;
  /** Whether a department the file names and Redes lacks may be created (people only). */
  createsDepartments?: boolean;
  fields: readonly ImportField[];
  /** Export columns the import recognises but does not write (computed figures). */
  readOnly: readonly string[];
  /**
   * Classifies every row (new, update, unchanged, error) and writes the valid ones through the
   * domain's own validation, with an audit event per record carrying `importId`. Returns one
   * outcome per row, in order.
   */
  run(scope: RunScope, rows: readonly MappedRow[]): Promise<RowOutcome[]>;
  /** Undoes the given committed rows (lib/import/undo.ts): removes or restores each record. */
  undo(scope: UndoScope, rows: readonly UndoRow[]): Promise<UndoOutcome>;
}

export interface UndoRow {
  line: number;
  status: "new" | "update";
  recordId: string;
  previous: Record<string, unknown> | null;
  writtenVersion: number;
}

export interface UndoScope {
  tx: Db;
  ctx: Ctx;
  importId: string;
}

export interface UndoOutcome {
  removed: number;
  restored: number;
  /** Records edited (or referenced) since the import: kept as they are. */
  kept: { line: number; recordId: string }[];
}

/** The catalog's header of an export column (es-AR: the area's files are in Spanish). */
export function exportHeader(table: string, key: string): string {
  const columns = (exportCatalog.columns as Record<string, Record<string, string>>)[table];
  return columns?.[key] ?? key;
}

/**
 * The fields of an import from the export's columns: each listed key keeps the column's type
 * and value list, so the two never drift apart. `extra` adds what the field needs beyond the
 * export (synonyms, required).
 */
export function fieldsFromExport<Row>(
  columns: readonly ExportColumn<Row>[],
  extra: Record<string, { required?: boolean; synonyms?: readonly string[] }>,
): ImportField[] {
  return columns
    .filter((c) => Object.hasOwn(extra, c.key))
    .map((c) => ({
      key: c.key,
      type: c.type,
      ...(c.enumName ? { enumName: c.enumName } : {}),
      required: extra[c.key]!.required ?? false,
      synonyms: extra[c.key]!.synonyms ?? [],
    }));
}

/** A header as compared: lower case, no accents, punctuation as single spaces. */
export function headerKey(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
