import "server-only";
import { sql } from "drizzle-orm";
import type { Ctx } from "../../context";
import type { Result } from "../../result";
import { updateSeat, updateTerm } from "../../seats/commands";
import type { UndoOutcome, UndoRow, UndoScope } from "../definition";
import { currentVersions, removeRecords } from "../undo-records";

/**
 * What a row of the seats import wrote (kept in the row's `previous`): the seat it created or
 * updated, the term it added or updated, and the term an added one closed — each with the
 * version the import left it at and, for an update, its form before.
 */
export interface SeatChange {
  kind: "seat" | "term";
  id: string;
  created?: true;
  before?: Record<string, unknown>;
  written: number;
}

/** How each kind of record is found, removed and restored (terms first: see undoSeatChanges). */
const KINDS = {
  term: {
    table: "seat_terms",
    recordType: "seat_term",
    label: "(SELECT p.full_name FROM people p WHERE p.id = holder_person_id)",
    restore: (ctx: Ctx, id: string, input: Record<string, unknown>): Promise<Result<unknown>> =>
      updateTerm(ctx, id, input),
    referenced: undefined,
  },
  seat: {
    table: "seats",
    recordType: "seat",
    label: "title",
    restore: (ctx: Ctx, id: string, input: Record<string, unknown>): Promise<Result<unknown>> =>
      updateSeat(ctx, id, input),
    // A seat created by the import that still has terms (one edited since) stays.
    referenced: sql.raw("EXISTS (SELECT 1 FROM seat_terms st WHERE st.seat_id = t.id)"),
  },
} as const;

/** Every change the import made to one record, across its rows. */
interface RecordChanges {
  kind: "seat" | "term";
  created: boolean;
  /** Its form before the import's first change (versions only grow: the lowest written). */
  before: Record<string, unknown> | undefined;
  firstWritten: number;
  /** The version the import's last change left it at: any other means edited since. */
  lastWritten: number;
  lines: number[];
  seatId: string;
}

function recordChanges(rows: readonly UndoRow[]): Map<string, RecordChanges> {
  const records = new Map<string, RecordChanges>();
  for (const row of rows) {
    const changes = (row.previous?.changes ?? []) as SeatChange[];
    for (const c of changes) {
      const r = records.get(c.id) ?? {
        kind: c.kind,
        created: false,
        before: undefined,
        firstWritten: Infinity,
        lastWritten: 0,
        lines: [],
        seatId: row.recordId,
      };
      r.created ||= c.created === true;
      if (c.written < r.firstWritten) [r.firstWritten, r.before] = [c.written, c.before];
      r.lastWritten = Math.max(r.lastWritten, c.written);
      r.lines.push(row.line);
      records.set(c.id, r);
    }
  }
  return records;
}

/**
 * Removes the seats and terms the import created, gives the seats and terms it updated (the
 * terms its new ones closed too) their previous form back through their commands, and keeps —
 * listing their rows — the records edited since, and the seats created that keep other terms.
 * Terms go first: a seat can only go once its terms have, and a closed term only reopens once
 * the term that closed it is gone.
 */
export async function undoSeatChanges(scope: UndoScope, rows: readonly UndoRow[]): Promise<UndoOutcome> {
  const { tx, ctx, importId } = scope;
  const rowCtx: Ctx = { db: tx, actor: ctx.actor, auditTag: { importId } };
  const records = recordChanges(rows);
  const kept = new Map<number, string>();
  const keep = (r: RecordChanges) => r.lines.forEach((line) => kept.set(line, r.seatId));
  let removed = 0;
  let restored = 0;

  for (const kind of ["term", "seat"] as const) {
    const { table, recordType, label, restore, referenced } = KINDS[kind];
    const mine = [...records].filter(([, r]) => r.kind === kind);
    const ids = mine.map(([id]) => id);
    const now = new Map((await currentVersions(tx, table, ids, referenced)).map((c) => [c.id, c]));
    const removals: string[] = [];
    const restores: [string, RecordChanges, number][] = [];
    for (const [id, r] of mine) {
      const current = now.get(id);
      if (!current) continue;
      if (Number(current.version) !== r.lastWritten || (r.created && current.referenced)) keep(r);
      else if (r.created) removals.push(id);
      else restores.push([id, r, Number(current.version)]);
    }
    removed += await removeRecords(scope, { table, label, recordType }, removals, (id) =>
      kind === "term" ? { seatId: records.get(id)!.seatId } : {},
    );
    for (const [id, r, version] of restores) {
      const result = await restore(rowCtx, id, { ...r.before, version });
      if (result.ok) restored += 1;
      else keep(r);
    }
  }
  return {
    removed,
    restored,
    kept: [...kept].sort(([a], [b]) => a - b).map(([line, recordId]) => ({ line, recordId })),
  };
}
