import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisions, meetings } from "@/db/schema";
import { decisionInputSchema, decisionUpdateSchema } from "../schema";
import { orderedChildCommands } from "./ordered-children";

// The decisions taken at a meeting, in order.

async function decisionSnapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({ decision: decisions, meeting: meetings.title })
    .from(decisions)
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .where(eq(decisions.id, id));
  if (!row) return null;
  return {
    meeting: row.meeting,
    position: row.decision.position,
    text: row.decision.text,
    version: row.decision.version,
  };
}

const decisionCommands = orderedChildCommands({
  table: decisions,
  entityType: "decision",
  inputSchema: decisionInputSchema,
  updateSchema: decisionUpdateSchema,
  columns: (input) => ({ text: input.text }),
  snapshot: decisionSnapshot,
});

/** `(ctx, meetingId, raw)`: a new decision at the end of the list. */
export const createDecision = decisionCommands.create;
/** `(ctx, meetingId, decisionId, raw)` */
export const updateDecision = decisionCommands.update;
/** `(ctx, meetingId, decisionId, raw)`: the decisions after it move up one place. */
export const deleteDecision = decisionCommands.remove;
/** `(ctx, meetingId, decisionId, raw)` with `direction` up or down. */
export const moveDecision = decisionCommands.move;
