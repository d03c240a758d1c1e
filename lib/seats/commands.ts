import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, seats, seatTerms } from "@/db/schema";
import { command, conflict, invalid, notFound } from "../command";
import { insertRecord, versionedUpdate, recordEvent } from "../record-writes";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail, type Failure, type FieldErrors } from "../result";
import {
  seatArchiveSchema,
  seatInputSchema,
  seatUpdateSchema,
  termInputSchema,
  termUpdateSchema,
  type SeatInput,
  type TermInput,
} from "./schema";
import { checkTerm, closeTerm, type ClosedTerm } from "./term-rules";
import { checkNetworkAndBody } from "../networks/references";
import { readSeat } from "./record";

// ---------------------------------------------------------------------------------------------
// Audit snapshots: flat objects with labels rather than ids (the history viewer shows them as
// they are, so these keys are a contract).

async function seatSnapshot(tx: Db, id: string) {
  const row = await readSeat(tx, id);
  if (!row) return null;
  return {
    title: row.seat.title,
    kind: row.seat.kind,
    network: row.networkName,
    body: row.bodyName ?? null,
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
  await checkNetworkAndBody(tx, fieldErrors, input.networkId, input.bodyId);
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
}

export const createSeat = command({
  action: "seat.manage",
  schema: seatInputSchema,
  run: async ({ tx, audit }, input) => {
    await checkSeatReferences(tx, input);
    const createdId = await insertRecord(tx, seats, seatColumns(input));
    await audit(recordEvent("seat", "create", createdId, await seatSnapshot(tx, createdId)));
    return { id: createdId };
  },
});

export const updateSeat = command({
  action: "seat.manage",
  schema: seatUpdateSchema,
  run: async ({ tx, audit }, { version, ...input }, id: string) => {
    const before = await seatSnapshot(tx, id);
    if (!before) throw notFound();
    await checkSeatReferences(tx, input);
    const updated = await versionedUpdate(tx, seats, id, version, seatColumns(input));
    await audit(recordEvent("seat", "update", id, await seatSnapshot(tx, id), before));
    return updated;
  },
});

/**
 * Archiving takes a seat out of the lists (a role the network abolished, a record entered by
 * mistake) and keeps its terms and history; restoring brings it back.
 */
const archiveCommand = (archived: boolean) =>
  command({
    action: "seat.manage",
    schema: seatArchiveSchema,
    run: async ({ tx, audit }, { version }, id: string) => {
      const before = await seatSnapshot(tx, id);
      if (!before) throw notFound();
      const updated = await versionedUpdate(tx, seats, id, version, {
        archivedAt: archived ? sql`coalesce(${seats.archivedAt}, now())` : null,
      });
      await audit(
        recordEvent("seat", archived ? "archive" : "restore", id, await seatSnapshot(tx, id), before),
      );
      return updated;
    },
  });

export const archiveSeat = archiveCommand(true);
export const restoreSeat = archiveCommand(false);

// ---------------------------------------------------------------------------------------------
// Terms

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
export const addTerm = command({
  action: "seat.manage",
  schema: termInputSchema,
  onConstraint: termConstraint,
  run: async ({ tx, audit }, input, seatId: string) => {
    const { close } = await checkTerm(tx, seatId, input);
    const closedTerm = close ? await closeTerm(tx, close) : null;
    const createdId = await insertRecord(tx, seatTerms, { seatId, ...termColumns(input) });
    await audit({
      action: "seat_term.create",
      entityType: "seat_term",
      entityId: createdId,
      after: await termSnapshot(tx, createdId),
      metadata: closedTerm ? { seatId, closedTerm } : { seatId },
    });
    return { id: createdId, seatId, closedTerm };
  },
});

/** Edits a term; making it active closes the seat's other active term, as adding one does. */
export const updateTerm = command({
  action: "seat.manage",
  schema: termUpdateSchema,
  onConstraint: termConstraint,
  run: async ({ tx, audit }, { version, ...input }, termId: string) => {
    const [existing] = await tx
      .select({ seatId: seatTerms.seatId, version: seatTerms.version })
      .from(seatTerms)
      .where(eq(seatTerms.id, termId))
      .limit(1);
    if (!existing) throw notFound();
    // A stale form is a conflict before anything else: its dates were judged against terms
    // that may have changed since.
    if (existing.version !== version) throw conflict();
    const { seatId } = existing;
    const { close } = await checkTerm(tx, seatId, input, termId);
    const before = await termSnapshot(tx, termId);
    const closedTerm: ClosedTerm | null = close ? await closeTerm(tx, close) : null;
    // Zero rows: someone saved a newer version (the closing above is rolled back with it).
    const updated = await versionedUpdate(tx, seatTerms, termId, version, { ...termColumns(input) });
    await audit({
      action: "seat_term.update",
      entityType: "seat_term",
      entityId: termId,
      before,
      after: await termSnapshot(tx, termId),
      metadata: closedTerm ? { seatId, closedTerm } : { seatId },
    });
    return { id: termId, seatId, version: updated.version, closedTerm };
  },
});
