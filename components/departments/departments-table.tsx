import { columnsOf } from "@/components/data-table/columns";
import { ListTable, type ListTableProps } from "@/components/data-table/list-table";
import type { DepartmentListParams } from "@/lib/departments/list-params";
import type { DepartmentRow } from "@/lib/departments/queries";
import { getTranslations } from "@/lib/i18n/translations";

const col = columnsOf<DepartmentRow>();

/** The departments list: sorted and paged by the server. */
export async function DepartmentsTable(table: ListTableProps<DepartmentRow, DepartmentListParams>) {
  const t = await getTranslations("departments");
  const columns = [
    col.accessor("name", {
      meta: { label: t("columns.name"), sort: "name", alwaysVisible: true, rowHeader: true },
      cell: (info) => (
        <a
          href={`/areas/${info.row.original.id}`}
          className="font-semibold underline-offset-2 hover:underline"
        >
          {info.getValue()}
        </a>
      ),
    }),
    col.accessor("shortName", { meta: { label: t("columns.short"), sort: "short" } }),
    col.accessor("parent", {
      meta: { label: t("columns.parent"), hideOnNarrow: true },
      cell: (info) => {
        const parent = info.getValue();
        return parent ? <a href={`/areas/${parent.id}`}>{parent.name}</a> : null;
      },
    }),
    col.accessor("people", { meta: { label: t("columns.people"), align: "end" } }),
    col.accessor("activeAssignments", { meta: { label: t("columns.assignments"), align: "end" } }),
    col.accessor("seatsHeld", { meta: { label: t("columns.seats"), align: "end" } }),
  ];
  return (
    <ListTable
      listKey="departments"
      words={await getTranslations("departments.list")}
      columns={columns}
      table={table}
    />
  );
}
