import type { AssignmentRole } from "@/db/schema/values";
import type { CoverageMatrix } from "./queries";

/**
 * The coverage matrix as CSV for spreadsheets. Excel set up for Spanish (Argentina) reads the
 * list separator as ";" (the comma is the decimal separator) and only detects UTF-8 with a
 * byte-order mark, so the file starts with U+FEFF and separates fields with ";". Lines end in
 * CRLF (RFC 4180); fields with a separator, a quote or a line break are quoted, quotes doubled.
 * A cell that would start with =, +, - or @ is prefixed with an apostrophe so a spreadsheet
 * never runs it as a formula.
 */

export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

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

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
  return BOM + lines.map((fields) => fields.map(csvField).join(CSV_SEPARATOR)).join("\r\n") + "\r\n";
}
