import "server-only";
import { asc, desc, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bodies, networks, people, seats, seatTerms } from "@/db/schema";
import type { SeatKind, TermStatus } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { firstRow } from "../record-reads";
import { ref } from "../refs";
import { isUuid } from "../validation/fields";
import { termUrgency } from "./current-term";
import { termState, type TermState } from "./term-state";
import { networkChoices } from "../networks/references";

export interface TermDetail {
  id: string;
  holder: { id: string; name: string };
  startsOn: string;
  endsOn: string | null;
  status: TermStatus;
  notes: string | null;
  version: number;
}

export interface SeatDetail {
  id: string;
  title: string;
  kind: SeatKind;
  network: { id: string; name: string; archived: boolean };
  body: { id: string; name: string } | null;
  renewal: string | null;
  notes: string | null;
  archived: boolean;
  version: number;
  /** The term current today, else the next to start, else the latest; null when no term is recorded. */
  current: (SeatTerm & { daysLeft: number | null; endingSoon: boolean }) | null;
  /** Every term, newest first: the seat's holders over time. */
  terms: SeatTerm[];
}

/** A term with its state today (Vigente, Próximo, Finalizado, Candidatura). */
export type SeatTerm = TermDetail & { state: TermState };

/** The term a seat shows: current today, else the next to start, else the latest (terms newest first). */
export function shownTerm(terms: SeatTerm[]): SeatTerm | null {
  return (
    terms.find((t) => t.state === "current") ??
    terms.findLast((t) => t.state === "upcoming") ??
    terms[0] ??
    null
  );
}

/** A seat's terms with their holders, newest first (its page, and the term rules of a write). */
export async function termsOf(db: Db, seatId: string): Promise<TermDetail[]> {
  const rows = await db
    .select({
      id: seatTerms.id,
      holderId: people.id,
      holderName: people.fullName,
      startsOn: seatTerms.startsOn,
      endsOn: seatTerms.endsOn,
      status: seatTerms.status,
      notes: seatTerms.notes,
      version: seatTerms.version,
    })
    .from(seatTerms)
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .where(eq(seatTerms.seatId, seatId))
    .orderBy(desc(seatTerms.startsOn), desc(seatTerms.id));
  return rows.map(({ holderId, holderName, ...t }) => ({ ...t, holder: { id: holderId, name: holderName } }));
}

/** One seat with its network's and body's names: its page and its audit snapshot. */
export function readSeat(db: Db, id: string) {
  return firstRow(
    db
      .select({
        seat: seats,
        networkName: networks.name,
        networkArchivedAt: networks.archivedAt,
        bodyName: bodies.name,
      })
      .from(seats)
      .innerJoin(networks, eq(networks.id, seats.networkId))
      .leftJoin(bodies, eq(bodies.id, seats.bodyId))
      .where(eq(seats.id, id)),
  );
}

export async function getSeat(
  ctx: Ctx,
  id: string,
  today: string = todayInBuenosAires(),
): Promise<SeatDetail | null> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(id)) return null;
  const row = await readSeat(ctx.db, id);
  if (!row) return null;
  const terms = (await termsOf(ctx.db, id)).map((t) => ({ ...t, state: termState(t, today) }));
  const current = shownTerm(terms);
  const s = row.seat;
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    network: { id: s.networkId, name: row.networkName, archived: row.networkArchivedAt !== null },
    body: ref(s.bodyId, row.bodyName),
    renewal: s.renewal,
    notes: s.notes,
    archived: s.archivedAt !== null,
    version: s.version,
    current: current
      ? { ...current, ...termUrgency({ termStatus: current.status, endsOn: current.endsOn }, today) }
      : null,
    terms,
  };
}

/** One term of one seat (for its edit form); null when either does not exist or they do not match. */
export async function getTerm(ctx: Ctx, seatId: string, termId: string): Promise<TermDetail | null> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(seatId) || !isUuid(termId)) return null;
  const terms = await termsOf(ctx.db, seatId);
  return terms.find((t) => t.id === termId) ?? null;
}

export interface SeatFormOptions {
  networks: { id: string; name: string }[];
  /** Bodies with their network, so the form offers only those of the chosen network. */
  bodies: { id: string; name: string; networkId: string }[];
}

/**
 * Options for the seat form's pickers: networks and bodies not archived, plus the ones the
 * edited seat already points at (so editing never silently drops them).
 */
export async function seatFormOptions(
  ctx: Ctx,
  keep: { networkId?: string; bodyId?: string } = {},
): Promise<SeatFormOptions> {
  assertCan(ctx.actor, "network.read");
  const keepBody = keep.bodyId && isUuid(keep.bodyId) ? eq(bodies.id, keep.bodyId) : undefined;
  const [networkRows, bodyRows] = await Promise.all([
    networkChoices(ctx.db, keep.networkId),
    ctx.db
      .select({ id: bodies.id, name: bodies.name, networkId: bodies.networkId })
      .from(bodies)
      .where(or(isNull(bodies.archivedAt), keepBody))
      .orderBy(asc(sql`lower(${bodies.name})`)),
  ]);
  return { networks: networkRows, bodies: bodyRows };
}
