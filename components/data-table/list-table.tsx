import type { RowData } from "@tanstack/table-core";
import type { DataColumn } from "./columns";
import { DataTable, type ListState } from "./data-table";
import { EmptyState } from "./states";

/**
 * A list page's view of its list, as its filter bar, table and export links take it: the URL
 * state (the path, the parsed parameters and the defaults that links leave out) and whether a
 * filter narrows the list.
 */
export interface ListView<Params extends ListState["params"] = ListState["params"]> extends ListState {
  params: Params;
  filtered: boolean;
}

/** What a list page gives its table: the page of rows, the list's view, the columns the user hides. */
export interface ListTableProps<Row, Params extends ListState["params"] = ListState["params"]> {
  rows: Row[];
  list: ListView<Params>;
  hidden: string[];
}

/**
 * A list's words, from its catalog namespace ("networks.directory"): the caption with the
 * sorting column and direction, and the empty state's title and text (one when a filter
 * narrows the list, one when there are no records at all).
 */
export type ListWords = {
  (key: "tableCaption", values: { column: string; direction: string }): string;
  (key: "emptyTitle" | "emptyFiltered" | "emptyNone"): string;
};

/** The table of a list page: sortable headers on the list's URL, the user's hidden columns, its empty state. */
export async function ListTable<Row extends RowData & { id: string }>({
  listKey,
  words,
  columns,
  table: { rows, list, hidden },
  rowClassName,
  rowData,
}: {
  /** The list's name for the user's column preferences ("networks"). */
  listKey: string;
  words: ListWords;
  columns: DataColumn<Row>[];
  table: ListTableProps<Row>;
  rowClassName?: (row: Row) => string | undefined;
  rowData?: (row: Row) => Record<string, string | undefined>;
}) {
  return (
    <DataTable
      listKey={listKey}
      caption={(sorted) => words("tableCaption", sorted)}
      columns={columns}
      rows={rows}
      list={list}
      hidden={hidden}
      rowClassName={rowClassName}
      rowData={rowData}
      empty={
        <EmptyState title={words("emptyTitle")}>
          {list.filtered ? words("emptyFiltered") : words("emptyNone")}
        </EmptyState>
      }
    />
  );
}
