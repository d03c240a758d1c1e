import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, bodies, networks, people, seats, seatTerms } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { recordHistory } from "@/lib/history/queries";
import { addDays } from "@/lib/dates";
import { addTerm, archiveSeat, createSeat, restoreSeat, updateSeat, updateTerm } from "@/lib/seats/commands";
import { parseSeatListParams } from "@/lib/seats/list-params";
import {
  countActiveSeatsByKind,
  getSeat,
  listSeats,
  networkSeats,
  networkSeatsPage,
  seatsEndingWithin,
  termsEndingSummary,
} from "@/lib/seats/queries";
import { seatTermsOf } from "@/lib/people/queries";
import { describeDatabases } from "../support/databases";
import { auditFor, countRows, createActors, ctxFor, expectOk } from "../support/fixtures";
import { UNKNOWN } from "../support/rows";

async function createNetwork(db: Db, name: string) {
  const [network] = await db.insert(networks).values({ name, kind: "regional" }).returning();
  return network!;
}

async function createBody(db: Db, networkId: string, name: string) {
  const [body] = await db.insert(bodies).values({ networkId, name, kind: "presidency" }).returning();
  return body!;
}

async function createPerson(db: Db, fullName: string) {
  const [person] = await db.insert(people).values({ fullName }).returning();
  return person!;
}

/** Row counts that a refused write must leave unchanged. */
const counts = (db: Db) => countRows(db, { seats, terms: seatTerms, audit: auditEvents });

const termsOf = (db: Db, seatId: string) =>
  db.select().from(seatTerms).where(eq(seatTerms.seatId, seatId)).orderBy(seatTerms.startsOn);

describeDatabases("seats and terms", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let ucci: { id: string; name: string };
  let other: { id: string; name: string };
  let copresidencia: { id: string; name: string };
  let otherBody: { id: string };
  let iriarte: { id: string; fullName: string };
  let benavidez: { id: string; fullName: string };
  let ocampo: { id: string; fullName: string };

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    ucci = await createNetwork(db, "Unión de Ciudades Capitales Iberoamericanas");
    other = await createNetwork(db, "Mercociudades");
    copresidencia = await createBody(db, ucci.id, "Co-presidencia");
    otherBody = await createBody(db, other.id, "Consejo");
    iriarte = await createPerson(db, "Martín Iriarte");
    benavidez = await createPerson(db, "Lucía Benavídez");
    ocampo = await createPerson(db, "Pablo Ocampo");
  });

  const seatForm = (overrides: Record<string, unknown> = {}) => ({
    title: "Co-presidencia (con Madrid)",
    kind: "political",
    networkId: ucci.id,
    bodyId: copresidencia.id,
    renewal: "Elección por la Asamblea General para el bienio.",
    notes: "",
    ...overrides,
  });

  const newSeat = async (overrides: Record<string, unknown> = {}) =>
    expectOk(await createSeat(ctxFor(getDb(), actors.coordinator), seatForm(overrides))).id;

  /** Adds a term to the seat as the coordinator and returns it; fails the test if refused. */
  const newTerm = async (
    seatId: string,
    holder: { id: string },
    status: string,
    startsOn: string,
    endsOn?: string,
    notes?: string,
  ) =>
    expectOk(
      await addTerm(ctxFor(getDb(), actors.coordinator), seatId, {
        holderPersonId: holder.id,
        startsOn,
        endsOn,
        status,
        notes,
      }),
    );

  describe("seats", () => {
    it("a coordinator creates a seat: one row and one audit event with labels, not ids", async () => {
      const db = getDb();
      const before = await counts(db);
      const id = await newSeat();
      expect(await counts(db)).toEqual({ ...before, seats: before.seats + 1, audit: before.audit + 1 });
      const events = await auditFor(db, id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: "seat.create",
        entityType: "seat",
        actorUserId: actors.coordinator.userId,
      });
      expect(events[0]?.after).toEqual({
        title: "Co-presidencia (con Madrid)",
        kind: "political",
        network: "Unión de Ciudades Capitales Iberoamericanas",
        body: "Co-presidencia",
        renewal: "Elección por la Asamblea General para el bienio.",
        notes: null,
        archived: false,
        version: 1,
      });
    });

    it("unknown network, unknown body and a body of another network are field errors that write nothing", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const before = await counts(db);
      expect(await createSeat(coordinator, seatForm({ networkId: UNKNOWN, bodyId: "" }))).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { networkId: ["unknownNetwork"] },
      });
      expect(await createSeat(coordinator, seatForm({ bodyId: UNKNOWN }))).toMatchObject({
        fieldErrors: { bodyId: ["unknownBody"] },
      });
      expect(await createSeat(coordinator, seatForm({ bodyId: otherBody.id }))).toMatchObject({
        fieldErrors: { bodyId: ["bodyOfOtherNetwork"] },
      });
      const blank = await createSeat(coordinator, { title: " ", kind: "royal", networkId: "" });
      expect(blank).toMatchObject({
        ok: false,
        fieldErrors: { title: ["required"], kind: ["invalidOption"], networkId: ["required"] },
      });
      expect(await counts(db)).toEqual(before);
    });

    it("an edit bumps the version and records before → after; a stale version is a conflict that changes nothing", async () => {
      const db = getDb();
      const id = await newSeat({ title: "Vocal" });
      const saved = await updateSeat(
        ctxFor(db, actors.admin),
        id,
        seatForm({ title: "Vocal titular", bodyId: "", version: "1" }),
      );
      expect(saved).toEqual({ ok: true, data: { id, version: 2 } });
      const events = await auditFor(db, id);
      expect(events.map((e) => e.action)).toEqual(["seat.create", "seat.update"]);
      expect(events[1]?.before).toMatchObject({ title: "Vocal", body: "Co-presidencia", version: 1 });
      expect(events[1]?.after).toMatchObject({ title: "Vocal titular", body: null, version: 2 });

      const [row] = await db.select().from(seats).where(eq(seats.id, id));
      const before = await counts(db);
      const stale = await updateSeat(
        ctxFor(db, actors.coordinator),
        id,
        seatForm({ title: "Vocal (otra pestaña)", version: "1" }),
      );
      expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
      const staleArchive = await archiveSeat(ctxFor(db, actors.coordinator), id, { version: 1 });
      expect(staleArchive).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(await counts(db)).toEqual(before);
      const [after] = await db.select().from(seats).where(eq(seats.id, id));
      expect(after).toEqual(row);
    });

    it("archive and restore are versioned, audited, and take the seat out of the lists and back", async () => {
      const db = getDb();
      const id = await newSeat({ title: "Cargo para archivar" });
      const coordinator = ctxFor(db, actors.coordinator);
      const inList = async () =>
        (await listSeats(coordinator, parseSeatListParams({ status: "all", q: "Cargo para archivar" })))
          .total;
      expect(await inList()).toBe(1);
      expect(await archiveSeat(coordinator, id, { version: 1 })).toEqual({
        ok: true,
        data: { id, version: 2 },
      });
      expect(await inList()).toBe(0);
      expect((await getSeat(coordinator, id))?.archived).toBe(true);
      // While archived it takes no new term, and nothing is written.
      const before = await counts(db);
      expect(
        await addTerm(coordinator, id, {
          holderPersonId: iriarte.id,
          startsOn: "2026-01-01",
          status: "active",
        }),
      ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { _form: ["seatArchived"] } });
      expect(await counts(db)).toEqual(before);
      expect(await restoreSeat(coordinator, id, { version: 2 })).toEqual({
        ok: true,
        data: { id, version: 3 },
      });
      expect(await inList()).toBe(1);
      const events = await auditFor(db, id);
      expect(events.map((e) => e.action)).toEqual(["seat.create", "seat.archive", "seat.restore"]);
      expect(events[1]?.after).toMatchObject({ archived: true, version: 2 });
    });
  });

  describe("terms", () => {
    it("a new active term closes the previous one (ended, the day before) in one write with one audit event", async () => {
      const db = getDb();
      const seatId = await newSeat();
      const first = await newTerm(seatId, iriarte, "active", "2025-11-06", "2027-11-06");
      expect(first.closedTerm).toBeNull();

      const before = await counts(db);
      const second = await newTerm(seatId, benavidez, "active", "2026-11-26", "", "Reemplazo por renuncia");
      expect(second.closedTerm).toEqual({
        holder: "Martín Iriarte",
        startsOn: "2025-11-06",
        endsOn: "2026-11-25",
      });
      expect(await counts(db)).toEqual({ ...before, terms: before.terms + 1, audit: before.audit + 1 });

      const terms = await termsOf(db, seatId);
      expect(terms.map((t) => [t.holderPersonId, t.startsOn, t.endsOn, t.status, t.version])).toEqual([
        [iriarte.id, "2025-11-06", "2026-11-25", "ended", 2],
        [benavidez.id, "2026-11-26", null, "active", 1],
      ]);

      const events = await auditFor(db, second.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: "seat_term.create", entityType: "seat_term" });
      expect(events[0]?.before).toBeNull();
      expect(events[0]?.after).toEqual({
        seat: "Co-presidencia (con Madrid)",
        holder: "Lucía Benavídez",
        startsOn: "2026-11-26",
        endsOn: null,
        status: "active",
        notes: "Reemplazo por renuncia",
        version: 1,
      });
      expect(events[0]?.metadata).toMatchObject({
        closedTerm: { holder: "Martín Iriarte", startsOn: "2025-11-06", endsOn: "2026-11-25" },
      });

      // The seat page lists both, newest first, and the new one is current.
      const seat = await getSeat(ctxFor(db, actors.viewer), seatId, "2026-11-26");
      expect(seat?.terms.map((t) => [t.holder.name, t.status])).toEqual([
        ["Lucía Benavídez", "active"],
        ["Martín Iriarte", "ended"],
      ]);
      expect(seat?.current?.holder.name).toBe("Lucía Benavídez");

      // The seat's history tells its holders over time: its own event and both terms', newest first.
      const history = await recordHistory(ctxFor(db, actors.technical), "seat", seatId);
      expect(history.entries.map((e) => e.action)).toEqual([
        "seat_term.create",
        "seat_term.create",
        "seat.create",
      ]);
      const newest = JSON.stringify(history.entries[0]);
      expect(newest).toContain("Lucía Benavídez");
      expect(newest).toContain("Martín Iriarte");
      expect(newest).not.toContain(benavidez.id);
    });

    it("a previous active term that already ended earlier keeps its end date when closed", async () => {
      const db = getDb();
      const seatId = await newSeat({ title: "Vocal del Consejo" });
      await newTerm(seatId, iriarte, "active", "2024-02-01", "2026-01-31");
      const added = await newTerm(seatId, ocampo, "active", "2026-03-01", "2028-02-29");
      expect(added.closedTerm).toEqual({
        holder: "Martín Iriarte",
        startsOn: "2024-02-01",
        endsOn: "2026-01-31",
      });
      const terms = await termsOf(db, seatId);
      expect(terms.map((t) => [t.endsOn, t.status])).toEqual([
        ["2026-01-31", "ended"],
        ["2028-02-29", "active"],
      ]);
    });

    it("overlapping terms, an end before the start, an unknown holder or an early start are field errors that write nothing", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const seatId = await newSeat({ title: "Secretaría Ejecutiva" });
      await newTerm(seatId, iriarte, "ended", "2022-01-01", "2023-12-31");
      const current = await newTerm(seatId, benavidez, "active", "2024-01-01");
      const termsBefore = await termsOf(db, seatId);
      const before = await counts(db);
      const term = (overrides: Record<string, unknown>) => ({
        holderPersonId: ocampo.id,
        startsOn: "2021-01-01",
        endsOn: "2021-12-31",
        status: "ended",
        ...overrides,
      });

      // Starts inside the 2022–2023 term.
      expect(
        await addTerm(coordinator, seatId, term({ startsOn: "2023-06-01", endsOn: "2023-08-01" })),
      ).toEqual({
        ok: false,
        code: "VALIDATION",
        message: "errors.VALIDATION",
        fieldErrors: { startsOn: ["overlap"] },
      });
      // Ends inside it.
      expect(await addTerm(coordinator, seatId, term({ endsOn: "2022-03-01" }))).toMatchObject({
        fieldErrors: { endsOn: ["overlap"] },
      });
      // An ended term may not reach into the current, open-ended one.
      expect(
        await addTerm(coordinator, seatId, term({ startsOn: "2030-01-01", endsOn: "2030-12-31" })),
      ).toMatchObject({ fieldErrors: { startsOn: ["overlap"] } });
      // A new active term may not start on or before the current one's start.
      expect(
        await addTerm(coordinator, seatId, term({ status: "active", startsOn: "2024-01-01", endsOn: "" })),
      ).toMatchObject({ fieldErrors: { startsOn: ["startsBeforeActive"] } });
      expect(
        await addTerm(coordinator, seatId, term({ startsOn: "2021-05-01", endsOn: "2021-04-30" })),
      ).toMatchObject({ fieldErrors: { endsOn: ["endBeforeStart"] } });
      expect(await addTerm(coordinator, seatId, term({ endsOn: "" }))).toMatchObject({
        fieldErrors: { endsOn: ["endedNeedsEnd"] },
      });
      expect(await addTerm(coordinator, seatId, term({ holderPersonId: UNKNOWN }))).toMatchObject({
        fieldErrors: { holderPersonId: ["unknownPerson"] },
      });
      expect(await addTerm(coordinator, UNKNOWN, term({}))).toMatchObject({ ok: false, code: "NOT_FOUND" });
      // Editing the current term back into the 2022–2023 one is refused the same way.
      expect(
        await updateTerm(coordinator, current.id, {
          holderPersonId: benavidez.id,
          startsOn: "2023-07-01",
          status: "active",
          version: 1,
        }),
      ).toMatchObject({ fieldErrors: { startsOn: ["overlap"] } });

      expect(await counts(db)).toEqual(before);
      expect(await termsOf(db, seatId)).toEqual(termsBefore);

      // Candidacies hold no seat: one may run alongside the current term.
      const candidacy = await addTerm(
        coordinator,
        seatId,
        term({ status: "candidate", startsOn: "2025-12-01", endsOn: "2027-11-30" }),
      );
      expect(candidacy.ok).toBe(true);
      // And a gap-free earlier term is accepted.
      expect((await addTerm(coordinator, seatId, term({}))).ok).toBe(true);
    });

    it("a term edit is versioned and audited; a stale version is a conflict that changes nothing", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const seatId = await newSeat({ title: "Vicepresidencia" });
      const { id } = await newTerm(seatId, iriarte, "active", "2025-01-01");
      const form = {
        holderPersonId: iriarte.id,
        startsOn: "2025-01-01",
        endsOn: "2026-12-31",
        status: "active",
      };
      expect(await updateTerm(coordinator, id, { ...form, version: 1 })).toEqual({
        ok: true,
        data: { id, seatId, version: 2, closedTerm: null },
      });
      const events = await auditFor(db, id);
      expect(events.map((e) => e.action)).toEqual(["seat_term.create", "seat_term.update"]);
      expect(events[1]?.before).toMatchObject({ holder: "Martín Iriarte", endsOn: null, version: 1 });
      expect(events[1]?.after).toMatchObject({ seat: "Vicepresidencia", endsOn: "2026-12-31", version: 2 });

      const before = await counts(db);
      const termsBefore = await termsOf(db, seatId);
      const stale = await updateTerm(ctxFor(db, actors.admin), id, {
        ...form,
        holderPersonId: ocampo.id,
        version: 1,
      });
      expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(await counts(db)).toEqual(before);
      expect(await termsOf(db, seatId)).toEqual(termsBefore);
      expect(await updateTerm(coordinator, UNKNOWN, { ...form, version: 1 })).toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("making a candidacy active closes the seat's active term, as adding one does", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const seatId = await newSeat({ title: "Presidencia pro tempore" });
      await newTerm(seatId, iriarte, "active", "2025-01-01");
      const { id } = await newTerm(seatId, ocampo, "candidate", "2026-12-01", "2027-11-30");
      const elected = expectOk(
        await updateTerm(coordinator, id, {
          holderPersonId: ocampo.id,
          startsOn: "2026-12-01",
          endsOn: "2027-11-30",
          status: "active",
          version: 1,
        }),
      );
      expect(elected.closedTerm).toEqual({
        holder: "Martín Iriarte",
        startsOn: "2025-01-01",
        endsOn: "2026-11-30",
      });
      const terms = await termsOf(db, seatId);
      expect(terms.map((t) => t.status)).toEqual(["ended", "active"]);
      const [event] = (await auditFor(db, id)).slice(-1);
      expect(event?.metadata).toMatchObject({ closedTerm: elected.closedTerm });
    });
  });

  it.each(["head", "technical", "viewer"] as const)(
    "a %s may read seats but not write them: FORBIDDEN, nothing written",
    async (role) => {
      const db = getDb();
      const seatId = await newSeat({ title: `Cargo visto por ${role}` });
      const { id: termId } = await newTerm(seatId, iriarte, "active", "2025-01-01");
      const ctx = ctxFor(db, actors[role]);
      const [seatRow] = await db.select().from(seats).where(eq(seats.id, seatId));
      const termsBefore = await termsOf(db, seatId);
      const before = await counts(db);

      expect(await createSeat(ctx, seatForm({ title: "Intento" }))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await updateSeat(ctx, seatId, seatForm({ title: "Cambio", version: 1 }))).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await archiveSeat(ctx, seatId, { version: 1 })).toMatchObject({ code: "FORBIDDEN" });
      expect(await restoreSeat(ctx, seatId, { version: 1 })).toMatchObject({ code: "FORBIDDEN" });
      expect(
        await addTerm(ctx, seatId, { holderPersonId: ocampo.id, startsOn: "2026-01-01", status: "active" }),
      ).toMatchObject({ code: "FORBIDDEN" });
      expect(
        await updateTerm(ctx, termId, {
          holderPersonId: ocampo.id,
          startsOn: "2025-01-01",
          status: "active",
          version: 1,
        }),
      ).toMatchObject({ code: "FORBIDDEN" });

      expect(await counts(db)).toEqual(before);
      const [seatAfter] = await db.select().from(seats).where(eq(seats.id, seatId));
      expect(seatAfter).toEqual(seatRow);
      expect(await termsOf(db, seatId)).toEqual(termsBefore);
      // Reading is allowed to every role.
      expect((await getSeat(ctx, seatId))?.terms).toHaveLength(1);
    },
  );

  describe("a renewal recorded ahead of time", () => {
    // The running term ends on 26/12/2026; the next one, recorded on 07/12, starts on 28/12.
    const RECORDED = "2026-12-07";
    let seatId: string;
    let netId: string;

    beforeAll(async () => {
      const db = getDb();
      netId = (await createNetwork(db, "Red de Renovaciones")).id;
      seatId = await newSeat({ title: "Renovación anticipada", networkId: netId, bodyId: "" });
      await newTerm(seatId, iriarte, "active", "2024-12-27", "2026-12-26");
      await newTerm(seatId, benavidez, "active", "2026-12-28", "2028-12-27");
    });

    const viewer = () => ctxFor(getDb(), actors.viewer);
    const listed = async (today: string, params: Record<string, string> = {}) =>
      (await listSeats(viewer(), parseSeatListParams({ network: netId, ...params }), today)).rows;

    it("leaves the running term's dates alone and keeps its holder current until its last day", async () => {
      const [running, next] = await termsOf(getDb(), seatId);
      expect(running).toMatchObject({ holderPersonId: iriarte.id, endsOn: "2026-12-26" });
      expect(next).toMatchObject({ holderPersonId: benavidez.id, startsOn: "2026-12-28" });

      for (const today of [RECORDED, "2026-12-26"]) {
        const seat = await getSeat(viewer(), seatId, today);
        expect(seat?.current).toMatchObject({ holder: { id: iriarte.id }, state: "current" });
        expect(seat?.terms.map((t) => [t.holder.name, t.state])).toEqual([
          [benavidez.fullName, "upcoming"],
          [iriarte.fullName, "current"],
        ]);
        // Lists: the default view (held today), every status, and the network page.
        expect(await listed(today)).toMatchObject([{ holder: iriarte.fullName, status: "current" }]);
        expect(await listed(today, { status: "all" })).toMatchObject([
          { holder: iriarte.fullName, status: "current" },
        ]);
        expect(await listed(today, { status: "upcoming" })).toEqual([]);
        expect(await listed(today, { status: "ended" })).toEqual([]);
        expect(await networkSeats(viewer(), netId, today)).toMatchObject([
          { holder: iriarte.fullName, status: "current", endsOn: "2026-12-26" },
        ]);
        // The person's page shows what each holds, and the panel's count of seats held.
        const heldHere = async (person: { id: string }) =>
          (await seatTermsOf(viewer(), { personId: person.id }, today))
            .filter((t) => t.seat.id === seatId)
            .map((t) => t.status);
        expect(await heldHere(iriarte)).toEqual(["current"]);
        expect(await heldHere(benavidez)).toEqual(["upcoming"]);
      }
    });

    it("the new holder takes over on the new term's first day, not before", async () => {
      // 27/12: the running term is over and the next has not started.
      const gap = await getSeat(viewer(), seatId, "2026-12-27");
      expect(gap?.current).toMatchObject({ holder: { id: benavidez.id }, state: "upcoming" });
      expect(await listed("2026-12-27")).toEqual([]);
      expect(await listed("2026-12-27", { status: "upcoming" })).toMatchObject([
        { holder: benavidez.fullName, status: "upcoming" },
      ]);

      const seat = await getSeat(viewer(), seatId, "2026-12-28");
      expect(seat?.current).toMatchObject({ holder: { id: benavidez.id }, state: "current" });
      expect(seat?.terms.map((t) => t.state)).toEqual(["current", "ended"]);
      expect(await listed("2026-12-28")).toMatchObject([{ holder: benavidez.fullName, status: "current" }]);
      expect(await listed("2026-12-28", { status: "all" })).toMatchObject([
        { holder: benavidez.fullName, status: "current" },
      ]);
    });

    it("counts the seat as held by the running holder in the panel's totals on every day", async () => {
      for (const today of [RECORDED, "2026-12-26", "2026-12-28"]) {
        const held = await listSeats(viewer(), parseSeatListParams({ kind: "political" }), today);
        expect((await countActiveSeatsByKind(viewer(), today)).political).toBe(held.total);
      }
      const before = await countActiveSeatsByKind(viewer(), "2026-12-26");
      const gap = await countActiveSeatsByKind(viewer(), "2026-12-27");
      expect(before.political - gap.political).toBeGreaterThanOrEqual(1);
    });
  });

  describe("terms-ending list", () => {
    const TODAY = "2026-06-15";
    let listNet: { id: string; name: string };
    let secondNet: { id: string; name: string };
    const byTitle = new Map<string, string>();

    beforeAll(async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      listNet = await createNetwork(db, "Red de Listados");
      secondNet = await createNetwork(db, "Alianza de Listados");
      const holder = await createPerson(db, "Zulema Titular Única");
      // [title, kind, terms: [start offset, end offset | null, status]]
      const plan: [string, string, [number, number | null, string][], string?][] = [
        ["Listado A", "political", [[-300, 10, "active"]]],
        ["Listado B", "executive", [[-300, 45, "active"]]],
        ["Listado C", "technical", [[-300, 89, "active"]]],
        ["Listado D", "political", [[-300, 90, "active"]]],
        ["Listado E", "political", [[-300, 91, "active"]]],
        ["Listado F", "technical", [[-300, null, "active"]]],
        ["Listado G", "political", [[-700, -10, "ended"]]],
        ["Listado H", "executive", [[100, 465, "candidate"]]],
        ["Listado I", "political", []],
        ["Listado J", "political", [[-700, -5, "active"]]],
        ["Listado K", "executive", [[-100, 20, "active"]], "second"],
      ];
      for (const [title, kind, terms, where] of plan) {
        const id = await newSeat({
          title,
          kind,
          networkId: where ? secondNet.id : listNet.id,
          bodyId: "",
        });
        byTitle.set(title, id);
        for (const [start, end, status] of terms) {
          expectOk(
            await addTerm(coordinator, id, {
              holderPersonId: title === "Listado B" ? holder.id : iriarte.id,
              startsOn: addDays(TODAY, start),
              endsOn: end === null ? "" : addDays(TODAY, end),
              status,
            }),
          );
        }
      }
    });

    // The network's seats held today, the term that ends first on top (open ends last), and then
    // the rest (ended, candidacy, vacant) by title: the order of its lists with every status.
    // Listado J's term ended five days ago and no successor is recorded: it is not held today
    // (a term is current only from its start through its end), but its renewal is overdue.
    const HELD_BY_END = ["Listado A", "Listado B", "Listado C", "Listado D", "Listado E", "Listado F"];
    const UNHELD_BY_TITLE = ["Listado G", "Listado H", "Listado I", "Listado J"];

    const list = (params: Record<string, string>) =>
      listSeats(
        ctxFor(getDb(), actors.viewer),
        parseSeatListParams({ network: listNet.id, ...params }),
        TODAY,
      );
    const titles = (result: { rows: { title: string }[] }) => result.rows.map((r) => r.title);

    it("by default lists the held seats, the term that ends first on top (open ends last)", async () => {
      const result = await list({});
      expect(titles(result)).toEqual(HELD_BY_END);
      expect(result.total).toBe(6);
      // With every status: held seats first (open-ended last among them), then the rest by title.
      expect(titles(await list({ status: "all" }))).toEqual([...HELD_BY_END, ...UNHELD_BY_TITLE]);
      const desc = await list({ dir: "desc" });
      expect(titles(desc).slice(0, 2)).toEqual(["Listado E", "Listado D"]);
      expect(titles(desc).at(-1)).toBe("Listado F");
    });

    it("flags an active term ending within 90 days: 89 and 90 yes, 91 no; an overdue one too", async () => {
      const rows = new Map((await list({})).rows.map((r) => [r.title, r]));
      expect(rows.get("Listado C")).toMatchObject({ daysLeft: 89, endingSoon: true });
      expect(rows.get("Listado D")).toMatchObject({ daysLeft: 90, endingSoon: true });
      expect(rows.get("Listado E")).toMatchObject({ daysLeft: 91, endingSoon: false });
      expect(rows.get("Listado F")).toMatchObject({ daysLeft: null, endingSoon: false, endsOn: null });
      expect(rows.has("Listado J")).toBe(false);
      expect(rows.get("Listado A")).toMatchObject({
        network: { id: listNet.id, name: "Red de Listados" },
        holder: "Martín Iriarte",
        status: "current",
        kind: "political",
        startsOn: addDays(TODAY, -300),
        endsOn: addDays(TODAY, 10),
      });
      const all = await list({ status: "all" });
      const ended = all.rows.find((r) => r.title === "Listado G");
      expect(ended).toMatchObject({ status: "ended", daysLeft: null, endingSoon: false });
      // Past its end with no successor: ended, and its renewal overdue.
      const overdue = all.rows.find((r) => r.title === "Listado J");
      expect(overdue).toMatchObject({ status: "ended", daysLeft: -5, endingSoon: true });
    });

    it("filters by ending window, kind, status and network, and searches title or holder", async () => {
      expect(titles(await list({ ending: "30" }))).toEqual(["Listado J", "Listado A"]);
      expect(titles(await list({ ending: "60" }))).toEqual(["Listado J", "Listado A", "Listado B"]);
      const ninety = await list({ ending: "90" });
      expect(ninety.total).toBe(5);
      expect(ninety.rows.every((r) => r.endingSoon)).toBe(true);
      expect((await list({ ending: "180" })).total).toBe(6);
      expect((await list({ ending: "45" })).total).toBe(6); // not an offered window: ignored
      // Another status narrows the renewal view by the term's state today.
      expect(titles(await list({ ending: "90", status: "ended" }))).toEqual(["Listado J"]);

      expect(titles(await list({ kind: "political" }))).toEqual(["Listado A", "Listado D", "Listado E"]);
      expect(titles(await list({ status: "ended" }))).toEqual(["Listado G", "Listado J"]);
      expect(titles(await list({ status: "candidate" }))).toEqual(["Listado H"]);
      expect(titles(await list({ status: "vacant" }))).toEqual(["Listado I"]);
      expect((await list({ status: "vacant" })).rows[0]).toMatchObject({ holder: null, status: null });
      expect((await list({ status: "all" })).total).toBe(10);

      expect(titles(await list({ network: secondNet.id }))).toEqual(["Listado K"]);
      expect(titles(await list({ q: "titular única" }))).toEqual(["Listado B"]);
      expect(titles(await list({ q: "listado c" }))).toEqual(["Listado C"]);
    });

    it("sorts from the allow-list and pages with a stable order and the right total", async () => {
      const viewer = ctxFor(getDb(), actors.viewer);
      const both = (params: Record<string, string>) =>
        listSeats(viewer, parseSeatListParams({ q: "Listado", ...params }), TODAY);
      expect(titles(await both({ sort: "title", dir: "desc", status: "all" })).slice(0, 3)).toEqual([
        "Listado K",
        "Listado J",
        "Listado I",
      ]);
      const byNetwork = await both({ sort: "network" });
      expect(byNetwork.rows[0]?.network.name).toBe("Alianza de Listados");
      const byHolder = await both({ sort: "holder" });
      expect(byHolder.rows[0]?.holder).toBe("Martín Iriarte");
      expect(byHolder.rows.at(-1)?.holder).toBe("Zulema Titular Única");
      // An unknown sort key falls back to the end date.
      expect(titles(await list({ sort: "holder_id; drop table seats" })).slice(0, 2)).toEqual([
        "Listado A",
        "Listado B",
      ]);

      const full = titles(await list({}));
      const paged: string[] = [];
      for (const page of [1, 2, 3]) {
        const result = await listSeats(
          viewer,
          { ...parseSeatListParams({ network: listNet.id }), page, size: 2 },
          TODAY,
        );
        expect(result.total).toBe(6);
        paged.push(...titles(result));
      }
      expect(paged).toEqual(full);
    });

    it("the summary counts what ?ending=90 lists, and the network panel lists its seats", async () => {
      const viewer = ctxFor(getDb(), actors.viewer);
      const summary = await termsEndingSummary(viewer, 90, TODAY);
      const listed = await listSeats(viewer, parseSeatListParams({ ending: "90", size: "100" }), TODAY);
      expect(summary.upcoming + summary.overdue).toBe(listed.total);
      expect(summary.overdue).toBe(listed.rows.filter((r) => (r.daysLeft ?? 0) < 0).length);
      expect(summary.overdue).toBeGreaterThanOrEqual(1);

      // The panel's "terms ending" list: soonest (or overdue) first, across networks.
      const ending = await seatsEndingWithin(viewer, 90, 100, TODAY);
      expect(ending.map((r) => r.title).filter((t) => t.startsWith("Listado"))).toEqual([
        "Listado J",
        "Listado A",
        "Listado K",
        "Listado B",
        "Listado C",
        "Listado D",
      ]);
      expect(ending).toHaveLength(listed.total);
      const byKind = await countActiveSeatsByKind(viewer, TODAY);
      for (const kind of ["political", "executive", "technical"] as const) {
        const held = await listSeats(viewer, parseSeatListParams({ kind }), TODAY);
        expect(byKind[kind]).toBe(held.total);
      }

      const panel = await networkSeats(viewer, listNet.id, TODAY);
      // The network page lists the first ones in the same order, and counts them all.
      const firstThree = await networkSeatsPage(viewer, listNet.id, TODAY, 3);
      expect(firstThree).toEqual({ rows: panel.slice(0, 3), total: panel.length });
      expect(panel.map((r) => r.title)).toEqual([...HELD_BY_END, ...UNHELD_BY_TITLE]);
      expect(panel.filter((r) => r.endingSoon).map((r) => r.title)).toEqual([
        "Listado A",
        "Listado B",
        "Listado C",
        "Listado D",
        "Listado J",
      ]);
    });
  });
});
