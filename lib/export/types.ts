import type { Ctx } from "../context";
import type { PolicyAction } from "../auth/policy";
import type { SearchParams } from "../url";

/** How a column's values are written: typed in XLSX, formatted for Argentina in CSV. */
export type ColumnType = "text" | "integer" | "decimal" | "date" | "datetime" | "boolean";

export type CellValue = string | number | boolean | Date | null;

export interface ExportColumn<Row> {
  /** Message key of the header, under export.columns.<table>. */
  key: string;
  type: ColumnType;
  /** Column width in characters (XLSX). */
  width: number;
  /** The values are members of a value list: written with their label (enums.<name>.<value>). */
  enumName?: string;
  /**
   * The cell's value: text; a number; a calendar date as yyyy-mm-dd ("date"); an instant
   * ("datetime", written in Buenos Aires time); a boolean; or null for an empty cell.
   */
  value: (row: Row) => CellValue;
}

/** Where a keyset batch stopped: the last row's sort keys, as text. */
export type Cursor = (string | null)[];

export interface Batch<Row> {
  rows: Row[];
  /** The cursor after the last row; null when this was the last batch. */
  next: Cursor | null;
}

/**
 * One exportable table: the list page's URL parameters, the read action that guards it, its
 * columns, and a keyset batch query that returns the same rows as the page (same filters,
 * same order) without OFFSET.
 */
export interface ExportTable<Params, Row> {
  /** The URL segment (/exportar/<name>/csv) and the file name's stem. */
  name: string;
  /** The audit action is "export.<audit>". */
  audit: string;
  /** The policy action that reading the list requires. */
  action: PolicyAction;
  parse(searchParams: SearchParams): Params;
  columns: readonly ExportColumn<Row>[];
  batch(ctx: Ctx, params: Params, after: Cursor | null, limit: number): Promise<Batch<Row>>;
  /** The filters in force, with names instead of ids, for the audit event. */
  describeFilters(ctx: Ctx, params: Params): Promise<Record<string, string>>;
}

/** Anything in the registry (its parameters and rows are its own business). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExportTable = ExportTable<any, any>;

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);

/** What the writers need in words: headers and value-list labels (from the message catalogs). */
export interface ExportLabels {
  header(table: string, key: string): string;
  enumValue(enumName: string, value: string): string;
  yes: string;
  no: string;
  /** The worksheet's name. */
  sheet(table: string): string;
}
