import "server-only";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import peopleCatalog from "@/messages/es-AR/people.json";
import type { AuditEntry } from "../audit";
import type { Actor } from "../auth/actor";
import { messageOf } from "../validation/message-key";
import type { CellError } from "./definition";

// Pieces the import definitions share: batching, audit events in bulk, name lookups, and the
// form schemas' errors turned into cell errors.

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Inserts many rows in one statement per 5,000: the rows travel as one JSON parameter that the
 * database unpacks (jsonb_to_recordset), instead of one bind parameter per value — several
 * times faster for large imports on both drivers, and no limit on parameters to mind.
 * `columns` are the table's column names with their SQL types, as the JSON's keys.
 */
export async function insertJsonRows(
  tx: Db,
  table: string,
  columns: Record<string, string>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const names = Object.keys(columns);
  const list = sql.raw(names.join(", "));
  const types = sql.raw(names.map((n) => `${n} ${columns[n]}`).join(", "));
  for (const batch of chunks(rows, 5000)) {
    if (!batch.length) continue;
    await tx.execute(
      sql`INSERT INTO ${sql.raw(table)} (${list}) SELECT ${list} FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS x(${types})`,
    );
  }
}

/**
 * The audit events of an import's writes, in bulk, each carrying the import's id in its
 * metadata (`importId`): the same rows recordAudit writes one at a time.
 */
export async function auditBatch(
  tx: Db,
  actor: Pick<Actor, "userId" | "email"> | null,
  entries: AuditEntry[],
  importId: string,
): Promise<void> {
  await insertJsonRows(
    tx,
    "audit_events",
    {
      actor_user_id: "uuid",
      actor_email: "text",
      action: "text",
      entity_type: "text",
      entity_id: "text",
      before: "jsonb",
      after: "jsonb",
      metadata: "jsonb",
    },
    entries.map((entry) => ({
      actor_user_id: actor?.userId ?? null,
      actor_email: actor?.email ?? null,
      action: entry.action,
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      metadata: { ...entry.metadata, importId },
    })),
  );
}

/**
 * Finds departments by short name or name, case and accents aside: the ids of every match
 * (none, one, or several — then the row says how many).
 */
export function departmentResolver(all: { id: string; name: string; shortName: string | null }[]) {
  const index = new Map<string, Set<string>>();
  const add = (key: string | null, id: string) => {
    if (!key) return;
    const k = nameKey(key);
    if (!index.has(k)) index.set(k, new Set());
    index.get(k)!.add(id);
  };
  for (const d of all) {
    add(d.name, d.id);
    add(d.shortName, d.id);
  }
  const resolve = (name: string): string[] => [...(index.get(nameKey(name)) ?? [])];
  return Object.assign(resolve, { all });
}

/** A name as compared: lower case, accents and repeated spaces aside. */
export const nameKey = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

const PEOPLE_KEYS = new Set(Object.keys(peopleCatalog.validation));

/**
 * A form schema's issues as cell errors: the schema's field renamed to the import's field, the
 * key resolved to its catalog ("people.validation.invalidEmail", "validation.tooLongMax").
 */
export function schemaErrors(error: z.ZodError, fieldOf: Record<string, string>): CellError[] {
  return error.issues.map((issue) => {
    const schemaField = String(issue.path[0] ?? "");
    const { name, values } = messageOf(issue.message);
    return {
      field: fieldOf[schemaField] ?? null,
      key: PEOPLE_KEYS.has(name) ? `people.validation.${name}` : `validation.${name}`,
      ...(values ? { values } : {}),
    };
  });
}
