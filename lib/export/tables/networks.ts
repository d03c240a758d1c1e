import "server-only";
import {} from "drizzle-orm";
import { networks } from "@/db/schema";
import type { MembershipStatus, NetworkKind } from "@/db/schema/values";
import { assertCan } from "../../auth/authorize";
import { parseNetworkListParams, type NetworkListParams } from "../../networks/list-params";
import { listFilters, SORT_COLUMNS, thematicAreaNamesSql } from "../../networks/queries";
import { sql } from "drizzle-orm";
import { describeParams } from "../filters";
import { keyFields, readBatch, type SortKey } from "../keyset";
import type { ExportTable } from "../types";

interface NetworkExportRow extends Record<string, unknown> {
  id: string;
  name: string;
  acronym: string | null;
  kind: NetworkKind;
  membershipStatus: MembershipStatus;
  memberSince: string | null;
  leftOn: string | null;
  headquarters: string | null;
  foundedYear: number | null;
  annualFee: string | null;
  feeCurrency: string | null;
  website: string | null;
  thematicAreas: string[];
  archivedAt: Date | null;
}

/** /redes in the directory's order: the chosen sort (nulls last), then name and id. */
function sortKeys(params: NetworkListParams): SortKey[] {
  return [
    { expr: SORT_COLUMNS[params.sort], dir: params.dir },
    { expr: sql`lower(${networks.name})`, dir: "asc", notNull: true },
    { expr: networks.id, dir: "asc", notNull: true },
  ];
}

export const networksExport: ExportTable<NetworkListParams, NetworkExportRow> = {
  name: "redes",
  audit: "networks",
  action: "network.read",
  parse: parseNetworkListParams,
  columns: [
    { key: "name", type: "text", width: 40, value: (r) => r.name },
    { key: "acronym", type: "text", width: 14, value: (r) => r.acronym },
    { key: "kind", type: "text", width: 12, enumName: "networkKind", value: (r) => r.kind },
    {
      key: "membership",
      type: "text",
      width: 14,
      enumName: "membershipStatus",
      value: (r) => r.membershipStatus,
    },
    { key: "memberSince", type: "date", width: 14, value: (r) => r.memberSince },
    { key: "leftOn", type: "date", width: 14, value: (r) => r.leftOn },
    { key: "headquarters", type: "text", width: 24, value: (r) => r.headquarters },
    { key: "founded", type: "integer", width: 12, value: (r) => r.foundedYear },
    { key: "areas", type: "text", width: 48, value: (r) => r.thematicAreas.join(", ") },
    {
      key: "annualFee",
      type: "decimal",
      width: 14,
      value: (r) => (r.annualFee === null ? null : Number(r.annualFee)),
    },
    { key: "currency", type: "text", width: 10, value: (r) => r.feeCurrency },
    { key: "website", type: "text", width: 36, value: (r) => r.website },
    { key: "archived", type: "boolean", width: 10, value: (r) => r.archivedAt !== null },
    // Last, so files made before it keep their columns: an import matches the network by it.
    { key: "id", type: "text", width: 38, value: (r) => r.id },
  ],
  async batch(ctx, params, after, limit) {
    assertCan(ctx.actor, "network.read");
    const keys = sortKeys(params);
    return await readBatch<NetworkExportRow>(
      ctx.db
        .select({
          id: networks.id,
          name: networks.name,
          acronym: networks.acronym,
          kind: networks.kind,
          membershipStatus: networks.membershipStatus,
          memberSince: networks.memberSince,
          leftOn: networks.leftOn,
          headquarters: networks.headquarters,
          foundedYear: networks.foundedYear,
          annualFee: networks.annualFee,
          feeCurrency: networks.feeCurrency,
          website: networks.website,
          archivedAt: networks.archivedAt,
          thematicAreas: thematicAreaNamesSql,
          ...keyFields(keys),
        })
        .from(networks),
      keys,
      listFilters(params),
      after,
      limit,
    );
  },
  describeFilters: (ctx, params) => describeParams(ctx, params, { area: "area" }),
};
