import "server-only";
import { eq, sql } from "drizzle-orm";
import { departments, people } from "@/db/schema";
import { assertCan } from "../../auth/authorize";
import { todayInBuenosAires } from "../../dates";
import { parsePersonListParams, type PersonListParams } from "../../people/list-params";
import { listFilters, personColumns, personCounts, sortColumns } from "../../people/queries";
import { describeParams } from "../filters";
import { keyFields, readBatch, type SortKey } from "../keyset";
import type { ExportTable } from "../types";

interface PersonExportRow extends Record<string, unknown> {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  position: string | null;
  department: string | null;
  activeAssignments: number;
  seatsHeld: number;
  hasUser: boolean;
}

/** /personas in the directory's order: the chosen sort (nulls last), then name and id. */
function sortKeys(params: PersonListParams, today: string): SortKey[] {
  const counted = params.sort === "stale" || params.sort === "overdue";
  return [
    { expr: sortColumns(today)[params.sort], dir: params.dir, notNull: counted },
    { expr: sql`lower(${people.fullName})`, dir: "asc", notNull: true },
    { expr: people.id, dir: "asc", notNull: true },
  ];
}

export const peopleExport: ExportTable<PersonListParams, PersonExportRow> = {
  name: "personas",
  audit: "people",
  action: "network.read",
  parse: parsePersonListParams,
  columns: [
    { key: "name", type: "text", width: 30, value: (r) => r.fullName },
    { key: "email", type: "text", width: 32, value: (r) => r.email },
    { key: "phone", type: "text", width: 18, value: (r) => r.phone },
    { key: "position", type: "text", width: 32, value: (r) => r.position },
    { key: "department", type: "text", width: 36, value: (r) => r.department },
    { key: "activeAssignments", type: "integer", width: 14, value: (r) => r.activeAssignments },
    { key: "seatsHeld", type: "integer", width: 14, value: (r) => r.seatsHeld },
    { key: "hasUser", type: "boolean", width: 12, value: (r) => r.hasUser },
    // Last, so files made before it keep their columns: an import matches the person by it.
    { key: "id", type: "text", width: 38, value: (r) => r.id },
  ],
  async batch(ctx, params, after, limit) {
    assertCan(ctx.actor, "network.read");
    const today = todayInBuenosAires();
    const keys = sortKeys(params, today);
    const batch = await readBatch<PersonExportRow>(
      ctx.db
        .select({
          ...personColumns,
          department: departments.name,
          ...personCounts(today),
          ...keyFields(keys),
        })
        .from(people)
        .leftJoin(departments, eq(departments.id, people.departmentId)),
      keys,
      listFilters(params, today),
      after,
      limit,
    );
    return { next: batch.next, rows: batch.rows.map((r) => ({ ...r, hasUser: Boolean(r.hasUser) })) };
  },
  describeFilters: (ctx, params) => describeParams(ctx, params, { department: "department" }),
};
