import "server-only";
import { and, eq } from "drizzle-orm";
import { auditEvents, users } from "@/db/schema";
import { assertCan } from "../../auth/authorize";
import {
  filterSql,
  parseAuditLogParams,
  type AuditLogParams,
  type AuditLogRow,
} from "../../history/audit-log";
import { describer } from "../../history/describe";
import { describedEventFields, eventHeading } from "../../history/queries";
import { describeParams } from "../filters";
import { afterCursor, batchOf, keyFields, keyOrder, type SortKey } from "../keyset";
import type { ExportTable } from "../types";

interface AuditExportRow
  extends
    Record<string, unknown>,
    Pick<
      AuditLogRow,
      "id" | "occurredAt" | "actor" | "actorEmail" | "action" | "actionLabel" | "entityType"
    > {
  record: string | null;
  changes: string;
  notes: string;
}

/** Newest first, by id: the primary key's order, the cheapest keyset there is. */
const KEYS: SortKey[] = [{ expr: auditEvents.id, dir: "desc", notNull: true }];

/**
 * The audit log (/admin/auditoria) with its filters — every matching event, not one page; the
 * page's own cursors (?before=, ?after=) are ignored. Admins only (audit.read).
 */
export const auditLogExport: ExportTable<AuditLogParams, AuditExportRow> = {
  name: "auditoria",
  audit: "audit_log",
  action: "audit.read",
  parse: parseAuditLogParams,
  columns: [
    { key: "id", type: "integer", width: 10, value: (r) => r.id },
    { key: "occurredAt", type: "datetime", width: 18, value: (r) => r.occurredAt },
    { key: "actor", type: "text", width: 28, value: (r) => r.actor },
    { key: "actorEmail", type: "text", width: 30, value: (r) => r.actorEmail },
    { key: "action", type: "text", width: 36, value: (r) => r.actionLabel },
    { key: "actionCode", type: "text", width: 24, value: (r) => r.action },
    { key: "entityType", type: "text", width: 20, value: (r) => r.entityType },
    { key: "record", type: "text", width: 36, value: (r) => r.record },
    { key: "changes", type: "text", width: 60, value: (r) => r.changes },
    { key: "notes", type: "text", width: 48, value: (r) => r.notes },
  ],
  async batch(ctx, params, after, limit) {
    assertCan(ctx.actor, "audit.read");
    const rows = await ctx.db
      .select({ ...describedEventFields, ...keyFields(KEYS) })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(and(...filterSql(params), after ? afterCursor(KEYS, after) : undefined))
      .orderBy(...keyOrder(KEYS))
      .limit(limit + 1);
    const batch = batchOf(rows, limit, KEYS);
    const d = describer();
    return {
      next: batch.next,
      rows: batch.rows.map((row) => {
        const described = d.describe(row);
        const metadata = (row.metadata ?? {}) as Record<string, unknown>;
        return {
          ...eventHeading(row, described.actionLabel),
          entityType: row.entityType ? d.entityTypeLabel(row.entityType) : null,
          record: d.recordName(row) ?? (typeof metadata.email === "string" ? metadata.email : null),
          changes: described.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`).join("\n"),
          notes: described.notes.join("\n"),
        };
      }),
    };
  },
  describeFilters: (ctx, params) => describeParams(ctx, params, { user: "user" }, ["before", "after"]),
};
