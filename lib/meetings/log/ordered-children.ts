import "server-only";
import { and, asc, desc, eq, gt, lt, max, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import type { agendaItems, decisions } from "@/db/schema";
import { command, conflict, notFound } from "../../command";
import { deleteSchema, moveSchema } from "../schema";
import { lockMeeting } from "./meeting-lock";

// A meeting's ordered children (agenda items, decisions): rows numbered 1..n per meeting. One
// set of commands serves both: create at the end, update, delete and renumber, move up/down.

type OrderedTable = typeof agendaItems | typeof decisions;

/**
 * The positions a list must get so that it reads 1..n in its current order: only the rows
 * whose position changes. `rows` come in their current order.
 */
export function renumbering<Row extends { id: string; position: number }>(
  rows: readonly Row[],
): { id: string; position: number }[] {
  return rows.flatMap((row, index) =>
    row.position === index + 1 ? [] : [{ id: row.id, position: index + 1 }],
  );
}

/** Renumbers a meeting's rows 1..n in their current order; rows whose position changes get a new version. */
async function renumber(tx: Db, table: OrderedTable, meetingId: string) {
  const rows = await tx
    .select({ id: table.id, position: table.position })
    .from(table)
    .where(eq(table.meetingId, meetingId))
    .orderBy(asc(table.position), asc(table.createdAt), asc(table.id));
  for (const change of renumbering(rows)) {
    await tx
      .update(table)
      .set({ position: change.position, version: sql`${table.version} + 1`, updatedAt: new Date() })
      .where(eq(table.id, change.id));
  }
}

async function nextPosition(tx: Db, table: OrderedTable, meetingId: string) {
  const [row] = await tx
    .select({ last: max(table.position) })
    .from(table)
    .where(eq(table.meetingId, meetingId));
  return (row?.last ?? 0) + 1;
}

/**
 * Swaps a row with its neighbour above or below. The moved row's version must be the one the
 * reader saw; both rows get a new version. At the top (or bottom) nothing changes.
 */
async function swapWithNeighbour(
  tx: Db,
  table: OrderedTable,
  meetingId: string,
  id: string,
  direction: "up" | "down",
  version: number,
): Promise<{ moved: boolean; position: number }> {
  const [row] = await tx
    .select({ position: table.position, version: table.version })
    .from(table)
    .where(and(eq(table.id, id), eq(table.meetingId, meetingId)));
  if (!row) throw notFound();
  if (row.version !== version) throw conflict();
  const [neighbour] = await tx
    .select({ id: table.id, position: table.position })
    .from(table)
    .where(
      and(
        eq(table.meetingId, meetingId),
        direction === "up" ? lt(table.position, row.position) : gt(table.position, row.position),
      ),
    )
    .orderBy(direction === "up" ? desc(table.position) : asc(table.position))
    .limit(1);
  if (!neighbour) return { moved: false, position: row.position };
  const bump = { version: sql`${table.version} + 1`, updatedAt: new Date() };
  await tx
    .update(table)
    .set({ position: neighbour.position, ...bump })
    .where(eq(table.id, id));
  await tx
    .update(table)
    .set({ position: row.position, ...bump })
    .where(eq(table.id, neighbour.id));
  return { moved: true, position: neighbour.position };
}

export interface OrderedChildSpec<
  Table extends OrderedTable,
  Input extends z.ZodType,
  Update extends z.ZodType<{ version: number }>,
> {
  table: Table;
  /** The audit's entity type; its actions are `<entityType>.create|update|delete|move`. */
  entityType: string;
  inputSchema: Input;
  /** The input plus the version the user read. */
  updateSchema: Update;
  /** The row's own columns from the form's input (absent optional fields as null). */
  columns: (input: z.output<Input>) => Partial<Table["$inferInsert"]>;
  /** The row as the audit log records it (with the meeting's title and the position). */
  snapshot: (tx: Db, id: string) => Promise<Record<string, unknown> | null>;
}

/** The create, update, delete and move commands of one kind of a meeting's ordered children. */
export function orderedChildCommands<
  Table extends OrderedTable,
  Input extends z.ZodType,
  Update extends z.ZodType<{ version: number }>,
>(spec: OrderedChildSpec<Table, Input, Update>) {
  const { entityType, snapshot } = spec;
  // Both tables have the same id/meeting/position/version columns; the union type is enough.
  const table: OrderedTable = spec.table;
  const ofRow = (meetingId: string, id: string, version: number) =>
    and(eq(table.id, id), eq(table.meetingId, meetingId), eq(table.version, version));

  return {
    /** A new row at the end of the meeting's list. */
    create: command({
      action: "meeting.manage",
      schema: spec.inputSchema,
      run: async ({ tx, audit }, input, meetingId: string) => {
        await lockMeeting(tx, meetingId);
        const position = await nextPosition(tx, table, meetingId);
        const values = { meetingId, position, ...spec.columns(input) } as Table["$inferInsert"];
        const [created] = await tx
          .insert(spec.table as OrderedTable)
          .values(values as never)
          .returning({ id: table.id });
        if (!created) throw new Error("insert returned no row");
        await audit({
          action: `${entityType}.create`,
          entityType,
          entityId: created.id,
          after: await snapshot(tx, created.id),
          metadata: { meetingId },
        });
        return created;
      },
    }),

    /** Edits a row, if nobody saved it since the user read it. */
    update: command({
      action: "meeting.manage",
      schema: spec.updateSchema,
      run: async ({ tx, audit }, input, meetingId: string, id: string) => {
        await lockMeeting(tx, meetingId);
        const before = await snapshot(tx, id);
        const { version, ...rest } = input as z.output<Update>;
        const [updated] = await tx
          .update(table)
          .set({
            ...(spec.columns(rest as z.output<Input>) as object),
            version: sql`${table.version} + 1`,
            updatedAt: new Date(),
          })
          .where(ofRow(meetingId, id, version))
          .returning({ id: table.id, version: table.version });
        if (!updated) throw before ? conflict() : notFound();
        await audit({
          action: `${entityType}.update`,
          entityType,
          entityId: id,
          before,
          after: await snapshot(tx, id),
          metadata: { meetingId },
        });
        return updated;
      },
    }),

    /** Deletes a row and renumbers the rest 1..n. */
    remove: command({
      action: "meeting.manage",
      schema: deleteSchema,
      run: async ({ tx, audit }, { version }, meetingId: string, id: string) => {
        await lockMeeting(tx, meetingId);
        const before = await snapshot(tx, id);
        const [deleted] = await tx
          .delete(table)
          .where(ofRow(meetingId, id, version))
          .returning({ id: table.id });
        if (!deleted) throw before ? conflict() : notFound();
        await renumber(tx, table, meetingId);
        await audit({
          action: `${entityType}.delete`,
          entityType,
          entityId: id,
          before,
          metadata: { meetingId },
        });
        return deleted;
      },
    }),

    /** Moves a row one place up or down; at the top (or bottom) nothing changes and nothing is audited. */
    move: command({
      action: "meeting.manage",
      schema: moveSchema,
      mayChangeNothing: true,
      run: async ({ tx, audit }, { direction, version }, meetingId: string, id: string) => {
        await lockMeeting(tx, meetingId);
        const before = await snapshot(tx, id);
        const result = await swapWithNeighbour(tx, table, meetingId, id, direction, version);
        if (result.moved) {
          await audit({
            action: `${entityType}.move`,
            entityType,
            entityId: id,
            before,
            after: await snapshot(tx, id),
            metadata: { meetingId, direction },
          });
        }
        return result;
      },
    }),
  };
}
