import { ListTable, type ListTableProps } from "@/components/data-table/list-table";
import type { AssignmentListParams } from "@/lib/assignments/list-params";
import type { AssignmentRow } from "@/lib/assignments/queries";
import { getTranslations } from "@/lib/i18n/translations";
import { assignmentColumns } from "./assignment-columns";

/** /asignaciones: sorted and paged by the server, the header links change the URL. */
export async function AssignmentsTable(table: ListTableProps<AssignmentRow, AssignmentListParams>) {
  const words = await getTranslations("assignments.list");
  const columns = await assignmentColumns("withDepartment");
  return <ListTable listKey="assignments" words={words} columns={columns} table={table} />;
}
