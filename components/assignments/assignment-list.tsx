import { SectionTable } from "@/components/ui/section-table";
import type { AssignmentRow } from "@/lib/assignments/queries";
import { assignmentColumns } from "./assignment-columns";

/**
 * The assignments of one person or one department's people, on their pages: where, role,
 * status, period and last update. `showPerson` adds the person's column (department page).
 */
export async function AssignmentList({
  rows,
  caption,
  showPerson = false,
}: {
  rows: AssignmentRow[];
  caption: string;
  showPerson?: boolean;
}) {
  return (
    <SectionTable
      caption={caption}
      columns={await assignmentColumns(showPerson ? "plain" : "none")}
      rows={rows}
    />
  );
}
