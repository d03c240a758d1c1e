import "server-only";
import { eq } from "drizzle-orm";
import { departments, networks, people, thematicAreas, users } from "@/db/schema";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";

/** Records a list parameter may point at, by the name the audit event should carry. */
const LOOKUPS = {
  network: { table: networks, id: networks.id, name: networks.name },
  department: { table: departments, id: departments.id, name: departments.name },
  area: { table: thematicAreas, id: thematicAreas.id, name: thematicAreas.name },
  person: { table: people, id: people.id, name: people.fullName },
  user: { table: users, id: users.id, name: users.email },
} as const;

export type RecordKind = keyof typeof LOOKUPS;

async function nameOf(ctx: Ctx, kind: RecordKind, id: string): Promise<string> {
  if (!isUuid(id)) return id;
  const lookup = LOOKUPS[kind];
  const [row] = await ctx.db
    .select({ name: lookup.name })
    .from(lookup.table)
    .where(eq(lookup.id, id))
    .limit(1);
  return row?.name ?? id;
}

/**
 * The parameters in force as the audit event keeps them: by their URL name, ids replaced by
 * the record's name (snapshots hold labels, not ids), empty ones and paging left out.
 */
export async function describeParams(
  ctx: Ctx,
  params: Record<string, unknown>,
  refs: Partial<Record<string, RecordKind>> = {},
  omit: readonly string[] = ["page", "size"],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (omit.includes(key) || value === undefined || value === null || value === "" || value === false)
      continue;
    const kind = refs[key];
    out[key] =
      kind && typeof value === "string"
        ? await nameOf(ctx, kind, value)
        : value === true
          ? "1"
          : String(value);
  }
  return out;
}
