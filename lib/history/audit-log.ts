import "server-only";
import { and, asc, count, desc, eq, gt, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { auditEvents, seatTerms, users } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { DISPLAY_TIME_ZONE } from "../i18n/config";
import { isRealDate, isUuid } from "../validation/fields";
import { AUDIT_ENTITY_TYPES, describer, type ChangeMode, type HistoryChange } from "./describe";
import { describedEventFields, eventHeading } from "./queries";
import { addDays, zonedTimeToInstant } from "../dates";
import { defineUrlState, param } from "../list-params";
import type { SearchParams } from "../url";

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDate);
const cursor = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/**
 * The log viewer's state as it lives in the URL:
 * ?user=<user id>&type=<entity type>&record=<entity id>&action=<action>&from=&to=
 * (calendar days in Buenos Aires, both included) and the keyset cursor ?before=<id> (older
 * than) or ?after=<id> (newer than). Bad values fall back to "no filter" / the newest page.
 * The Spanish names of before (?usuario=&tipo=&registro=&accion=&desde=&hasta=&antes=
 * &despues=) are redirected once.
 */
export const auditLogState = defineUrlState({
  filters: {
    user: param.of(z.uuid()),
    type: param.of(z.enum(AUDIT_ENTITY_TYPES)),
    record: param.of(z.string().trim().min(1).max(200)),
    action: param.of(
      z
        .string()
        .trim()
        .max(80)
        .regex(/^[a-z_]+(\.[a-z_]+)+$/),
    ),
    from: param.of(day),
    to: param.of(day),
    before: param.of(cursor),
    after: param.of(cursor),
  },
  renamed: {
    usuario: "user",
    tipo: "type",
    registro: "record",
    accion: "action",
    desde: "from",
    hasta: "to",
    antes: "before",
    despues: "after",
  },
});

export const auditLogParamsSchema = auditLogState.schema.transform((p) => ({
  ...p,
  // A record id means nothing without its type (and only the pair is indexed).
  record: p.type ? p.record : undefined,
  // A reversed range is read the way it was meant.
  ...(p.from && p.to && p.to < p.from ? { from: p.to, to: p.from } : {}),
  after: p.before ? undefined : p.after,
}));

export type AuditLogParams = z.infer<typeof auditLogParamsSchema>;

export function parseAuditLogParams(searchParams: SearchParams) {
  return auditLogParamsSchema.parse(searchParams);
}

/** The filter part of the params (what a "newer"/"older" link keeps). */
export function auditLogFilters(params: AuditLogParams) {
  const { before: _before, after: _after, ...filters } = params;
  return filters;
}

/** The instant a calendar day (yyyy-mm-dd) begins in a time zone. */
export function startOfDay(isoDay: string, timeZone: string = DISPLAY_TIME_ZONE): Date {
  return zonedTimeToInstant(isoDay, "00:00", timeZone);
}

/** The log's filters as SQL (also used by the export, lib/export). */
export function filterSql(params: AuditLogParams): SQL[] {
  const where: SQL[] = [];
  if (params.user) where.push(eq(auditEvents.actorUserId, params.user));
  if (params.type) where.push(eq(auditEvents.entityType, params.type));
  if (params.record) where.push(eq(auditEvents.entityId, params.record));
  if (params.action) where.push(eq(auditEvents.action, params.action));
  const from = params.from ? startOfDay(params.from) : undefined;
  const to = params.to ? startOfDay(addDays(params.to, 1)) : undefined;
  if (from) where.push(gte(auditEvents.occurredAt, from));
  if (to) where.push(lt(auditEvents.occurredAt, to));
  return where;
}

/**
 * Up to this many matching events, a date-filtered page is read through the date index and
 * sorted (counting and sorting 50,000 index entries takes a few tens of milliseconds).
 */
const SMALL_RANGE = 50_000;

/**
 * Whether a date-filtered page should be read through occurred_at rather than down the
 * primary key. Ids and instants grow together, which the planner cannot know: for a short
 * range far from the newest events it may walk the key from the top and scan most of the
 * table. When the range holds few events (counted with a cap, through the date index),
 * ordering by `id + 0` takes the key's order off the table, so they are fetched by date and
 * sorted. Wider ranges keep the key walk, which finds a page quickly when matching events are
 * common. Both plans return the same rows; only the cost differs.
 */
async function readByDate(ctx: Ctx, params: AuditLogParams, filters: SQL[]): Promise<boolean> {
  if (!params.from && !params.to) return false;
  const capped = ctx.db
    .select({ one: sql`1`.as("one") })
    .from(auditEvents)
    .where(and(...filters))
    .limit(SMALL_RANGE + 1)
    .as("capped");
  const [row] = await ctx.db.select({ n: count() }).from(capped);
  return Number(row?.n ?? 0) <= SMALL_RANGE;
}

export interface AuditLogRow {
  id: number;
  occurredAt: Date;
  actor: string;
  actorEmail: string | null;
  action: string;
  actionLabel: string;
  entityType: string | null;
  entityTypeLabel: string | null;
  entityId: string | null;
  /** The record's name as the event recorded it (or the account, for sign-ins). */
  recordName: string | null;
  /** The record's page, when it has one. */
  href: string | null;
  mode: ChangeMode;
  changes: HistoryChange[];
  notes: string[];
}

export interface AuditLogPage {
  rows: AuditLogRow[];
  /** Cursor for "Más recientes" (?after=), when newer events match the filters. */
  newer: number | null;
  /** Cursor for "Más antiguos" (?before=), when older events match the filters. */
  older: number | null;
}

const RECORD_PAGES: Record<string, string> = {
  network: "/redes",
  body: "/organos",
  seat: "/cargos",
  meeting: "/reuniones",
  commitment: "/compromisos",
  person: "/personas",
  department: "/areas",
  assignment: "/asignaciones",
  user: "/admin/usuarios",
};

/**
 * One page of the audit log, newest first, by keyset on the id (never OFFSET): each page is
 * `id < cursor ORDER BY id DESC LIMIT 51` on an index that ends in id, so a page costs the
 * same at row 2,000,000 as at row 50. The 51st row only says whether another page exists.
 * A short date range is read through the date index instead (see readByDate).
 */
export async function auditLog(ctx: Ctx, params: AuditLogParams): Promise<AuditLogPage> {
  assertCan(ctx.actor, "audit.read");
  const subject = alias(users, "subject");
  const filters = filterSql(params);
  const sortKey = (await readByDate(ctx, params, filters)) ? sql`${auditEvents.id} + 0` : auditEvents.id;

  const page = (extra: SQL[], order: "asc" | "desc", limit: number) =>
    ctx.db
      .select({
        ...describedEventFields,
        subjectName: subject.name,
        subjectEmail: subject.email,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .leftJoin(
        subject,
        and(eq(auditEvents.entityType, "user"), eq(sql`${subject.id}::text`, auditEvents.entityId)),
      )
      .where(and(...filters, ...extra))
      .orderBy(order === "desc" ? desc(sortKey) : asc(sortKey))
      .limit(limit);
  /** Is there a matching event beyond this id? Ordered, so it walks the same index as a page. */
  const exists = async (direction: "older" | "newer", id: number) => {
    const [row] = await ctx.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(...filters, direction === "older" ? lt(auditEvents.id, id) : gt(auditEvents.id, id)))
      .orderBy(direction === "older" ? desc(sortKey) : asc(sortKey))
      .limit(1);
    return !!row;
  };

  let rows: Awaited<ReturnType<typeof page>>;
  let newer: number | null = null;
  let older: number | null = null;
  const fetched = params.after
    ? await page([gt(auditEvents.id, params.after)], "asc", AUDIT_PAGE_SIZE + 1)
    : null;
  if (fetched && fetched.length > AUDIT_PAGE_SIZE) {
    // Newer than the cursor, nearest first: the page just above it, and more above that.
    rows = fetched.slice(0, AUDIT_PAGE_SIZE).reverse();
    newer = Number(rows[0]!.id);
    older = (await exists("older", Number(rows.at(-1)!.id))) ? Number(rows.at(-1)!.id) : null;
  } else {
    // The newest page (also when "newer than" reaches the top), or the page below ?before=.
    const below = params.before ? [lt(auditEvents.id, params.before)] : [];
    const fetchedDesc = await page(below, "desc", AUDIT_PAGE_SIZE + 1);
    rows = fetchedDesc.slice(0, AUDIT_PAGE_SIZE);
    if (fetchedDesc.length > AUDIT_PAGE_SIZE) older = Number(rows.at(-1)!.id);
    if (params.before && rows.length && (await exists("newer", Number(rows[0]!.id)))) {
      newer = Number(rows[0]!.id);
    }
  }

  // A term's page is its seat's: one lookup for the terms on this page.
  const termIds = [
    ...new Set(
      rows
        .filter((r) => r.entityType === "seat_term" && r.entityId && isUuid(r.entityId))
        .map((r) => r.entityId!),
    ),
  ];
  const seatOfTerm = new Map<string, string>();
  if (termIds.length) {
    const terms = await ctx.db
      .select({ id: seatTerms.id, seatId: seatTerms.seatId })
      .from(seatTerms)
      .where(inArray(seatTerms.id, termIds));
    for (const term of terms) seatOfTerm.set(term.id, term.seatId);
  }

  const d = describer();
  return {
    newer,
    older,
    rows: rows.map((row) => {
      const described = d.describe(row);
      const metadata = (row.metadata ?? {}) as Record<string, unknown>;
      let href: string | null = null;
      if (row.entityType && row.entityId && isUuid(row.entityId)) {
        const base = RECORD_PAGES[row.entityType];
        if (base) href = `${base}/${row.entityId}`;
        else if (row.entityType === "seat_term") {
          const seatId =
            typeof metadata.seatId === "string" && isUuid(metadata.seatId)
              ? metadata.seatId
              : seatOfTerm.get(row.entityId);
          href = seatId ? `/cargos/${seatId}` : null;
        } else if (row.entityType === "thematic_area") href = "/areas-tematicas";
      }
      const subjectLabel = row.subjectName
        ? `${row.subjectName} (${row.subjectEmail})`
        : typeof metadata.email === "string"
          ? metadata.email
          : null;
      return {
        ...eventHeading(row, described.actionLabel),
        entityType: row.entityType,
        entityTypeLabel: row.entityType ? d.entityTypeLabel(row.entityType) : null,
        entityId: row.entityId,
        recordName: row.entityType === "user" ? subjectLabel : (d.recordName(row) ?? subjectLabel),
        href,
        mode: described.mode,
        changes: described.changes,
        notes: described.notes,
      };
    }),
  };
}

/** Users for the log's "Usuario" filter (every account, active or not). */
export async function auditLogUsers(ctx: Ctx): Promise<{ id: string; name: string; email: string }[]> {
  assertCan(ctx.actor, "audit.read");
  return ctx.db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .orderBy(asc(sql`lower(${users.name})`), asc(users.email));
}

/** The name of the record a log view is filtered to, for the "Solo el registro …" line. */
export async function auditRecordName(
  ctx: Ctx,
  entityType: string,
  entityId: string,
): Promise<string | null> {
  assertCan(ctx.actor, "audit.read");
  const [row] = await ctx.db
    .select({
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      before: auditEvents.before,
      after: auditEvents.after,
      metadata: auditEvents.metadata,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row ? describer().recordName(row) : null;
}
