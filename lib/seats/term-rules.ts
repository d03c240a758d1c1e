import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, seats, seatTerms } from "@/db/schema";
import type { TermStatus } from "@/db/schema/values";
import { invalid, notFound } from "../command";
import { addDays } from "../dates";
import type { FieldErrors } from "../result";
import type { TermInput } from "./schema";
import { checkReference } from "../record-reads";
import { versionedUpdate } from "../record-writes";
import { termsOf, type TermDetail } from "./record";

// The rules of a seat's terms, shared by adding and editing a term (lib/seats/commands.ts).

/** The previous active term as a term write left it, for the audit event and the user. */
export interface ClosedTerm {
  holder: string;
  startsOn: string;
  endsOn: string;
}

type ExistingTerm = TermDetail;

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
 * - an active term (the seat's latest held term, the one a renewal follows) takes that mark
 *   from the previous one and gives it an end on the day before its own start when it had no
 *   end or a later one; it may not start on or before the previous start. Only the mark moves
 *   early: a renewal recorded ahead of time leaves the running term current until its last
 *   day, because whether a term is current is judged on its dates (term-state.ts);
 * - occupied terms (active/ended) of one seat may not overlap.
 * Returns the term to close, if any; throws a VALIDATION failure and writes nothing otherwise.
 */
export async function checkTerm(
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
  if (!seat) throw notFound();
  // An archived seat keeps its terms as history; it takes no new ones until restored.
  if (seat.archivedAt !== null) throw invalid({ _form: ["seatArchived"] });

  const fieldErrors: FieldErrors = {};
  await checkReference(tx, fieldErrors, "holderPersonId", people, input.holderPersonId, "unknownPerson");

  const others = (await termsOf(tx, seatId)).filter((t) => t.id !== exceptTermId);

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
export async function closeTerm(tx: Db, term: ExistingTerm & { endsOn: string }): Promise<ClosedTerm> {
  await versionedUpdate(tx, seatTerms, term.id, term.version, {
    status: "ended",
    endsOn: term.endsOn,
  });
  return { holder: term.holder.name, startsOn: term.startsOn, endsOn: term.endsOn };
}
