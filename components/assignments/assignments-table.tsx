import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/states";
import { ASSIGNMENT_LIST_DEFAULTS, type AssignmentListParams } from "@/lib/assignments/list-params";
import type { AssignmentRow } from "@/lib/assignments/queries";
import { getTranslations } from "@/lib/i18n/translations";
import { assignmentColumns } from "./assignment-columns";

/** /asignaciones: sorted and paged by the server, the header links change the URL. */
export async function AssignmentsTable({
  rows,
  params,
  hidden,
  empty,
}: {
  rows: AssignmentRow[];
  params: AssignmentListParams;
  hidden: string[];
  empty: { title: string; text: string };
}) {
  const t = await getTranslations("assignments");
  const columns = await assignmentColumns("withDepartment");
  return (
    <DataTable
      listKey="assignments"
      caption={(sorted) => t("list.tableCaption", sorted)}
      columns={columns}
      rows={rows}
      rowId={(row) => row.id}
      list={{ pathname: "/asignaciones", params, defaults: ASSIGNMENT_LIST_DEFAULTS }}
      hidden={hidden}
      empty={<EmptyState title={empty.title}>{empty.text}</EmptyState>}
    />
  );
}
