import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, bodies, commitments, departments, meetings, networks, people } from "@/db/schema";
import type { AppRole, CommitmentStatus } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { createCommitment, progressCommitment, updateCommitment } from "@/lib/commitments/commands";
import { commitmentList, parseCommitmentListParams } from "@/lib/commitments/list-params";
import {
  commitmentFormOptions,
  commitmentFormValues,
  commitmentNetworkOptions,
  countOverdueCommitments,
  getCommitment,
  listCommitments,
  networkOpenCommitments,
} from "@/lib/commitments/queries";
import { addDays, todayInBuenosAires } from "@/lib/dates";
import { recordHistory } from "@/lib/history/queries";
import { describeDatabases } from "../support/databases";
import { auditFor, countRows, createActors, ctxFor, expectOk } from "../support/fixtures";
import { insertRow, UNKNOWN } from "../support/rows";

/** Row counts that a refused write must leave unchanged. */
const counts = (db: Db) => countRows(db, { commitments, audit: auditEvents });

const rowOf = async (db: Db, id: string) =>
  (await db.select().from(commitments).where(eq(commitments.id, id)))[0]!;

/** Refused writes left the row counts (`before`) and the commitment's row as they were. */
async function expectUnchanged(db: Db, before: Awaited<ReturnType<typeof counts>>, id: string, row: unknown) {
  expect(await counts(db)).toEqual(before);
  expect(await rowOf(db, id)).toEqual(row);
}

describeDatabases("commitments", (getDb) => {
  const today = todayInBuenosAires();
  let actors: Record<AppRole, Actor>;
  let mercociudades: { id: string };
  let ucci: { id: string };
  let utAmbiente: { id: string };
  let ucciComite: { id: string };
  let cumbre: { id: string };
  let ucciMeeting: { id: string };
  let ambiente: { id: string };
  let educacion: { id: string };
  let pereyra: { id: string };
  let lucero: { id: string };
  let sinArea: { id: string };

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    mercociudades = await insertRow(db, networks, { name: "Mercociudades", kind: "regional" });
    ucci = await insertRow(db, networks, {
      name: "Unión de Ciudades Capitales Iberoamericanas",
      kind: "regional",
    });
    utAmbiente = await insertRow(db, bodies, {
      networkId: mercociudades.id,
      name: "UT Ambiente",
      kind: "thematic_unit",
    });
    ucciComite = await insertRow(db, bodies, {
      networkId: ucci.id,
      name: "Comité Ejecutivo",
      kind: "executive",
    });
    cumbre = await insertRow(db, meetings, {
      networkId: mercociudades.id,
      bodyId: utAmbiente.id,
      title: "Reunión de la UT Ambiente",
      kind: "working_group",
      startsAt: new Date("2026-10-01T13:00:00Z"),
      endsAt: new Date("2026-10-01T20:00:00Z"),
    });
    ucciMeeting = await insertRow(db, meetings, {
      networkId: ucci.id,
      title: "Comité Ejecutivo de UCCI",
      kind: "executive",
      startsAt: new Date("2026-09-01T13:00:00Z"),
      endsAt: new Date("2026-09-01T20:00:00Z"),
    });
    ambiente = await insertRow(db, departments, { name: "Secretaría de Ambiente" });
    educacion = await insertRow(db, departments, { name: "Ministerio de Educación" });
    pereyra = await insertRow(db, people, { fullName: "Julián Pereyra", departmentId: ambiente.id });
    lucero = await insertRow(db, people, { fullName: "Ana Lucero", departmentId: educacion.id });
    sinArea = await insertRow(db, people, { fullName: "Persona sin área" });
  });

  const form = (overrides: Record<string, unknown> = {}) => ({
    networkId: mercociudades.id,
    meetingId: cumbre.id,
    bodyId: utAmbiente.id,
    title: "Enviar el inventario de emisiones a la unidad temática",
    ownerPersonId: pereyra.id,
    departmentId: "",
    dueOn: addDays(today, 20),
    status: "open",
    completedOn: "",
    notes: "",
    ...overrides,
  });

  const create = async (overrides: Record<string, unknown> = {}, actor: Actor = actors.coordinator) =>
    expectOk(await createCommitment(ctxFor(getDb(), actor), form(overrides))).id;

  describe("create and edit", () => {
    it("a coordinator creates one from a meeting: one row, the owner's department, one audit event with labels", async () => {
      const db = getDb();
      const before = await counts(db);
      const id = await create();
      expect(await counts(db)).toEqual({ commitments: before.commitments + 1, audit: before.audit + 1 });
      const row = await rowOf(db, id);
      expect(row).toMatchObject({
        networkId: mercociudades.id,
        meetingId: cumbre.id,
        bodyId: utAmbiente.id,
        ownerPersonId: pereyra.id,
        departmentId: ambiente.id,
        dueOn: addDays(today, 20),
        status: "open",
        completedOn: null,
        notes: null,
        version: 1,
      });
      const events = await auditFor(db, id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: "commitment.create",
        entityType: "commitment",
        actorUserId: actors.coordinator.userId,
        before: null,
      });
      expect(events[0]?.after).toEqual({
        title: "Enviar el inventario de emisiones a la unidad temática",
        network: "Mercociudades",
        meeting: "Reunión de la UT Ambiente",
        body: "UT Ambiente",
        owner: "Julián Pereyra",
        department: "Secretaría de Ambiente",
        dueOn: addDays(today, 20),
        status: "open",
        completedOn: null,
        notes: null,
        version: 1,
      });
    });

    it("an explicit department wins over the owner's; an owner without one leaves it empty", async () => {
      const db = getDb();
      const chosen = await create({ departmentId: educacion.id, meetingId: "", bodyId: "" }, actors.admin);
      expect((await rowOf(db, chosen)).departmentId).toBe(educacion.id);
      const none = await create({ ownerPersonId: sinArea.id });
      expect((await rowOf(db, none)).departmentId).toBeNull();
    });

    it("refuses heads, technical staff and viewers, and writes nothing", async () => {
      const db = getDb();
      const id = await create({ title: "Compromiso que nadie más edita" });
      const before = await counts(db);
      const original = await rowOf(db, id);
      for (const role of ["head", "technical", "viewer"] as const) {
        const ctx = ctxFor(db, actors[role]);
        expect(await createCommitment(ctx, form())).toMatchObject({ ok: false, code: "FORBIDDEN" });
        expect(await updateCommitment(ctx, id, form({ title: "Cambiado", version: "1" }))).toMatchObject({
          ok: false,
          code: "FORBIDDEN",
        });
      }
      await expectUnchanged(db, before, id, original);
    });

    it("no owner, unknown references, a meeting or body of another network and bad dates are field errors that write nothing", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const before = await counts(db);
      const refused = async (overrides: Record<string, unknown>) => {
        const result = await createCommitment(coordinator, form(overrides));
        expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
        return result.ok ? {} : result.fieldErrors;
      };
      expect(await refused({ ownerPersonId: "" })).toEqual({ ownerPersonId: ["required"] });
      expect(await refused({ ownerPersonId: "alguien" })).toEqual({ ownerPersonId: ["unknownOwner"] });
      expect(await refused({ ownerPersonId: UNKNOWN })).toEqual({ ownerPersonId: ["unknownOwner"] });
      expect(await refused({ departmentId: UNKNOWN })).toEqual({ departmentId: ["unknownDepartment"] });
      expect(await refused({ networkId: UNKNOWN, meetingId: "", bodyId: "" })).toEqual({
        networkId: ["unknownNetwork"],
      });
      expect(await refused({ networkId: "" })).toMatchObject({ networkId: ["required"] });
      expect(await refused({ meetingId: ucciMeeting.id })).toEqual({ meetingId: ["meetingOfOtherNetwork"] });
      expect(await refused({ meetingId: UNKNOWN })).toEqual({ meetingId: ["unknownMeeting"] });
      expect(await refused({ bodyId: ucciComite.id })).toEqual({ bodyId: ["bodyOfOtherNetwork"] });
      expect(await refused({ dueOn: "2026-02-30" })).toEqual({ dueOn: ["invalidDate"] });
      expect(await refused({ dueOn: "30/11/2026" })).toEqual({ dueOn: ["invalidDate"] });
      expect(await refused({ status: "done", completedOn: "2026-13-01" })).toEqual({
        completedOn: ["invalidDate"],
      });
      expect(await refused({ status: "done", completedOn: addDays(today, 1) })).toEqual({
        completedOn: ["completedInFuture"],
      });
      expect(await refused({ status: "cancelled" })).toEqual({ status: ["invalidOption"] });
      expect(await refused({ title: "  " })).toEqual({ title: ["required"] });
      // Several problems are reported together.
      expect(await refused({ ownerPersonId: UNKNOWN, meetingId: ucciMeeting.id })).toEqual({
        ownerPersonId: ["unknownOwner"],
        meetingId: ["meetingOfOtherNetwork"],
      });
      expect(await counts(db)).toEqual(before);
    });

    it("an edit bumps the version and records before → after; a stale version is a conflict that changes nothing", async () => {
      const db = getDb();
      const id = await create({ title: "Preparar la ponencia" });
      const saved = await updateCommitment(
        ctxFor(db, actors.admin),
        id,
        form({
          title: "Preparar la ponencia sobre resiliencia",
          ownerPersonId: lucero.id,
          meetingId: "",
          dueOn: "",
          status: "in_progress",
          notes: "Primer borrador listo",
          version: "1",
        }),
      );
      expect(saved).toEqual({ ok: true, data: { id, version: 2 } });
      const events = await auditFor(db, id);
      expect(events.map((e) => e.action)).toEqual(["commitment.create", "commitment.update"]);
      expect(events[1]?.before).toMatchObject({
        title: "Preparar la ponencia",
        owner: "Julián Pereyra",
        department: "Secretaría de Ambiente",
        meeting: "Reunión de la UT Ambiente",
        status: "open",
        version: 1,
      });
      expect(events[1]?.after).toMatchObject({
        title: "Preparar la ponencia sobre resiliencia",
        owner: "Ana Lucero",
        // Left empty: the new owner's department.
        department: "Ministerio de Educación",
        meeting: null,
        dueOn: null,
        status: "in_progress",
        notes: "Primer borrador listo",
        version: 2,
      });

      const row = await rowOf(db, id);
      const before = await counts(db);
      const stale = await updateCommitment(
        ctxFor(db, actors.coordinator),
        id,
        form({ title: "Otra pestaña", version: "1" }),
      );
      expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
      await expectUnchanged(db, before, id, row);
      expect(
        await updateCommitment(ctxFor(db, actors.coordinator), UNKNOWN, form({ version: "1" })),
      ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    });

    it("done sets the completion date (today unless given), keeps it on later edits, and leaving done clears it", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const doneToday = await create({ status: "done" });
      expect((await rowOf(db, doneToday)).completedOn).toBe(today);
      const doneEarlier = await create({ status: "done", completedOn: addDays(today, -3) });
      expect((await rowOf(db, doneEarlier)).completedOn).toBe(addDays(today, -3));
      // A completion date sent with another status is dropped.
      const open = await create({ status: "open", completedOn: addDays(today, -3) });
      expect((await rowOf(db, open)).completedOn).toBeNull();

      // Editing a done commitment without touching the date keeps it.
      expectOk(
        await updateCommitment(
          coordinator,
          doneEarlier,
          form({ status: "done", notes: "Con anexo", version: 1 }),
        ),
      );
      expect(await rowOf(db, doneEarlier)).toMatchObject({ completedOn: addDays(today, -3), version: 2 });
      // Back to in progress: the date goes.
      expectOk(await updateCommitment(coordinator, doneEarlier, form({ status: "in_progress", version: 2 })));
      expect(await rowOf(db, doneEarlier)).toMatchObject({ status: "in_progress", completedOn: null });
      const events = await auditFor(db, doneEarlier);
      expect(events.at(-1)?.before).toMatchObject({ status: "done", completedOn: addDays(today, -3) });
      expect(events.at(-1)?.after).toMatchObject({ status: "in_progress", completedOn: null });
    });
  });

  describe("progress (status and notes only)", () => {
    it("technical staff move their own commitment to done: only status, completion and notes change, one audit event", async () => {
      const db = getDb();
      const id = await create({ ownerPersonId: actors.technical.personId, title: "Mi compromiso" });
      const before = await counts(db);
      const result = await progressCommitment(
        ctxFor(db, actors.technical),
        id,
        // Fields beyond status and notes are ignored.
        { status: "done", completedOn: "", notes: "Enviado por correo", title: "Otro título", version: "1" },
      );
      expect(result).toEqual({ ok: true, data: { id, version: 2 } });
      expect(await counts(db)).toEqual({ ...before, audit: before.audit + 1 });
      expect(await rowOf(db, id)).toMatchObject({
        title: "Mi compromiso",
        status: "done",
        completedOn: today,
        notes: "Enviado por correo",
        ownerPersonId: actors.technical.personId,
      });
      const events = await auditFor(db, id);
      expect(events.map((e) => e.action)).toEqual(["commitment.create", "commitment.progress"]);
      expect(events[1]).toMatchObject({ actorUserId: actors.technical.userId, entityType: "commitment" });
      expect(events[1]?.before).toMatchObject({ status: "open", completedOn: null, notes: null });
      expect(events[1]?.after).toMatchObject({
        title: "Mi compromiso",
        owner: "Persona technical",
        status: "done",
        completedOn: today,
        notes: "Enviado por correo",
        version: 2,
      });
      // And back: reopening clears the date.
      expectOk(await progressCommitment(ctxFor(db, actors.technical), id, { status: "open", version: 2 }));
      expect(await rowOf(db, id)).toMatchObject({ status: "open", completedOn: null, notes: null });
    });

    it("refuses technical staff on someone else's commitment, heads and viewers: nothing changes", async () => {
      const db = getDb();
      const id = await create({ ownerPersonId: pereyra.id, title: "Compromiso de otra persona" });
      const original = await rowOf(db, id);
      const before = await counts(db);
      for (const role of ["technical", "head", "viewer"] as const) {
        expect(
          await progressCommitment(ctxFor(db, actors[role]), id, { status: "done", version: "1" }),
        ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
      await expectUnchanged(db, before, id, original);

      // A coordinator may update anyone's.
      expectOk(
        await progressCommitment(ctxFor(db, actors.coordinator), id, { status: "in_progress", version: "1" }),
      );
      expect((await rowOf(db, id)).status).toBe("in_progress");
    });

    it("a stale version is a conflict; a bad status or date is a field error; nothing is written", async () => {
      const db = getDb();
      const technical = ctxFor(db, actors.technical);
      const id = await create({ ownerPersonId: actors.technical.personId, title: "Compromiso en conflicto" });
      expectOk(
        await updateCommitment(
          ctxFor(db, actors.coordinator),
          id,
          form({ ownerPersonId: actors.technical.personId, title: "Compromiso en conflicto", version: 1 }),
        ),
      );
      const row = await rowOf(db, id);
      const before = await counts(db);
      expect(await progressCommitment(technical, id, { status: "done", version: 1 })).toMatchObject({
        ok: false,
        code: "CONFLICT",
      });
      expect(await progressCommitment(technical, id, { status: "finished", version: 2 })).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { status: ["invalidOption"] },
      });
      expect(
        await progressCommitment(technical, id, { status: "done", completedOn: "2026-02-31", version: 2 }),
      ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { completedOn: ["invalidDate"] } });
      expect(await progressCommitment(technical, UNKNOWN, { status: "done", version: 1 })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      await expectUnchanged(db, before, id, row);
    });

    it("the commitment's history reads in words", async () => {
      const db = getDb();
      const id = await create({ ownerPersonId: actors.technical.personId, title: "Compromiso con historia" });
      expectOk(
        await progressCommitment(ctxFor(db, actors.technical), id, {
          status: "in_progress",
          notes: "Avanza",
          version: 1,
        }),
      );
      const history = await recordHistory(ctxFor(db, actors.viewer), "commitment", id);
      expect(history.entries.map((e) => e.actionLabel)).toEqual([
        "Actualizó el estado del compromiso",
        "Creó el compromiso",
      ]);
      expect(history.entries[0]?.changes).toEqual([
        { field: "status", label: "Estado", before: "Abierto", after: "En curso" },
        { field: "notes", label: "Notas", before: "—", after: "Avanza" },
      ]);
      expect(history.entries[1]?.changes.map((c) => `${c.label}: ${c.after}`)).toContain(
        "Responsable: Persona technical",
      );
    });
  });

  describe("the list", () => {
    let listNetwork: { id: string; name: string };
    let other: { id: string };
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const db = getDb();
      listNetwork = await insertRow(db, networks, { name: "Red de listas", kind: "thematic" });
      other = await insertRow(db, networks, { name: "Otra red de listas", kind: "global" });
      const rows: [string, CommitmentStatus, number | null, string, string, string][] = [
        // key, status, due (days from today), owner, department, title
        ["overdue5", "open", -5, pereyra.id, ambiente.id, "Vencido hace cinco días"],
        ["overdue20", "in_progress", -20, lucero.id, educacion.id, "Vencido hace veinte días"],
        ["soon", "open", 3, pereyra.id, ambiente.id, "Vence en tres días (50% listo)"],
        ["later", "open", 30, lucero.id, educacion.id, "Vence en un mes"],
        ["undated", "in_progress", null, pereyra.id, ambiente.id, "Sin fecha de vencimiento"],
        ["done", "done", -40, lucero.id, educacion.id, "Ya cumplido"],
        ["dropped", "dropped", -10, pereyra.id, ambiente.id, "Descartado"],
        ["dueToday", "open", 0, lucero.id, ambiente.id, "Vence hoy mismo"],
      ];
      for (const [key, status, due, owner, department, title] of rows) {
        const row = await insertRow(db, commitments, {
          networkId: listNetwork.id,
          title,
          ownerPersonId: owner,
          departmentId: department,
          dueOn: due === null ? null : addDays(today, due),
          status,
          completedOn: status === "done" ? addDays(today, -41) : null,
        });
        ids[key] = row!.id;
      }
      const elsewhere = await insertRow(db, commitments, {
        networkId: other.id,
        title: "Vencido en otra red",
        ownerPersonId: pereyra.id,
        departmentId: ambiente.id,
        dueOn: addDays(today, -100),
      });
      ids.elsewhere = elsewhere!.id;
    });

    // The network's pending commitments in the list's order: overdue first (most overdue on top),
    // then by due date, undated last.
    const PENDING_IN_ORDER = ["overdue20", "overdue5", "dueToday", "soon", "later", "undated"];
    const list = (query: Record<string, string>) =>
      listCommitments(ctxFor(getDb(), actors.viewer), parseCommitmentListParams(query), today);
    const keysOf = (rows: { id: string }[]) =>
      rows.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0] ?? r.id);

    it("by default: overdue first (most overdue on top), then by due date, undated last, closed ones at the end", async () => {
      const page = await list({ network: listNetwork.id });
      expect(page.total).toBe(8);
      expect(keysOf(page.rows)).toEqual([...PENDING_IN_ORDER, "done", "dropped"]);
      const byKey = Object.fromEntries(page.rows.map((r) => [keysOf([r])[0], r]));
      expect(byKey.overdue5).toMatchObject({
        overdue: true,
        daysLeft: -5,
        network: { id: listNetwork.id, name: "Red de listas" },
        owner: { id: pereyra.id, name: "Julián Pereyra" },
        department: "Secretaría de Ambiente",
        meeting: null,
      });
      expect(byKey.dueToday).toMatchObject({ overdue: false, daysLeft: 0 });
      expect(byKey.soon).toMatchObject({ overdue: false, daysLeft: 3 });
      expect(byKey.done).toMatchObject({ overdue: false, daysLeft: null, completedOn: addDays(today, -41) });
      expect(byKey.dropped).toMatchObject({ overdue: false, daysLeft: null });
    });

    it("filters by network, owner, department, status, overdue and title, and combines them", async () => {
      expect(keysOf((await list({ network: other.id })).rows)).toEqual(["elsewhere"]);
      expect(keysOf((await list({ network: listNetwork.id, owner: pereyra.id })).rows)).toEqual([
        "overdue5",
        "soon",
        "undated",
        "dropped",
      ]);
      expect(keysOf((await list({ network: listNetwork.id, department: educacion.id })).rows)).toEqual([
        "overdue20",
        "later",
        "done",
      ]);
      expect(keysOf((await list({ network: listNetwork.id, status: "pending" })).rows)).toEqual(
        PENDING_IN_ORDER,
      );
      expect(keysOf((await list({ network: listNetwork.id, status: "done" })).rows)).toEqual(["done"]);
      expect(keysOf((await list({ network: listNetwork.id, status: "dropped" })).rows)).toEqual(["dropped"]);
      expect(keysOf((await list({ network: listNetwork.id, overdue: "1" })).rows)).toEqual([
        "overdue20",
        "overdue5",
      ]);
      // Every overdue commitment, across networks, and the count atop the page agrees.
      const overdue = await list({ overdue: "1", size: "100" });
      expect(overdue.rows.every((r) => r.overdue)).toBe(true);
      expect(keysOf(overdue.rows)).toEqual(expect.arrayContaining(["elsewhere", "overdue20", "overdue5"]));
      const overdueOf = (params: Record<string, string>) =>
        countOverdueCommitments(ctxFor(getDb(), actors.viewer), parseCommitmentListParams(params), today);
      expect(await overdueOf({})).toBe(overdue.total);
      // The count atop a filtered list is that list's: the same filters, only overdue.
      const ofDepartment = { network: listNetwork.id, department: educacion.id };
      expect(await overdueOf(ofDepartment)).toBe(1);
      expect(await overdueOf({ ...ofDepartment, overdue: "1" })).toBe(
        (await list({ ...ofDepartment, overdue: "1" })).total,
      );
      expect(await overdueOf({ network: listNetwork.id })).toBe(2);
      expect(await overdueOf({ network: listNetwork.id, status: "done" })).toBe(0);
      expect(await overdueOf({ network: listNetwork.id, q: "vencido hace" })).toBe(2);
      expect(overdue.total).toBeGreaterThan(2);
      // Title search, case-insensitive, with LIKE wildcards taken literally.
      expect(keysOf((await list({ network: listNetwork.id, q: "VENCE" })).rows)).toEqual([
        "dueToday",
        "soon",
        "later",
      ]);
      expect(keysOf((await list({ network: listNetwork.id, q: "vencido hace" })).rows)).toEqual([
        "overdue20",
        "overdue5",
      ]);
      expect(keysOf((await list({ q: "50%" })).rows)).toEqual(["soon"]);
      expect((await list({ q: "_" })).total).toBe(0);
      expect(
        keysOf((await list({ network: listNetwork.id, owner: lucero.id, department: ambiente.id })).rows),
      ).toEqual(["dueToday"]);
      expect((await list({ network: listNetwork.id, owner: lucero.id, overdue: "1" })).rows).toHaveLength(1);
    });

    it("sorts by an allow-list of keys in both directions, undated last either way", async () => {
      const network = listNetwork.id;
      expect(keysOf((await list({ network, sort: "due" })).rows)).toEqual([
        "done",
        "overdue20",
        "dropped",
        "overdue5",
        "dueToday",
        "soon",
        "later",
        "undated",
      ]);
      expect(keysOf((await list({ network, sort: "due", dir: "desc" })).rows)).toEqual([
        "later",
        "soon",
        "dueToday",
        "overdue5",
        "dropped",
        "overdue20",
        "done",
        "undated",
      ]);
      const titles = (await list({ network, sort: "title" })).rows.map((r) => r.title);
      expect(titles).toEqual([
        "Descartado",
        "Sin fecha de vencimiento",
        "Vence en tres días (50% listo)",
        "Vence en un mes",
        "Vence hoy mismo",
        "Vencido hace cinco días",
        "Vencido hace veinte días",
        "Ya cumplido",
      ]);
      const titlesDesc = (await list({ network, sort: "title", dir: "desc" })).rows.map((r) => r.title);
      expect(titlesDesc).toEqual([...titles].reverse());
      const owners = (await list({ network, sort: "owner" })).rows.map((r) => r.owner.name);
      expect(owners).toEqual([...Array(4).fill("Ana Lucero"), ...Array(4).fill("Julián Pereyra")]);
      expect(keysOf((await list({ network, sort: "owner" })).rows).slice(0, 4)).toEqual([
        "overdue20",
        "dueToday",
        "later",
        "done",
      ]);
      expect((await list({ network, sort: "status" })).rows.map((r) => r.status)).toEqual([
        "open",
        "open",
        "open",
        "open",
        "in_progress",
        "in_progress",
        "done",
        "dropped",
      ]);
      const networkSorted = (await list({ q: "en otra red", sort: "network" })).rows;
      expect(networkSorted.map((r) => r.network.name)).toEqual(["Otra red de listas"]);
      // Anything else falls back to the default order.
      expect(
        keysOf((await list({ network, sort: "owner_person_id; drop table", dir: "sideways" })).rows),
      ).toEqual(keysOf((await list({ network })).rows));
    });

    it("pages: totals stay the same and pages join up to the whole list", async () => {
      const whole = await list({ size: "100" });
      expect(whole.total).toBe((await getDb().select({ c: count() }).from(commitments))[0]!.c);
      expect(whole.total).toBeGreaterThan(10);
      const pages = [];
      for (let page = 1; page <= Math.ceil(whole.total / 10); page++) {
        const result = await list({ size: "10", page: String(page) });
        expect(result.total).toBe(whole.total);
        expect(result.rows.length).toBe(Math.min(10, whole.total - (page - 1) * 10));
        pages.push(...result.rows.map((r) => r.id));
      }
      expect(pages).toEqual(whole.rows.map((r) => r.id));
      // Overdue rows come first in the whole list too.
      const firstNotOverdue = whole.rows.findIndex((r) => !r.overdue);
      expect(whole.rows.slice(firstNotOverdue).some((r) => r.overdue)).toBe(false);
      // A bad page size or page falls back to the defaults.
      const fallback = parseCommitmentListParams({ size: "7", page: "-3", status: "whatever", network: "x" });
      expect(fallback).toMatchObject({ size: 20, page: 1, sort: "urgency", dir: "asc" });
      expect(fallback.status).toBeUndefined();
      expect(fallback.network).toBeUndefined();
      // The old name of the network filter is redirected once to the current one.
      expect(commitmentList.renamedHref("/compromisos", { red: listNetwork.id, status: "done" })).toBe(
        `/compromisos?network=${listNetwork.id}&status=done`,
      );
      expect(commitmentList.renamedHref("/compromisos", { network: listNetwork.id })).toBeNull();
    });

    it("the network page's panel lists its pending ones with days left, and the detail has labels", async () => {
      const ctx = ctxFor(getDb(), actors.viewer);
      const { items: panel, total, overdue } = await networkOpenCommitments(ctx, listNetwork.id, today);
      expect({ total, overdue }).toEqual({ total: 6, overdue: 2 });
      // The page lists the first ones; the counts are of all of them.
      const firstTwo = await networkOpenCommitments(ctx, listNetwork.id, today, 2);
      expect(keysOf(firstTwo.items)).toEqual(["overdue20", "overdue5"]);
      expect(firstTwo).toMatchObject({ total: 6, overdue: 2 });
      expect(keysOf(panel)).toEqual(["overdue20", "overdue5", "dueToday", "soon", "later", "undated"]);
      expect(panel[0]).toMatchObject({ overdue: true, daysLeft: -20, owner: "Ana Lucero" });
      const detail = await getCommitment(ctx, ids.overdue5!);
      expect(detail).toMatchObject({
        title: "Vencido hace cinco días",
        network: { id: listNetwork.id, name: "Red de listas" },
        owner: { id: pereyra.id, name: "Julián Pereyra" },
        department: { id: ambiente.id, name: "Secretaría de Ambiente" },
        meeting: null,
        overdue: true,
        daysLeft: -5,
        version: 1,
      });
      expect(await getCommitment(ctx, "not-an-id")).toBeNull();
      expect(await getCommitment(ctx, UNKNOWN)).toBeNull();
      // The form's pickers: the chosen network's meetings (newest first, dated on their own
      // clock) and bodies, never another network's; an archived body only when the record has it.
      const db = getDb();
      const older = await insertRow(db, meetings, {
        networkId: mercociudades.id,
        title: "Reunión anterior",
        kind: "working_group",
        startsAt: new Date("2025-03-02T02:00:00Z"),
        endsAt: new Date("2025-03-02T04:00:00Z"),
        timeZone: "America/Argentina/Buenos_Aires",
      });
      const archived = await insertRow(db, bodies, {
        networkId: mercociudades.id,
        name: "UT archivada",
        kind: "thematic_unit",
        archivedAt: new Date(),
      });
      const options = await commitmentFormOptions(ctx, { networkId: mercociudades.id });
      const cumbreIndex = options.meetings.findIndex((m) => m.id === cumbre.id);
      expect(options.meetings[cumbreIndex]).toEqual({
        id: cumbre.id,
        title: "Reunión de la UT Ambiente",
        bodyId: utAmbiente.id,
        startsOn: "2026-10-01",
      });
      expect(options.meetings.findIndex((m) => m.id === older.id)).toBeGreaterThan(cumbreIndex);
      expect(options.meetings.find((m) => m.id === older.id)?.startsOn).toBe("2025-03-01");
      expect(options.meetings.map((m) => m.id)).not.toContain(ucciMeeting.id);
      expect(options.bodies.map((b) => b.id)).toContain(utAmbiente.id);
      expect(options.bodies.map((b) => b.id)).not.toContain(ucciComite.id);
      expect(options.bodies.map((b) => b.id)).not.toContain(archived.id);
      expect(options.networks.map((n) => n.id)).toEqual(expect.arrayContaining([mercociudades.id, ucci.id]));
      const kept = await commitmentFormOptions(ctx, { networkId: mercociudades.id, bodyId: archived.id });
      expect(kept.bodies.map((b) => b.id)).toContain(archived.id);
      // Another network's, as the form asks for them when its network changes.
      const other = await commitmentNetworkOptions(ctx, ucci.id);
      expect(other.meetings.map((m) => m.id)).toEqual([ucciMeeting.id]);
      expect(other.bodies.map((b) => b.id)).toEqual([ucciComite.id]);
      // No network chosen: no meeting nor body; a bad id reads nothing.
      expect(await commitmentFormOptions(ctx)).toMatchObject({ meetings: [], bodies: [] });
      expect(await commitmentNetworkOptions(ctx, "not-an-id")).toEqual({ bodies: [], meetings: [] });
      // The record's values carry the owner's name for the searched field.
      expect(commitmentFormValues(detail!)).toMatchObject({
        ownerPersonId: pereyra.id,
        ownerPersonIdLabel: "Julián Pereyra",
      });
    });
  });
});
