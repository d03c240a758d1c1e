import "server-only";
import { bodies, seats, seatTerms } from "@/db/schema";
import type { Db } from "@/db/client";
import { SEAT_KINDS, type TermStatus } from "@/db/schema/values";
import enumsCatalog from "@/messages/es-AR/enums.json";
import { isUuid } from "../../validation/fields";
import type { MappedRow } from "../definition";
import { networkIndex, personIndex } from "../lookups";
import { nameIndex, type RowReader } from "../row-reader";
import { nameKey } from "../writes";

// The first pass of the seats import (tables/seats.ts): every row read, its seat found (or
// named for creation) and its term found, and the rows that name the same seat grouped — before
// anything is written, so a seat's terms can be written in the order of their dates whatever
// the order of the file's rows.

export type SeatRecord = typeof seats.$inferSelect;
export type TermRecord = typeof seatTerms.$inferSelect;
export type Form = Record<string, unknown>;

export interface Lookups {
  network: (text: string) => string[];
  body: (text: string) => string[];
  bodyNetwork: Map<string, string>;
  person: (text: string) => string[];
  seatById: Map<string, SeatRecord>;
  seatsByKey: Map<string, SeatRecord[]>;
  termsBySeat: Map<string, TermRecord[]>;
}

/** A seat's natural key: its network, its body and its title (case and accents aside). */
const seatKey = (networkId: string, bodyId: string, title: string) =>
  `${networkId}/${bodyId}/${nameKey(title)}`;

/** The seat as its form would submit it now (what an update keeps of the columns not in the file). */
export const seatForm = (s: SeatRecord): Form => ({
  title: s.title,
  kind: s.kind,
  networkId: s.networkId,
  bodyId: s.bodyId ?? "",
  renewal: s.renewal ?? "",
  notes: s.notes ?? "",
});

/** The term as its form would submit it now. */
export const termForm = (t: TermRecord): Form => ({
  holderPersonId: t.holderPersonId,
  startsOn: t.startsOn,
  endsOn: t.endsOn ?? "",
  status: t.status,
  notes: t.notes ?? "",
});

/** Seat form field → import field (for the commands' field errors and the grouping's). */
export const SEAT_FIELD_OF: Record<string, string> = {
  title: "title",
  kind: "kind",
  networkId: "network",
  bodyId: "body",
};

export async function loadSeatLookups(tx: Db): Promise<Lookups> {
  const [network, bodyRows, person, seatRows, termRows] = await Promise.all([
    networkIndex(tx),
    tx.select({ id: bodies.id, name: bodies.name, networkId: bodies.networkId }).from(bodies),
    personIndex(tx),
    tx.select().from(seats),
    tx.select().from(seatTerms),
  ]);
  const seatsByKey = new Map<string, SeatRecord[]>();
  for (const s of seatRows) {
    const key = seatKey(s.networkId, s.bodyId ?? "", s.title);
    seatsByKey.set(key, [...(seatsByKey.get(key) ?? []), s]);
  }
  const termsBySeat = new Map<string, TermRecord[]>();
  for (const t of termRows) termsBySeat.set(t.seatId, [...(termsBySeat.get(t.seatId) ?? []), t]);
  return {
    network,
    body: nameIndex(
      bodyRows,
      (b) => b.id,
      (b) => [b.name],
    ),
    bodyNetwork: new Map(bodyRows.map((b) => [b.id, b.networkId])),
    person,
    seatById: new Map(seatRows.map((s) => [s.id, s])),
    seatsByKey,
    termsBySeat,
  };
}

/** One row as read: its seat (found or to create), its group, and its term if it names one. */
export interface SeatRowPlan {
  index: number;
  line: number;
  reader: RowReader;
  /** The seat of the database the row names, if any. */
  seat: SeatRecord | null;
  /** The rows naming one seat share it: the seat's id, or its natural key for a new seat. */
  group: string | null;
  seatForm: Form;
  term: { holderPersonId: string; startsOn: string; endsOn: string } | null;
  /** The term of the database with the same holder and start, if any. */
  existingTerm: TermRecord | null;
  /** A new term's stored status: the seat's latest held term is the active one (term-rules.ts). */
  newStatus: TermStatus;
}

/** A body by name within the row's network; a body of another network is an error of its own. */
function readBody(reader: RowReader, networkId: string, lookups: Lookups): string {
  const text = reader.text("body");
  if (!text || !networkId) return "";
  const named = lookups.body(text);
  const inNetwork = named.filter((id) => lookups.bodyNetwork.get(id) === networkId);
  if (named.length && !inNetwork.length) {
    reader.error("body", "bodyOfOtherNetwork", { value: text });
    return "";
  }
  return reader.reference("body", "Body", () => inNetwork);
}

/** The seat a row names: by the id column when the file has it, else by its natural key. */
function matchSeat(reader: RowReader, lookups: Lookups, key: string | null): SeatRecord | null {
  const idText = reader.text("id");
  if (idText) {
    const seat = isUuid(idText.toLowerCase()) ? lookups.seatById.get(idText.toLowerCase()) : undefined;
    if (!seat) reader.error("id", "unknownRecordId", { value: idText });
    return seat ?? null;
  }
  const candidates = key ? (lookups.seatsByKey.get(key) ?? []) : [];
  if (candidates.length > 1)
    reader.error("title", "ambiguousRecord", { value: reader.text("title") ?? "", count: candidates.length });
  return candidates.length === 1 ? candidates[0]! : null;
}

function readRow(index: number, reader: RowReader, lookups: Lookups): Omit<SeatRowPlan, "newStatus"> {
  const networkId = reader.has("network") ? reader.reference("network", "Network", lookups.network) : "";
  const bodyId = readBody(reader, networkId, lookups);
  const title = reader.text("title") ?? "";
  const key = networkId && title ? seatKey(networkId, bodyId, title) : null;
  const seat = matchSeat(reader, lookups, key);
  const form: Form = seat
    ? seatForm(seat)
    : { title: "", kind: "", networkId: "", bodyId: "", renewal: "", notes: "" };
  if (reader.has("title")) form.title = title;
  if (reader.has("network")) form.networkId = networkId;
  if (reader.has("body")) form.bodyId = bodyId;
  if (reader.has("kind")) form.kind = reader.option("kind", SEAT_KINDS, enumsCatalog.seatKind);

  const named = ["holder", "startsOn", "endsOn"].some((f) => reader.text(f) !== null);
  const term = named
    ? {
        holderPersonId: reader.reference("holder", "Person", lookups.person),
        startsOn: reader.date("startsOn"),
        endsOn: reader.date("endsOn"),
      }
    : null;
  const existingTerm =
    (seat &&
      term &&
      lookups.termsBySeat
        .get(seat.id)
        ?.find((t) => t.holderPersonId === term.holderPersonId && t.startsOn === term.startsOn)) ||
    null;
  return {
    index,
    line: reader.row.line,
    reader,
    seat,
    group: seat?.id ?? key,
    seatForm: form,
    term,
    existingTerm,
  };
}

/**
 * Reads every row and checks what only the whole file shows: rows of one seat that disagree on
 * the seat's columns, and a term (holder and start) named twice. Each new term's status follows
 * from the seat's other terms, in the database and in the file: the one that starts last is the
 * seat's active term, the earlier ones ended.
 */
export function planSeatRows(
  rows: readonly MappedRow[],
  readerOf: (row: MappedRow) => RowReader,
  lookups: Lookups,
): SeatRowPlan[] {
  const plans = rows.map((row, i) => readRow(i, readerOf(row), lookups));
  const firstOfGroup = new Map<string, Omit<SeatRowPlan, "newStatus">>();
  const termLines = new Map<string, number>();
  const latestStart = new Map<string, string>();
  const later = (group: string, startsOn: string) => {
    if (startsOn > (latestStart.get(group) ?? "")) latestStart.set(group, startsOn);
  };
  for (const plan of plans) {
    if (plan.group === null) continue;
    const first = firstOfGroup.get(plan.group);
    if (!first) {
      firstOfGroup.set(plan.group, plan);
      for (const t of plan.seat ? (lookups.termsBySeat.get(plan.seat.id) ?? []) : [])
        if (t.status !== "candidate") later(plan.group, t.startsOn);
    } else {
      // The seat is written as its group's first row gives it (whichever row is written
      // first): the others may only spell its title otherwise (case and accents).
      const differs = Object.keys(SEAT_FIELD_OF).find((f) =>
        f === "title"
          ? nameKey(String(plan.seatForm.title)) !== nameKey(String(first.seatForm.title))
          : plan.seatForm[f] !== first.seatForm[f],
      );
      if (differs) plan.reader.error(SEAT_FIELD_OF[differs]!, "seatRowsDiffer", { line: first.line });
      plan.seatForm = first.seatForm;
    }
    if (!plan.term?.holderPersonId || !plan.term.startsOn) continue;
    const termKey = `${plan.group}|${plan.term.holderPersonId}|${plan.term.startsOn}`;
    const earlier = termLines.get(termKey);
    if (earlier !== undefined) plan.reader.error("holder", "duplicateRecord", { line: earlier });
    else termLines.set(termKey, plan.line);
    later(plan.group, plan.term.startsOn);
  }
  return plans.map((plan) => ({
    ...plan,
    newStatus:
      plan.group !== null && plan.term && plan.term.startsOn < (latestStart.get(plan.group) ?? "")
        ? "ended"
        : "active",
  }));
}
