import type { AssignmentRole } from "@/db/schema/values";
import { CSV_BOM, csvField, csvLine } from "../export/csv";
import type { CoverageMatrix } from "./queries";

/**
 * The coverage matrix as CSV for spreadsheets, in the same dialect as every other export
 * (lib/export/csv.ts: ";" separated, UTF-8 with a byte-order mark, CRLF, formula guard).
 */

export interface CoverageCsvLabels {
  /** Header of the first column ("Área temática"). */
  area: string;
  /** Row of assignments without a thematic area. */
  noArea: string;
  gap: string;
  none: string;
  role: (role: AssignmentRole) => string;
  /** "Nombre (Repartición, Rol)". */
  assignee: (values: { name: string; department: string; role: string }) => string;
  assigneeNoDepartment: (values: { name: string; role: string }) => string;
}

export function coverageCsv(matrix: CoverageMatrix, labels: CoverageCsvLabels): string {
  const lines: string[][] = [[labels.area, ...matrix.columns.map((c) => c.name)]];
  for (const row of matrix.rows) {
    lines.push([
      row.area?.name ?? labels.noArea,
      ...row.cells.map((cell) => {
        if (cell.state === "gap") return labels.gap;
        if (cell.state === "none") return labels.none;
        return cell.assignees
          .map((a) =>
            a.department
              ? labels.assignee({ name: a.person.name, department: a.department, role: labels.role(a.role) })
              : labels.assigneeNoDepartment({ name: a.person.name, role: labels.role(a.role) }),
          )
          .join(" | ");
      }),
    ]);
  }
  return CSV_BOM + lines.map((fields) => csvLine(fields.map((field) => csvField(field)))).join("");
}
