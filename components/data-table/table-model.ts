import type { CellContext, HeaderContext, RowData } from "@tanstack/table-core";
import type { ReactNode } from "react";
import type { DataColumn, DataColumnMeta, DataTableFeatures } from "./columns";

/**
 * The model the server renders a table from: TanStack Table's column definitions (made with
 * its column helper, `columnsOf`), resolved into headers and cells by a plain loop.
 *
 * Why not TanStack's own model (`constructTable` and its row model): the table is rendered
 * once, on the server, in manual mode (the database has sorted, filtered and paged the rows),
 * so of that model only the columns' visibility and each cell's value are used — and building
 * it costs what a page cannot afford. The reactive store, the memoised APIs per row and per
 * cell took 0.5–1.5 ms a table on a quiet two-core machine, several milliseconds on a record
 * page with six tables (docs/performance.md). The definitions, and the `getValue()` and
 * `row.original` a cell reads from its context, are TanStack's, so a column is written as
 * TanStack documents it; a cell that needs more of the context (the table, the column's
 * state) has no place in a list rendered on the server.
 */
export interface ModelColumn<Row extends RowData> {
  id: string;
  meta: DataColumnMeta | undefined;
  /** The header's content when the column has no label (an icon, a visually hidden word). */
  header: () => ReactNode;
  def: DataColumn<Row>;
}

export interface ModelCell<Row extends RowData> {
  id: string;
  column: ModelColumn<Row>;
  render: () => ReactNode;
}

export interface ModelRow<Row extends RowData> {
  id: string;
  original: Row;
  cells: ModelCell<Row>[];
}

type Definition<Row extends RowData> = DataColumn<Row> & {
  id?: string;
  accessorKey?: string;
  accessorFn?: (row: Row, index: number) => unknown;
  header?: string | ((context: HeaderContext<DataTableFeatures, Row, unknown>) => unknown);
  cell?: string | ((context: CellContext<DataTableFeatures, Row, unknown>) => unknown);
};

/** A column's id as TanStack gives it: its `id`, else its accessor key. */
export function columnId<Row extends RowData>(column: DataColumn<Row>): string {
  const def = column as Definition<Row>;
  return def.id ?? def.accessorKey ?? "";
}

function modelColumn<Row extends RowData>(column: DataColumn<Row>): ModelColumn<Row> {
  const def = column as Definition<Row>;
  const id = columnId(column);
  const header = def.header;
  return {
    id,
    meta: def.meta,
    def: column,
    header: () =>
      (typeof header === "function"
        ? header({ column: { id, columnDef: column } } as unknown as HeaderContext<
            DataTableFeatures,
            Row,
            unknown
          >)
        : (header ?? def.meta?.label ?? id)) as ReactNode,
  };
}

function value<Row extends RowData>(def: Definition<Row>, row: Row, index: number): unknown {
  if (def.accessorFn) return def.accessorFn(row, index);
  if (def.accessorKey) return (row as Record<string, unknown>)[def.accessorKey];
  return undefined;
}

/**
 * Every column (for the column menu) and the visible ones with each row's cells. `hidden`
 * maps a column id to false when the column is left out, as TanStack's column visibility.
 */
export function tableModel<Row extends RowData>(
  columns: DataColumn<Row>[],
  rows: Row[],
  rowId: (row: Row) => string,
  visibility: Record<string, boolean>,
) {
  const all = columns.map(modelColumn);
  const visible = all.filter((column) => visibility[column.id] !== false);
  const modelRows: ModelRow<Row>[] = rows.map((original, index) => {
    const id = rowId(original);
    return {
      id,
      original,
      cells: visible.map((column) => {
        const def = column.def as Definition<Row>;
        const cellValue = () => value(def, original, index);
        return {
          id: `${id}_${column.id}`,
          column,
          render: () => {
            if (typeof def.cell !== "function") return cellValue() as ReactNode;
            const context = {
              getValue: cellValue,
              renderValue: () => cellValue() ?? null,
              row: { id, index, original },
              column: { id: column.id, columnDef: column.def },
            } as unknown as CellContext<DataTableFeatures, Row, unknown>;
            return def.cell(context) as ReactNode;
          },
        };
      }),
    };
  });
  return { all, visible, rows: modelRows };
}
