import "server-only";
import { eq, sql } from "drizzle-orm";
import { bodies, departments, networks, seats } from "@/db/schema";
import type { SeatKind, TermStatus } from "@/db/schema/values";
import { assertCan } from "../../auth/authorize";
import { todayInBuenosAires } from "../../dates";
import { parseSeatListParams, type SeatListParams } from "../../seats/list-params";
import {
  activeTerm,
  currentTerms,
  listFilters,
  onlyActiveTerms,
  sortColumns,
  termUrgency,
  type Current,
} from "../../seats/queries";
import { describeParams } from "../filters";
import { keyFields, readBatch, type SortKey } from "../keyset";
import type { ExportTable } from "../types";

interface SeatExportRow extends Record<string, unknown> {
  title: string;
  kind: SeatKind;
  network: string;
  body: string | null;
  holder: string | null;
  holderDepartment: string | null;
  startsOn: string | null;
  endsOn: string | null;
  status: TermStatus | null;
  archivedAt: Date | null;
  daysLeft: number | null;
}

/**
 * /cargos in the list's order: the chosen sort (nulls last), held seats first (all are, when
 * only active terms are listed), title, id.
 */
function sortKeys(cur: Current, params: SeatListParams, onlyActive: boolean): SortKey[] {
  return [
    { expr: sortColumns(cur, onlyActive)[params.sort], dir: params.dir },
    ...(onlyActive
      ? []
      : [{ expr: sql`((${cur.status} = 'active') IS NOT TRUE)`, dir: "asc" as const, notNull: true }]),
    { expr: sql`lower(${seats.title})`, dir: "asc", notNull: true },
    { expr: seats.id, dir: "asc", notNull: true },
  ];
}

export const seatsExport: ExportTable<SeatListParams, SeatExportRow> = {
  name: "cargos",
  audit: "seats",
  action: "network.read",
  parse: parseSeatListParams,
  columns: [
    { key: "title", type: "text", width: 40, value: (r) => r.title },
    { key: "kind", type: "text", width: 12, enumName: "seatKind", value: (r) => r.kind },
    { key: "network", type: "text", width: 32, value: (r) => r.network },
    { key: "body", type: "text", width: 32, value: (r) => r.body },
    { key: "holder", type: "text", width: 28, value: (r) => r.holder },
    { key: "holderDepartment", type: "text", width: 32, value: (r) => r.holderDepartment },
    { key: "startsOn", type: "date", width: 12, value: (r) => r.startsOn },
    { key: "endsOn", type: "date", width: 12, value: (r) => r.endsOn },
    { key: "status", type: "text", width: 14, enumName: "termStatus", value: (r) => r.status },
    { key: "daysLeft", type: "integer", width: 14, value: (r) => r.daysLeft },
    { key: "archived", type: "boolean", width: 10, value: (r) => r.archivedAt !== null },
  ],
  async batch(ctx, params, after, limit) {
    assertCan(ctx.actor, "network.read");
    const today = todayInBuenosAires();
    const onlyActive = onlyActiveTerms(params);
    const cur = onlyActive ? activeTerm(ctx.db) : currentTerms(ctx.db);
    const keys = sortKeys(cur, params, onlyActive);
    const base = ctx.db
      .select({
        title: seats.title,
        kind: seats.kind,
        network: networks.name,
        body: bodies.name,
        holder: cur.holderName,
        holderDepartment: departments.name,
        startsOn: cur.startsOn,
        endsOn: cur.endsOn,
        status: cur.status,
        archivedAt: seats.archivedAt,
        ...keyFields(keys),
      })
      .from(seats)
      .innerJoin(networks, eq(networks.id, seats.networkId))
      .leftJoin(bodies, eq(bodies.id, seats.bodyId));
    const batch = await readBatch<SeatExportRow>(
      (onlyActive
        ? base.innerJoin(cur, eq(cur.seatId, seats.id))
        : base.leftJoin(cur, eq(cur.seatId, seats.id))
      ).leftJoin(departments, eq(departments.id, cur.holderDepartmentId)),
      keys,
      listFilters(cur, params, today),
      after,
      limit,
    );
    return {
      next: batch.next,
      rows: batch.rows.map((r) => ({ ...r, daysLeft: termUrgency(r, today).daysLeft })),
    };
  },
  describeFilters: (ctx, params) =>
    describeParams(ctx, params, { network: "network", department: "department" }),
};
