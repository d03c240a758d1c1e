import "server-only";
import { and, asc, count, eq, exists, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { networks, networkThematicAreas, people, thematicAreas } from "@/db/schema";
import type { NetworkKind, MembershipStatus } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";
import { listThematicAreas } from "../thematic-areas/queries";
import type { NetworkListParams } from "./list-params";
import { containsTextInAny } from "../search/like";
import { countRows, nullsLastOrder, pagedQuery } from "../paged-query";
import { ref } from "../refs";
import type { Db } from "@/db/client";

export interface NetworkRow {
  id: string;
  name: string;
  acronym: string | null;
  kind: NetworkKind;
  membershipStatus: MembershipStatus;
  memberSince: string | null;
  headquarters: string | null;
  foundedYear: number | null;
  thematicAreas: string[];
  archived: boolean;
}

export interface NetworkList {
  rows: NetworkRow[];
  total: number;
}

// Names are qualified by hand: inside a select list drizzle renders bare column names, which
// the subquery would resolve against its own tables.
/** A network's thematic areas by name (also read by the export, lib/export). */
export const thematicAreaNamesSql = sql<string[]>`coalesce(array(
  select ta.name from network_thematic_areas nta
  join thematic_areas ta on ta.id = nta.thematic_area_id
  where nta.network_id = "networks"."id"
  order by ta.name), '{}')`;

/** The sort keys as SQL (also read by the export, lib/export). */
export const SORT_COLUMNS = {
  name: sql`lower(${networks.name})`,
  acronym: sql`lower(${networks.acronym})`,
  kind: networks.kind,
  membership: networks.membershipStatus,
  since: networks.memberSince,
  founded: networks.foundedYear,
} satisfies Record<NetworkListParams["sort"], unknown>;

/** The directory's filters as SQL (also used by the export, lib/export). */
export function listFilters(params: NetworkListParams): SQL | undefined {
  const filters: (SQL | undefined)[] = [
    params.archived ? isNotNull(networks.archivedAt) : isNull(networks.archivedAt),
    params.kind ? eq(networks.kind, params.kind) : undefined,
    params.membership ? eq(networks.membershipStatus, params.membership) : undefined,
  ];
  if (params.q) {
    filters.push(containsTextInAny(params.q, networks.name, networks.acronym));
  }
  if (params.area) {
    filters.push(
      exists(
        sql`(select 1 from network_thematic_areas nta where nta.network_id = "networks"."id" and nta.thematic_area_id = ${params.area})`,
      ),
    );
  }
  return and(...filters);
}

/** One page of the directory and the total behind it, sorted and filtered in SQL. */
export async function listNetworks(ctx: Ctx, params: NetworkListParams): Promise<NetworkList> {
  assertCan(ctx.actor, "network.read");
  const where = listFilters(params);
  // Nulls last in both directions, then name and id so that pages are stable.
  const orderBy = nullsLastOrder(
    SORT_COLUMNS[params.sort],
    params.dir,
    asc(sql`lower(${networks.name})`),
    asc(networks.id),
  );
  const page = await pagedQuery(ctx.db, params, {
    rows: (tx) =>
      tx
        .select({
          id: networks.id,
          name: networks.name,
          acronym: networks.acronym,
          kind: networks.kind,
          membershipStatus: networks.membershipStatus,
          memberSince: networks.memberSince,
          headquarters: networks.headquarters,
          foundedYear: networks.foundedYear,
          archivedAt: networks.archivedAt,
          thematicAreas: thematicAreaNamesSql,
        })
        .from(networks)
        .where(where)
        .orderBy(...orderBy),
    total: (tx) => countRows(tx, networks, where),
  });
  return {
    ...page,
    rows: page.rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null })),
  };
}

export interface NetworkDetail {
  id: string;
  name: string;
  acronym: string | null;
  kind: NetworkKind;
  scope: string | null;
  description: string | null;
  website: string | null;
  headquarters: string | null;
  foundedYear: number | null;
  languages: string[];
  thematicAreas: { id: string; name: string }[];
  membershipStatus: MembershipStatus;
  memberSince: string | null;
  leftOn: string | null;
  annualFee: string | null;
  feeCurrency: string | null;
  membershipNotes: string | null;
  focalPerson: { id: string; name: string } | null;
  archived: boolean;
  version: number;
  updatedAt: Date;
}

export async function getNetwork(ctx: Ctx, id: string): Promise<NetworkDetail | null> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(id)) return null;
  return readNetwork(ctx.db, id);
}

/** One network with its thematic areas and focal person by name: its page and its audit snapshot. */
export async function readNetwork(db: Db, id: string): Promise<NetworkDetail | null> {
  const [row] = await db
    .select({
      network: networks,
      focalName: people.fullName,
    })
    .from(networks)
    .leftJoin(people, eq(people.id, networks.focalPersonId))
    .where(eq(networks.id, id))
    .limit(1);
  if (!row) return null;
  const areas = await db
    .select({ id: thematicAreas.id, name: thematicAreas.name })
    .from(networkThematicAreas)
    .innerJoin(thematicAreas, eq(thematicAreas.id, networkThematicAreas.thematicAreaId))
    .where(eq(networkThematicAreas.networkId, id))
    .orderBy(asc(thematicAreas.name));
  const n = row.network;
  return {
    id: n.id,
    name: n.name,
    acronym: n.acronym,
    kind: n.kind,
    scope: n.scope,
    description: n.description,
    website: n.website,
    headquarters: n.headquarters,
    foundedYear: n.foundedYear,
    languages: n.languages,
    thematicAreas: areas,
    membershipStatus: n.membershipStatus,
    memberSince: n.memberSince,
    leftOn: n.leftOn,
    annualFee: n.annualFee,
    feeCurrency: n.feeCurrency,
    membershipNotes: n.membershipNotes,
    focalPerson: ref(n.focalPersonId, row.focalName),
    archived: n.archivedAt !== null,
    version: n.version,
    updatedAt: n.updatedAt,
  };
}

/** Options for the network form's pickers. */
export async function networkFormOptions(ctx: Ctx) {
  assertCan(ctx.actor, "network.read");
  const [areas, persons] = await Promise.all([
    listThematicAreas(ctx),
    ctx.db
      .select({ id: people.id, name: people.fullName })
      .from(people)
      .orderBy(asc(sql`lower(${people.fullName})`)),
  ]);
  return { thematicAreas: areas, people: persons };
}

/** Active (non-archived) networks per kind, for the panel. */
export async function countNetworksByKind(ctx: Ctx): Promise<Record<NetworkKind, number>> {
  assertCan(ctx.actor, "network.read");
  const rows = await ctx.db
    .select({ kind: networks.kind, total: count() })
    .from(networks)
    .where(isNull(networks.archivedAt))
    .groupBy(networks.kind);
  const totals: Record<NetworkKind, number> = { regional: 0, global: 0, thematic: 0 };
  for (const row of rows) totals[row.kind] = Number(row.total);
  return totals;
}
