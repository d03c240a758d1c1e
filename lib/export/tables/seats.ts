import "server-only";
import { eq, sql } from "drizzle-orm";
import { bodies, departments, networks, seats } from "@/db/schema";
import type { SeatKind, TermStatus } from "@/db/schema/values";
import type { TermState } from "../../seats/term-state";
import { assertCan } from "../../auth/authorize";
import { todayInBuenosAires } from "../../dates";
import { parseSeatListParams, type SeatListParams } from "../../seats/list-params";
import {
  heldFirst,
  listedTerms,
  listFilters,
  sortColumns,
  termUrgency,
  type Current,
} from "../../seats/queries";
import { describeParams } from "../filters";
import { keyFields, readBatch, type SortKey } from "../keyset";
import type { ExportTable } from "../types";

interface SeatExportRow extends Record<string, unknown> {
  id: string;
  title: string;
  kind: SeatKind;
  network: string;
  body: string | null;
  holder: string | null;
  holderDepartment: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** The term's state today (lib/seats/term-state.ts); the stored status only feeds the urgency. */
  status: TermState | null;
  termStatus: TermStatus | null;
  archivedAt: Date | null;
  daysLeft: number | null;
}

/**
 * /cargos in the list's order: the chosen sort (nulls last), seats held today first (all are,
 * when only held terms are listed), title, id.
 */
function sortKeys(cur: Current, params: SeatListParams, inner: boolean): SortKey[] {
  return [
    { expr: sortColumns(cur, inner)[params.sort], dir: params.dir },
    ...(inner ? [] : [{ expr: heldFirst(cur), dir: "asc" as const, notNull: true }]),
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
    { key: "status", type: "text", width: 14, enumName: "termState", value: (r) => r.status },
    { key: "daysLeft", type: "integer", width: 14, value: (r) => r.daysLeft },
    { key: "archived", type: "boolean", width: 10, value: (r) => r.archivedAt !== null },
    // The seat's id: a file exported, edited and imported back updates the seat it came from.
    { key: "id", type: "text", width: 38, value: (r) => r.id },
  ],
  async batch(ctx, params, after, limit) {
    assertCan(ctx.actor, "network.read");
    const today = todayInBuenosAires();
    const { cur, inner } = listedTerms(ctx.db, params, today);
    const keys = sortKeys(cur, params, inner);
    const base = ctx.db
      .select({
        id: seats.id,
        title: seats.title,
        kind: seats.kind,
        network: networks.name,
        body: bodies.name,
        holder: cur.holderName,
        holderDepartment: departments.name,
        startsOn: cur.startsOn,
        endsOn: cur.endsOn,
        status: cur.state,
        termStatus: cur.termStatus,
        archivedAt: seats.archivedAt,
        ...keyFields(keys),
      })
      .from(seats)
      .innerJoin(networks, eq(networks.id, seats.networkId))
      .leftJoin(bodies, eq(bodies.id, seats.bodyId));
    const batch = await readBatch<SeatExportRow>(
      (inner
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
