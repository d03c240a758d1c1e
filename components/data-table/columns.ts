import {
  columnVisibilityFeature,
  createColumnHelper,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";

/** What a column says about itself, beyond its header and cell. */
export interface DataColumnMeta {
  /** The column's name in words: the column menu and the table's caption use it. */
  label: string;
  /** The list's sort key (its URL's ?sort=) when the server can sort by this column. */
  sort?: string;
  /** Numbers and dates read better aligned to the end. */
  align?: "start" | "end";
  /** A Tailwind width class for the header (e.g. "w-32"). */
  width?: string;
  /** Left out below the medium breakpoint, where the row keeps only what identifies it. */
  hideOnNarrow?: boolean;
  /** The user may not hide it (the column that names the row). */
  alwaysVisible?: boolean;
  /** Hidden until the user shows it. */
  hiddenByDefault?: boolean;
  /** This column's cell names the row (a `<th scope="row">`). */
  rowHeader?: boolean;
}

/**
 * The table features every list uses. The server renders the rows in TanStack's manual mode:
 * the rows arrive sorted, filtered and paged by the database; the table model gives the
 * columns, their visibility and the cells.
 */
export const dataTableFeatures = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  columnVisibilityFeature,
  columnMeta: {} as DataColumnMeta,
});

export type DataTableFeatures = typeof dataTableFeatures;
export type DataColumn<Row extends RowData> = ColumnDef<DataTableFeatures, Row, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each column has its own value type

/** The column helper of a list's rows: `const col = columnsOf<NetworkRow>()`. */
export const columnsOf = <Row extends RowData>() => createColumnHelper<DataTableFeatures, Row>();
