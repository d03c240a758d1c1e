import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agendaItems, meetings } from "@/db/schema";
import { agendaItemInputSchema, agendaItemUpdateSchema } from "../schema";
import { orderedChildCommands } from "./ordered-children";

// A meeting's agenda: items in order, each with an optional duration, presenter and notes.

async function agendaSnapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({ item: agendaItems, meeting: meetings.title })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, id));
  if (!row) return null;
  return {
    meeting: row.meeting,
    position: row.item.position,
    title: row.item.title,
    durationMinutes: row.item.durationMinutes,
    presenter: row.item.presenter,
    notes: row.item.notes,
    version: row.item.version,
  };
}

const agenda = orderedChildCommands({
  table: agendaItems,
  entityType: "agenda_item",
  inputSchema: agendaItemInputSchema,
  updateSchema: agendaItemUpdateSchema,
  columns: (input) => ({
    title: input.title,
    durationMinutes: input.durationMinutes ?? null,
    presenter: input.presenter ?? null,
    notes: input.notes ?? null,
  }),
  snapshot: agendaSnapshot,
});

/** `(ctx, meetingId, raw)`: a new item at the end of the agenda. */
export const createAgendaItem = agenda.create;
/** `(ctx, meetingId, itemId, raw)` */
export const updateAgendaItem = agenda.update;
/** `(ctx, meetingId, itemId, raw)`: the items after it move up one place. */
export const deleteAgendaItem = agenda.remove;
/** `(ctx, meetingId, itemId, raw)` with `direction` up or down. */
export const moveAgendaItem = agenda.move;
