import type { RowData } from "@tanstack/table-core";
import { DataTable } from "@/components/data-table/data-table";

type TableProps<Row extends RowData> = Parameters<typeof DataTable<Row>>[0];

/**
 * A list inside a section of a record page: every row (the server neither sorts nor pages it),
 * no column menu, each row known by its id, and `empty` (if any) as a muted line.
 */
export function SectionTable<Row extends RowData & { id: string | number }>({
  caption,
  columns,
  rows,
  empty,
  rowClassName,
  rowData,
}: Pick<TableProps<Row>, "caption" | "columns" | "rows" | "rowClassName" | "rowData"> & { empty?: string }) {
  return (
    <DataTable
      // The key names a list's column preferences; a section's list has no column menu.
      listKey="section"
      caption={caption}
      columns={columns}
      rows={rows}
      columnMenu={false}
      rowClassName={rowClassName}
      rowData={rowData}
      empty={empty ? <p className="text-sm text-muted">{empty}</p> : null}
    />
  );
}
