import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/client";
import { recordAudit } from "../audit";
import type { UndoScope } from "./definition";

// What an undo reads and removes: the records' versions now, and the deletion of the records an
// import created, each audited with the import's id.

/**
 * The version of each listed record of `table` now, and whether `referenced` (a condition on
 * `t.id`: rows that refer to it) holds: what an undo checks before removing or restoring.
 */
export async function currentVersions(
  tx: Db,
  table: string,
  ids: readonly string[],
  referenced?: SQL,
): Promise<{ id: string; version: number; referenced: boolean }[]> {
  if (!ids.length) return [];
  return queryRows<{ id: string; version: number; referenced: boolean }>(
    tx,
    sql`SELECT t.id, t.version, ${referenced ?? sql`false`} AS referenced
        FROM ${sql.raw(table)} t WHERE t.id IN (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  );
}

/**
 * Deletes records an import created, each with its `<recordType>.delete` audit event carrying
 * the import's id (and `metadata`), `label` (a column or expression) as the name it had.
 */
export async function removeRecords(
  { tx, ctx, importId }: UndoScope,
  {
    table,
    label,
    recordType,
    referenced,
  }: { table: string; label: string; recordType: string; referenced?: SQL },
  ids: readonly string[],
  metadata: (id: string) => Record<string, unknown> = () => ({}),
): Promise<number> {
  if (!ids.length) return 0;
  const gone = await queryRows<{ id: string; label: string }>(
    tx,
    sql`DELETE FROM ${sql.raw(table)} t WHERE t.id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) AND NOT (${referenced ?? sql`false`}) RETURNING t.id, ${sql.raw(label)} AS label`,
  );
  for (const g of gone) {
    await recordAudit(tx, ctx.actor, {
      action: `${recordType}.delete`,
      entityType: recordType,
      entityId: g.id,
      before: { name: g.label },
      metadata: { ...metadata(g.id), importId },
    });
  }
  return gone.length;
}

/**
 * A removal's `referenced` condition: some row of one of the tables refers to `t.id` through
 * the column named beside it (e.g. `{ seats: "body_id" }`).
 */
export function referencedBy(columns: Record<string, string>): SQL {
  const exists = Object.entries(columns).map(
    ([table, column]) => `EXISTS (SELECT 1 FROM ${table} r WHERE r.${column} = t.id)`,
  );
  return sql.raw(exists.join(" OR "));
}
