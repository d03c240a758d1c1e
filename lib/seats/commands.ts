import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bodies, networks, people, seats, seatTerms } from "@/db/schema";
import type { TermStatus } from "@/db/schema/values";
import { recordAudit } from "../audit";
import { denied } from "../auth/authorize";
import type { Ctx } from "../context";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail, ResultError, type Failure, type FieldErrors, type Result } from "../result";
import { isUuid } from "../validation/fields";
import { formDataToObject, toFieldErrors } from "../validation/form-data";
import { runWrite } from "../write";
import { addDays } from "../dates";
import {
  seatArchiveSchema,
  seatInputSchema,
  seatUpdateSchema,
  termInputSchema,
  termUpdateSchema,
  type SeatInput,
  type TermInput,
} from "./schema";

const parseForm = (raw: FormData | Record<string, unknown>) =>
  raw instanceof FormData ? formDataToObject(raw) : raw;

const invalid = (fieldErrors: FieldErrors) => new ResultError(fail("VALIDATION", fieldErrors));

// ---------------------------------------------------------------------------------------------
// Audit snapshots: flat objects with labels rather than ids (the history viewer shows them as
// they are, so these keys are a contract).

async function seatSnapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({ seat: seats, network: networks.name, body: bodies.name })
    .from(seats)
    .innerJoin(networks, eq(networks.id, seats.networkId))
    .leftJoin(bodies, eq(bodies.id, seats.bodyId))
    .where(eq(seats.id, id))
    .limit(1);
  if (!row) return null;
  return {
    title: row.seat.title,
    kind: row.seat.kind,
    network: row.network,
    body: row.body ?? null,
    renewal: row.seat.renewal,
    notes: row.seat.notes,
    archived: row.seat.archivedAt !== null,
    version: row.seat.version,
  };
}

async function termSnapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({ term: seatTerms, seat: seats.title, holder: people.fullName })
    .from(seatTerms)
    .innerJoin(seats, eq(seats.id, seatTerms.seatId))
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .where(eq(seatTerms.id, id))
    .limit(1);
  if (!row) return null;
  return {
    seat: row.seat,
    holder: row.holder,
    startsOn: row.term.startsOn,
    endsOn: row.term.endsOn,
    status: row.term.status,
    notes: row.term.notes,
    version: row.term.version,
  };
}

// ---------------------------------------------------------------------------------------------
// Seats

function seatColumns(input: SeatInput) {
  return {
    title: input.title,
    kind: input.kind,
    networkId: input.networkId,
    bodyId: input.bodyId ?? null,
    renewal: input.renewal ?? null,
    notes: input.notes ?? null,
  };
}

/** The network must exist, and the body (when given) must exist and belong to that network. */
async function checkSeatReferences(tx: Db, input: SeatInput) {
  const fieldErrors: FieldErrors = {};
  const [network] = await tx
    .select({ id: networks.id })
    .from(networks)
    .where(eq(networks.id, input.networkId))
    .limit(1);
  if (!network) fieldErrors.networkId = ["unknownNetwork"];
  if (input.bodyId) {
    const [body] = await tx
      .select({ networkId: bodies.networkId })
      .from(bodies)
      .where(eq(bodies.id, input.bodyId))
      .limit(1);
    if (!body) fieldErrors.bodyId = ["unknownBody"];
    else if (network && body.networkId !== input.networkId) fieldErrors.bodyId = ["bodyOfOtherNetwork"];
  }
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
}

export async function createSeat(
  ctx: Ctx,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "seat.manage");
  if (refusal) return refusal;
  const parsed = seatInputSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const input = parsed.data;

  return runWrite(ctx, async (tx) => {
    await checkSeatReferences(tx, input);
    const [created] = await tx.insert(seats).values(seatColumns(input)).returning({ id: seats.id });
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, ctx.actor, {
      action: "seat.create",
      entityType: "seat",
      entityId: created.id,
      after: await seatSnapshot(tx, created.id),
    });
    return { id: created.id };
  });
}

export async function updateSeat(
  ctx: Ctx,
  id: string,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string; version: number }>> {
  const refusal = denied(ctx.actor, "seat.manage");
  if (refusal) return refusal;
  const parsed = seatUpdateSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const { version, ...input } = parsed.data;
  if (!isUuid(id)) return fail("NOT_FOUND");

  return runWrite(ctx, async (tx) => {
    const before = await seatSnapshot(tx, id);
    if (!before) throw new ResultError(fail("NOT_FOUND"));
    await checkSeatReferences(tx, input);
    const [updated] = await tx
      .update(seats)
      .set({ ...seatColumns(input), version: sql`${seats.version} + 1`, updatedAt: new Date() })
      .where(and(eq(seats.id, id), eq(seats.version, version)))
      .returning({ id: seats.id, version: seats.version });
    // Zero rows: someone saved a newer version since this form was opened.
    if (!updated) throw new ResultError(fail("CONFLICT"));
    await recordAudit(tx, ctx.actor, {
      action: "seat.update",
      entityType: "seat",
      entityId: id,
      before,
      after: await seatSnapshot(tx, id),
    });
    return updated;
  });
}

/**
 * Archiving takes a seat out of the lists (a role the network abolished, a record entered by
 * mistake) and keeps its terms and history; restoring brings it back.
 */
async function setSeatArchived(
  ctx: Ctx,
  id: string,
  archived: boolean,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string; version: number }>> {
  const refusal = denied(ctx.actor, "seat.manage");
  if (refusal) return refusal;
  const parsed = seatArchiveSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(id)) return fail("NOT_FOUND");

  return runWrite(ctx, async (tx) => {
    const before = await seatSnapshot(tx, id);
    if (!before) throw new ResultError(fail("NOT_FOUND"));
    const [updated] = await tx
      .update(seats)
      .set({
        archivedAt: archived ? sql`coalesce(${seats.archivedAt}, now())` : null,
        version: sql`${seats.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(seats.id, id), eq(seats.version, parsed.data.version)))
      .returning({ id: seats.id, version: seats.version });
    if (!updated) throw new ResultError(fail("CONFLICT"));
    await recordAudit(tx, ctx.actor, {
      action: archived ? "seat.archive" : "seat.restore",
      entityType: "seat",
      entityId: id,
      before,
      after: await seatSnapshot(tx, id),
    });
    return updated;
  });
}

export const archiveSeat = (ctx: Ctx, id: string, raw: FormData | Record<string, unknown>) =>
  setSeatArchived(ctx, id, true, raw);

export const restoreSeat = (ctx: Ctx, id: string, raw: FormData | Record<string, unknown>) =>
  setSeatArchived(ctx, id, false, raw);

// ---------------------------------------------------------------------------------------------
// Terms

/** The previous active term as a term write left it, for the audit event and the user. */
export interface ClosedTerm {
  holder: string;
  startsOn: string;
  endsOn: string;
}

interface ExistingTerm {
  id: string;
  holder: string;
  startsOn: string;
  endsOn: string | null;
  status: TermStatus;
  version: number;
}

/** [start, end] ranges of calendar dates; an open end runs on indefinitely. */
type Range = { startsOn: string; endsOn?: string | null };
const overlaps = (a: Range, b: Range) =>
  a.startsOn <= (b.endsOn ?? "9999-12-31") && b.startsOn <= (a.endsOn ?? "9999-12-31");

/** Occupied terms (active or ended) hold the seat; a candidacy does not. */
const occupies = (status: TermStatus) => status !== "candidate";

/**
 * The rules shared by adding and editing a term, inside the write's transaction:
 * - the seat row is locked, so two writes on one seat's terms run one after the other and
 *   the overlap check below sees the other's result;
 * - the holder must exist;
 * - an active term closes the seat's previous active one (ended, on the day before the new
 *   start when it had no end or a later one), and may not start on or before its start;
 * - occupied terms (active/ended) of one seat may not overlap.
 * Returns the term to close, if any; throws a VALIDATION failure and writes nothing otherwise.
 */
async function checkTerm(
  tx: Db,
  seatId: string,
  input: TermInput,
  exceptTermId?: string,
): Promise<{ close: (ExistingTerm & { endsOn: string }) | null }> {
  const [seat] = await tx
    .select({ id: seats.id, archivedAt: seats.archivedAt })
    .from(seats)
    .where(eq(seats.id, seatId))
    .for("update");
  if (!seat) throw new ResultError(fail("NOT_FOUND"));
  // An archived seat keeps its terms as history; it takes no new ones until restored.
  if (seat.archivedAt !== null) throw invalid({ _form: ["seatArchived"] });

  const fieldErrors: FieldErrors = {};
  const [holder] = await tx
    .select({ id: people.id })
    .from(people)
    .where(eq(people.id, input.holderPersonId))
    .limit(1);
  if (!holder) fieldErrors.holderPersonId = ["unknownPerson"];

  const others: ExistingTerm[] = (
    await tx
      .select({
        id: seatTerms.id,
        holder: people.fullName,
        startsOn: seatTerms.startsOn,
        endsOn: seatTerms.endsOn,
        status: seatTerms.status,
        version: seatTerms.version,
      })
      .from(seatTerms)
      .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
      .where(eq(seatTerms.seatId, seatId))
      .orderBy(desc(seatTerms.startsOn))
  ).filter((t) => t.id !== exceptTermId);

  let close: (ExistingTerm & { endsOn: string }) | null = null;
  const previous = input.status === "active" ? others.find((t) => t.status === "active") : undefined;
  if (previous) {
    if (input.startsOn <= previous.startsOn) {
      fieldErrors.startsOn = ["startsBeforeActive"];
    } else {
      const dayBefore = addDays(input.startsOn, -1);
      const endsOn = previous.endsOn === null || previous.endsOn > dayBefore ? dayBefore : previous.endsOn;
      close = { ...previous, status: "ended", endsOn };
    }
  }

  if (occupies(input.status) && !fieldErrors.startsOn) {
    const clash = others
      .map((t) => (close && t.id === close.id ? close : t))
      .find((t) => occupies(t.status) && overlaps(input, t));
    // The error goes on the date that falls inside the other term.
    if (clash) fieldErrors[clash.startsOn <= input.startsOn ? "startsOn" : "endsOn"] = ["overlap"];
  }

  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
  return { close };
}

/** Ends the previous active term, as checkTerm decided. */
async function closeTerm(tx: Db, term: ExistingTerm & { endsOn: string }): Promise<ClosedTerm> {
  const [closed] = await tx
    .update(seatTerms)
    .set({
      status: "ended",
      endsOn: term.endsOn,
      version: sql`${seatTerms.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(seatTerms.id, term.id), eq(seatTerms.version, term.version)))
    .returning({ id: seatTerms.id });
  if (!closed) throw new ResultError(fail("CONFLICT"));
  return { holder: term.holder, startsOn: term.startsOn, endsOn: term.endsOn };
}

function termColumns(input: TermInput) {
  return {
    holderPersonId: input.holderPersonId,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    status: input.status,
    notes: input.notes ?? null,
  };
}

/** A concurrent write that slipped past the checks hits the database's own rules. */
const termConstraint = (constraint: string, code: string): Failure | undefined => {
  if (code === UNIQUE_VIOLATION && constraint === "seat_terms_one_active_uq")
    return fail("VALIDATION", { status: ["anotherActive"] });
  if (constraint === "seat_terms_end_after_start") return fail("VALIDATION", { endsOn: ["endBeforeStart"] });
  return undefined;
};

/**
 * Records a term of a seat. A new active term closes the seat's previous active term in the
 * same transaction, which leaves one audit event (the closing is in its metadata).
 */
export async function addTerm(
  ctx: Ctx,
  seatId: string,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string; seatId: string; closedTerm: ClosedTerm | null }>> {
  const refusal = denied(ctx.actor, "seat.manage");
  if (refusal) return refusal;
  const parsed = termInputSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const input = parsed.data;
  if (!isUuid(seatId)) return fail("NOT_FOUND");

  return runWrite(
    ctx,
    async (tx) => {
      const { close } = await checkTerm(tx, seatId, input);
      const closedTerm = close ? await closeTerm(tx, close) : null;
      const [created] = await tx
        .insert(seatTerms)
        .values({ seatId, ...termColumns(input) })
        .returning({ id: seatTerms.id });
      if (!created) throw new Error("insert returned no row");
      await recordAudit(tx, ctx.actor, {
        action: "seat_term.create",
        entityType: "seat_term",
        entityId: created.id,
        after: await termSnapshot(tx, created.id),
        metadata: closedTerm ? { seatId, closedTerm } : { seatId },
      });
      return { id: created.id, seatId, closedTerm };
    },
    termConstraint,
  );
}

/** Edits a term; making it active closes the seat's other active term, as adding one does. */
export async function updateTerm(
  ctx: Ctx,
  termId: string,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string; seatId: string; version: number; closedTerm: ClosedTerm | null }>> {
  const refusal = denied(ctx.actor, "seat.manage");
  if (refusal) return refusal;
  const parsed = termUpdateSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const { version, ...input } = parsed.data;
  if (!isUuid(termId)) return fail("NOT_FOUND");

  return runWrite(
    ctx,
    async (tx) => {
      const [existing] = await tx
        .select({ seatId: seatTerms.seatId, version: seatTerms.version })
        .from(seatTerms)
        .where(eq(seatTerms.id, termId))
        .limit(1);
      if (!existing) throw new ResultError(fail("NOT_FOUND"));
      // A stale form is a conflict before anything else: its dates were judged against terms
      // that may have changed since.
      if (existing.version !== version) throw new ResultError(fail("CONFLICT"));
      const { seatId } = existing;
      const { close } = await checkTerm(tx, seatId, input, termId);
      const before = await termSnapshot(tx, termId);
      const closedTerm = close ? await closeTerm(tx, close) : null;
      const [updated] = await tx
        .update(seatTerms)
        .set({ ...termColumns(input), version: sql`${seatTerms.version} + 1`, updatedAt: new Date() })
        .where(and(eq(seatTerms.id, termId), eq(seatTerms.version, version)))
        .returning({ id: seatTerms.id, version: seatTerms.version });
      // Zero rows: someone saved a newer version (the closing above is rolled back with it).
      if (!updated) throw new ResultError(fail("CONFLICT"));
      await recordAudit(tx, ctx.actor, {
        action: "seat_term.update",
        entityType: "seat_term",
        entityId: termId,
        before,
        after: await termSnapshot(tx, termId),
        metadata: closedTerm ? { seatId, closedTerm } : { seatId },
      });
      return { id: termId, seatId, version: updated.version, closedTerm };
    },
    termConstraint,
  );
}
