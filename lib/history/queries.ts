import "server-only";
import { and, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { auditEvents, seatTerms, users } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import { isUuid } from "../validation/fields";
import type { Ctx } from "../context";
import { describer, type ChangeMode, type HistoryChange } from "./describe";

/** Record types whose pages show a change history. */
export const HISTORY_ENTITY_TYPES = [
  "network",
  "body",
  "seat",
  "seat_term",
  "thematic_area",
  "commitment",
  "meeting",
  "person",
  "department",
  "assignment",
] as const;
export type HistoryEntityType = (typeof HISTORY_ENTITY_TYPES)[number];

export interface HistoryEntry {
  id: number;
  occurredAt: Date;
  /** The actor's current name, else the e-mail recorded with the event, else "Sistema". */
  actor: string;
  action: string;
  actionLabel: string;
  mode: ChangeMode;
  changes: HistoryChange[];
  notes: string[];
}

export interface RecordHistory {
  /** Newest first. */
  entries: HistoryEntry[];
  /** True when older events exist beyond `limit`. */
  hasMore: boolean;
}

export const HISTORY_DEFAULT_LIMIT = 20;

/** The actor of an event as a reader knows them. */
export function actorName(row: { actorName: string | null; actorEmail: string | null }): string {
  return row.actorName ?? row.actorEmail ?? describer().systemName();
}

/**
 * An audit event as the history, the audit log and its export read it: what `describer()`
 * needs to put it in words, and the acting user's current name for `actorName` (select from
 * audit_events left-joined with users on actor_user_id; an account may be gone).
 */
export const describedEventFields = {
  id: auditEvents.id,
  occurredAt: auditEvents.occurredAt,
  actorEmail: auditEvents.actorEmail,
  actorName: users.name,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  before: auditEvents.before,
  after: auditEvents.after,
  metadata: auditEvents.metadata,
};

/** Who did what and when, as a line of the audit log and of its export begins. */
export function eventHeading(
  row: { id: number; occurredAt: Date; action: string } & Parameters<typeof actorName>[0],
  actionLabel: string,
) {
  return {
    id: Number(row.id),
    occurredAt: row.occurredAt,
    actor: actorName(row),
    actorEmail: row.actorEmail,
    action: row.action,
    actionLabel,
  };
}

/** Records logged inside a meeting; their events carry metadata.meetingId (lib/meetings/log/). */
export const MEETING_CHILD_TYPES = ["agenda_item", "delegation_member", "decision"] as const;

/**
 * Which audit events belong to a record's history: its own, and for a seat also those of its
 * terms (a seat's holders over time are its story; terms have no page of their own for readers).
 * Both arms use the (entity_type, entity_id, id) index (the seat's term ids are read first). A meeting's history also holds the
 * events of its agenda items, delegation and decisions — deleted ones too — found by
 * metadata.meetingId on the audit_events_meeting_idx expression index.
 */
function eventsOf(entityType: string, entityId: string, termIds: string[]): SQL | undefined {
  const own = and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId));
  if (entityType === "meeting" && isUuid(entityId)) {
    return or(
      own,
      and(
        sql`(${auditEvents.metadata} ->> 'meetingId') = ${entityId}`,
        inArray(auditEvents.entityType, [...MEETING_CHILD_TYPES]),
      ),
    );
  }
  if (entityType !== "seat" || !termIds.length) return own;
  // The terms' ids as a list, not a subquery: with `IN (subquery)` inside the OR the planner
  // walks the whole log backwards by id and filters it (hundreds of milliseconds on a large
  // log); with a list both arms are index lookups, merged and sorted.
  return or(own, and(eq(auditEvents.entityType, "seat_term"), inArray(auditEvents.entityId, termIds)));
}

/**
 * The change history of one record, newest first, in words. One query (audit events joined
 * with their actors) on the (entity_type, entity_id, id) index.
 */
export async function recordHistory(
  ctx: Ctx,
  entityType: HistoryEntityType | string,
  entityId: string,
  { limit = HISTORY_DEFAULT_LIMIT }: { limit?: number } = {},
): Promise<RecordHistory> {
  assertCan(ctx.actor, "history.read");
  const size = Math.min(Math.max(1, Math.trunc(limit)), 500);
  const termIds =
    entityType === "seat" && isUuid(entityId)
      ? (await ctx.db.select({ id: seatTerms.id }).from(seatTerms).where(eq(seatTerms.seatId, entityId))).map(
          (term) => term.id,
        )
      : [];
  const rows = await ctx.db
    .select(describedEventFields)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(eventsOf(entityType, entityId, termIds))
    .orderBy(desc(auditEvents.id))
    .limit(size + 1);

  const { describe, recordName } = describer();
  /** In a meeting's history, a row's event names the row ("… «Apertura»"): the meeting has many. */
  const subject = (row: (typeof rows)[number]) => {
    if (!(MEETING_CHILD_TYPES as readonly (string | null)[]).includes(row.entityType)) return null;
    return recordName(row);
  };
  return {
    entries: rows.slice(0, size).map((row) => {
      const described = describe(row);
      const name = subject(row);
      if (name) described.actionLabel = `${described.actionLabel}: ${name}`;
      return {
        id: Number(row.id),
        occurredAt: row.occurredAt,
        actor: actorName(row),
        action: row.action,
        actionLabel: described.actionLabel,
        mode: described.mode,
        changes: described.changes,
        notes: described.notes,
      };
    }),
    hasMore: rows.length > size,
  };
}
