import "server-only";
import { sql } from "drizzle-orm";
import { assignments, bodies, departments, networks, people, thematicAreas } from "@/db/schema";
import { parseAssignmentListParams, type AssignmentListParams } from "../../assignments/list-params";
import {
  assignmentFacts,
  fromAssignments,
  listFilters,
  SORT_COLUMNS,
  type AssignmentRow,
} from "../../assignments/queries";
import { assertCan } from "../../auth/authorize";
import { describeParams } from "../filters";
import { keyFields, readBatch, type SortKey } from "../keyset";
import type { ExportTable } from "../types";

/** A row of the list with its references by name. */
interface AssignmentExportRow
  extends
    Record<string, unknown>,
    Pick<
      AssignmentRow,
      "role" | "status" | "startsOn" | "endsOn" | "dedication" | "lastUpdatedAt" | "stale"
    > {
  person: string;
  department: string | null;
  network: string;
  body: string | null;
  thematicArea: string | null;
  id: string;
}

/** /asignaciones in the list's order: the chosen sort (nulls last), person, network, id. */
function sortKeys(params: AssignmentListParams): SortKey[] {
  return [
    // Only the last update can be missing.
    { expr: SORT_COLUMNS[params.sort], dir: params.dir, notNull: params.sort !== "updated" },
    { expr: sql`lower(${people.fullName})`, dir: "asc", notNull: true },
    { expr: sql`lower(${networks.name})`, dir: "asc", notNull: true },
    { expr: assignments.id, dir: "asc", notNull: true },
  ];
}

export const assignmentsExport: ExportTable<AssignmentListParams, AssignmentExportRow> = {
  name: "asignaciones",
  audit: "assignments",
  action: "assignment.read",
  parse: parseAssignmentListParams,
  columns: [
    { key: "person", type: "text", width: 28, value: (r) => r.person },
    { key: "department", type: "text", width: 32, value: (r) => r.department },
    { key: "network", type: "text", width: 32, value: (r) => r.network },
    { key: "body", type: "text", width: 32, value: (r) => r.body },
    { key: "thematicArea", type: "text", width: 28, value: (r) => r.thematicArea },
    { key: "role", type: "text", width: 16, enumName: "assignmentRole", value: (r) => r.role },
    { key: "status", type: "text", width: 12, enumName: "assignmentStatus", value: (r) => r.status },
    { key: "startsOn", type: "date", width: 12, value: (r) => r.startsOn },
    { key: "endsOn", type: "date", width: 12, value: (r) => r.endsOn },
    { key: "dedication", type: "text", width: 24, value: (r) => r.dedication },
    { key: "lastUpdatedAt", type: "datetime", width: 18, value: (r) => r.lastUpdatedAt },
    { key: "stale", type: "boolean", width: 14, value: (r) => r.stale },
    // Last, so that an edited export imported back updates these assignments (lib/import).
    { key: "id", type: "text", width: 38, value: (r) => r.id },
  ],
  async batch(ctx, params, after, limit) {
    assertCan(ctx.actor, "assignment.read");
    const keys = sortKeys(params);
    const batch = await readBatch<AssignmentExportRow>(
      fromAssignments(ctx.db, {
        person: people.fullName,
        department: departments.name,
        network: networks.name,
        body: bodies.name,
        thematicArea: thematicAreas.name,
        id: assignments.id,
        ...assignmentFacts,
        ...keyFields(keys),
      }),
      keys,
      listFilters(params),
      after,
      limit,
    );
    return { next: batch.next, rows: batch.rows.map((r) => ({ ...r, stale: Boolean(r.stale) })) };
  },
  describeFilters: (ctx, params) =>
    describeParams(ctx, params, {
      network: "network",
      area: "area",
      department: "department",
    }),
};
