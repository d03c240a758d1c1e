import "server-only";
import { sql } from "drizzle-orm";
import { bodies, commitments, departments, meetings, networks, people } from "@/db/schema";
import type { CommitmentStatus } from "@/db/schema/values";
import { assertCan } from "../../auth/authorize";
import { parseCommitmentListParams, type CommitmentListParams } from "../../commitments/list-params";
import { closedRank, daysLeft, isOverdue, listFilters, urgencyRank } from "../../commitments/queries";
import { fromCommitments } from "../../commitments/joins";
import { todayInBuenosAires } from "../../dates";
import { describeParams } from "../filters";
import { keyFields, readBatch, type SortKey } from "../keyset";
import type { ExportTable } from "../types";

interface CommitmentExportRow extends Record<string, unknown> {
  title: string;
  status: CommitmentStatus;
  dueOn: string | null;
  completedOn: string | null;
  network: string;
  meeting: string | null;
  body: string | null;
  owner: string;
  department: string | null;
  notes: string | null;
  overdue: boolean;
  daysLeft: number | null;
  id: string;
}

/** /compromisos in the list's order (lib/commitments/queries.ts orderFor), as keyset keys. */
function sortKeys(params: CommitmentListParams, today: string): SortKey[] {
  const dir = params.dir;
  const title: SortKey = { expr: sql`lower(${commitments.title})`, dir: "asc", notNull: true };
  const id: SortKey = { expr: commitments.id, dir: "asc", notNull: true };
  const ties: SortKey[] = [
    { expr: urgencyRank(today), dir: "asc", notNull: true },
    { expr: commitments.dueOn, dir: "asc" },
    title,
    id,
  ];
  switch (params.sort) {
    case "urgency":
      // Ascending: closed last, then by due date (see closedRank), as the list orders it.
      if (dir === "asc")
        return [{ expr: closedRank(), dir, notNull: true }, { expr: commitments.dueOn, dir }, title, id];
      return [{ expr: urgencyRank(today), dir, notNull: true }, { expr: commitments.dueOn, dir }, title, id];
    case "due":
      return [{ expr: commitments.dueOn, dir }, title, id];
    case "title":
      return [{ expr: sql`lower(${commitments.title})`, dir, notNull: true }, id];
    case "owner":
      return [{ expr: sql`lower(${people.fullName})`, dir, notNull: true }, ...ties];
    case "network":
      return [{ expr: sql`lower(${networks.name})`, dir, notNull: true }, ...ties];
    case "status":
      return [{ expr: commitments.status, dir, notNull: true }, ...ties];
  }
}

export const commitmentsExport: ExportTable<CommitmentListParams, CommitmentExportRow> = {
  name: "compromisos",
  audit: "commitments",
  action: "commitment.read",
  parse: parseCommitmentListParams,
  columns: [
    { key: "title", type: "text", width: 48, value: (r) => r.title },
    { key: "status", type: "text", width: 14, enumName: "commitmentStatus", value: (r) => r.status },
    { key: "dueOn", type: "date", width: 12, value: (r) => r.dueOn },
    { key: "overdue", type: "boolean", width: 10, value: (r) => r.overdue },
    { key: "daysLeft", type: "integer", width: 14, value: (r) => r.daysLeft },
    { key: "completedOn", type: "date", width: 12, value: (r) => r.completedOn },
    { key: "owner", type: "text", width: 28, value: (r) => r.owner },
    { key: "department", type: "text", width: 32, value: (r) => r.department },
    { key: "network", type: "text", width: 32, value: (r) => r.network },
    { key: "meeting", type: "text", width: 36, value: (r) => r.meeting },
    { key: "body", type: "text", width: 32, value: (r) => r.body },
    { key: "notes", type: "text", width: 48, value: (r) => r.notes },
    // Last, so that an edited export imported back updates these commitments (lib/import).
    { key: "id", type: "text", width: 38, value: (r) => r.id },
  ],
  async batch(ctx, params, after, limit) {
    assertCan(ctx.actor, "commitment.read");
    const today = todayInBuenosAires();
    const keys = sortKeys(params, today);
    const batch = await readBatch<CommitmentExportRow>(
      fromCommitments(ctx.db, {
        title: commitments.title,
        status: commitments.status,
        dueOn: commitments.dueOn,
        completedOn: commitments.completedOn,
        network: networks.name,
        meeting: meetings.title,
        body: bodies.name,
        owner: people.fullName,
        department: departments.name,
        notes: commitments.notes,
        id: commitments.id,
        ...keyFields(keys),
      }),
      keys,
      listFilters(params, today),
      after,
      limit,
    );
    return {
      next: batch.next,
      rows: batch.rows.map((r) => ({
        ...r,
        overdue: isOverdue(r.status, r.dueOn, today),
        daysLeft: daysLeft(r.status, r.dueOn, today),
      })),
    };
  },
  describeFilters: (ctx, params) =>
    describeParams(ctx, params, { red: "network", owner: "person", department: "department" }),
};
