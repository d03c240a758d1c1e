import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  assignments,
  auditEvents,
  bodies,
  departments,
  networks,
  networkThematicAreas,
  people,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import { createAssignment, endAssignment, updateAssignment } from "@/lib/assignments/commands";
import { parseAssignmentListParams } from "@/lib/assignments/list-params";
import {
  assignmentFilterOptions,
  assignmentFormOptions,
  assignmentNetworkOptions,
  getAssignment,
  listAssignments,
} from "@/lib/assignments/queries";
import { assignablePersonChoice, searchAssignablePeople } from "@/lib/assignments/search";
import type { Actor } from "@/lib/auth/actor";
import { recordHistory } from "@/lib/history/queries";
import { updatePerson } from "@/lib/people/commands";
import { describeDatabases } from "../support/databases";
import { auditFor, countRows, createActors, createThematicArea, ctxFor, expectOk } from "../support/fixtures";
import { insertRow, UNKNOWN } from "../support/rows";

const counts = (db: Db) => countRows(db, { assignments, audit: auditEvents });

describeDatabases("technical assignments", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let ownDept: string;
  let otherDept: { id: string; name: string };
  let mine: { id: string; fullName: string };
  let colleague: { id: string; fullName: string };
  let outsider: { id: string; fullName: string };
  let merco: { id: string; name: string };
  let c40: { id: string };
  let utAmbiente: { id: string; name: string };
  let utCultura: { id: string; name: string };
  let c40Body: { id: string };
  let ambiente: { id: string };
  let cultura: { id: string };

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    ownDept = actors.head.departmentId!;
    otherDept = await insertRow(db, departments, {
      name: "Ministerio de Cultura (prueba)",
      shortName: "MCP",
    });
    ambiente = await createThematicArea(db, "Sustentabilidad (prueba)");
    cultura = await createThematicArea(db, "Cultura (prueba)");
    merco = await insertRow(db, networks, {
      name: "Mercociudades (prueba)",
      acronym: "MCP",
      kind: "regional",
    });
    c40 = await insertRow(db, networks, { name: "C40 (prueba)", kind: "thematic" });
    await db.insert(networkThematicAreas).values({ networkId: c40.id, thematicAreaId: ambiente.id });
    const body = async (networkId: string, name: string, thematicAreaId: string | null) =>
      await insertRow(db, bodies, { networkId, name, kind: "thematic_unit", thematicAreaId });
    utAmbiente = await body(merco.id, "UT Ambiente", ambiente.id);
    utCultura = await body(merco.id, "UT Cultura", cultura.id);
    c40Body = await body(c40.id, "Steering", null);
    const person = async (fullName: string, departmentId: string) =>
      await insertRow(db, people, { fullName, departmentId });
    mine = await person("Julia Propia", ownDept);
    colleague = await person("Bruno Colega", ownDept);
    outsider = await person("Olga Ajena", otherDept.id);
  });

  const form = (overrides: Record<string, unknown> = {}) => ({
    personId: mine.id,
    networkId: merco.id,
    bodyId: utAmbiente.id,
    thematicAreaId: "",
    role: "member",
    status: "active",
    startsOn: "2026-03-01",
    endsOn: "",
    dedication: "10 % de la jornada",
    notes: "",
    ...overrides,
  });

  describe("create", () => {
    it("a coordinator assigns a person to a body: one row, the body's area, one audit event with labels", async () => {
      const db = getDb();
      const before = await counts(db);
      const { id } = expectOk(await createAssignment(ctxFor(db, actors.coordinator), form()));
      expect(await counts(db)).toEqual({ assignments: before.assignments + 1, audit: before.audit + 1 });
      const [row] = await db.select().from(assignments).where(eq(assignments.id, id));
      expect(row).toMatchObject({
        thematicAreaId: ambiente.id,
        role: "member",
        status: "active",
        version: 1,
      });
      const events = await auditFor(db, id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: "assignment.create", entityType: "assignment" });
      expect(events[0]?.after).toEqual({
        person: "Julia Propia",
        department: expect.stringMatching(/^Secretaría de Prueba/),
        network: "Mercociudades (prueba)",
        body: "UT Ambiente",
        thematicArea: "Sustentabilidad (prueba)",
        role: "member",
        status: "active",
        startsOn: "2026-03-01",
        endsOn: null,
        dedication: "10 % de la jornada",
        notes: null,
        version: 1,
      });
      expect(JSON.stringify(events[0]?.after)).not.toContain(mine.id);
    });

    it("invalid input is a field error per field and writes nothing", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const before = await counts(db);
      expect(
        await createAssignment(coordinator, {
          personId: "",
          networkId: "x",
          role: "boss",
          status: "",
          startsOn: "31/02/2026",
        }),
      ).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: {
          personId: ["required"],
          networkId: ["unknownNetwork"],
          role: ["invalidOption"],
          status: ["required"],
          startsOn: ["invalidDate"],
        },
      });
      expect(await createAssignment(coordinator, form({ bodyId: "", thematicAreaId: "" }))).toMatchObject({
        fieldErrors: { bodyId: ["targetRequired"] },
      });
      expect(await createAssignment(coordinator, form({ status: "ended", endsOn: "" }))).toMatchObject({
        fieldErrors: { endsOn: ["endedNeedsEnd"] },
      });
      expect(await createAssignment(coordinator, form({ endsOn: "2026-02-01" }))).toMatchObject({
        fieldErrors: { endsOn: ["endBeforeStart"] },
      });
      expect(await createAssignment(coordinator, form({ bodyId: c40Body.id }))).toMatchObject({
        fieldErrors: { bodyId: ["bodyOfOtherNetwork"] },
      });
      expect(await createAssignment(coordinator, form({ personId: UNKNOWN }))).toMatchObject({
        fieldErrors: { personId: ["unknownPerson"] },
      });
      expect(await createAssignment(coordinator, form({ thematicAreaId: UNKNOWN }))).toMatchObject({
        fieldErrors: { thematicAreaId: ["unknownThematicArea"] },
      });
      expect(await counts(db)).toEqual(before);
    });

    it("a body takes one active focal point: a second is refused on the role field and writes nothing", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      expectOk(await createAssignment(coordinator, form({ bodyId: utCultura.id, role: "focal_point" })));
      const before = await counts(db);
      const second = await createAssignment(
        coordinator,
        form({ personId: colleague.id, bodyId: utCultura.id, role: "focal_point" }),
      );
      expect(second).toEqual({
        ok: false,
        code: "VALIDATION",
        message: "errors.VALIDATION",
        fieldErrors: { role: ["focalPointTaken"] },
      });
      expect(await counts(db)).toEqual(before);
      // A paused focal point, or a member, does not clash.
      expectOk(
        await createAssignment(
          coordinator,
          form({ personId: colleague.id, bodyId: utCultura.id, role: "focal_point", status: "paused" }),
        ),
      );
      expectOk(
        await createAssignment(
          coordinator,
          form({ personId: colleague.id, bodyId: utCultura.id, role: "member" }),
        ),
      );
      // A network's thematic area without a body takes one too.
      expectOk(
        await createAssignment(
          coordinator,
          form({ networkId: c40.id, bodyId: "", thematicAreaId: ambiente.id, role: "focal_point" }),
        ),
      );
      expect(
        await createAssignment(
          coordinator,
          form({
            personId: colleague.id,
            networkId: c40.id,
            bodyId: "",
            thematicAreaId: ambiente.id,
            role: "focal_point",
          }),
        ),
      ).toMatchObject({ ok: false, fieldErrors: { role: ["areaFocalPointTaken"] } });
    });

    it("editing a member into a second active focal point is refused too", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const [member] = await db
        .select()
        .from(assignments)
        .where(eq(assignments.bodyId, utCultura.id))
        .then((rows) => rows.filter((r) => r.role === "member"));
      const result = await updateAssignment(
        coordinator,
        member!.id,
        form({
          personId: member!.personId,
          bodyId: utCultura.id,
          role: "focal_point",
          version: member!.version,
        }),
      );
      expect(result).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { role: ["focalPointTaken"] },
      });
      const [after] = await db.select().from(assignments).where(eq(assignments.id, member!.id));
      expect(after).toEqual(member);
    });
  });

  describe("a head manages their own department's assignments only", () => {
    it("creates one for a person of their department", async () => {
      const db = getDb();
      const { id } = expectOk(
        await createAssignment(
          ctxFor(db, actors.head),
          form({ networkId: c40.id, bodyId: c40Body.id, thematicAreaId: ambiente.id }),
        ),
      );
      const [event] = await auditFor(db, id);
      expect(event).toMatchObject({ action: "assignment.create", actorUserId: actors.head.userId });
    });

    it("is refused for another department's person, and nothing is written", async () => {
      const db = getDb();
      const before = await counts(db);
      expect(await createAssignment(ctxFor(db, actors.head), form({ personId: outsider.id }))).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: "errors.FORBIDDEN",
      });
      expect(await counts(db)).toEqual(before);
    });

    it("may not edit or end another department's assignment, nor hand one of theirs to another department", async () => {
      const db = getDb();
      const head = ctxFor(db, actors.head);
      const { id: theirs } = expectOk(
        await createAssignment(
          ctxFor(db, actors.coordinator),
          form({ personId: outsider.id, bodyId: c40Body.id, networkId: c40.id }),
        ),
      );
      const { id: ours } = expectOk(await createAssignment(head, form({ dedication: "Propia" })));
      const rowsBefore = await db.select().from(assignments).orderBy(assignments.id);
      const before = await counts(db);

      const refusedEdits: [string, Record<string, unknown>][] = [
        // Another department's assignment, as it is.
        [theirs, { personId: outsider.id, bodyId: c40Body.id, networkId: c40.id }],
        // Taking over: another department's assignment given to one of the head's people.
        [theirs, { personId: mine.id, bodyId: c40Body.id, networkId: c40.id }],
        // Handing over: one of theirs given to another department's person.
        [ours, { personId: outsider.id }],
      ];
      for (const [id, changes] of refusedEdits) {
        expect(await updateAssignment(head, id, form({ ...changes, version: 1 }))).toMatchObject({
          ok: false,
          code: "FORBIDDEN",
        });
      }
      expect(await endAssignment(head, theirs, { endsOn: "2026-11-26", version: 1 })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await db.select().from(assignments).orderBy(assignments.id)).toEqual(rowsBefore);
      expect(await counts(db)).toEqual(before);

      // Within the department it works (to a colleague of the same department too).
      expect(
        await updateAssignment(
          head,
          ours,
          form({ personId: colleague.id, dedication: "Traspaso", version: 1 }),
        ),
      ).toEqual({
        ok: true,
        data: { id: ours, version: 2 },
      });
    });

    it("loses an assignment when its person moves to another department", async () => {
      const db = getDb();
      const head = ctxFor(db, actors.head);
      const mover = await insertRow(db, people, { fullName: "Mario Mudanza", departmentId: ownDept });
      const { id } = expectOk(await createAssignment(head, form({ personId: mover.id })));
      expectOk(
        await updatePerson(ctxFor(db, actors.coordinator), mover.id, {
          fullName: "Mario Mudanza",
          departmentId: otherDept.id,
          version: 1,
        }),
      );
      const before = await counts(db);
      expect(await endAssignment(head, id, { endsOn: "2026-11-26", version: 1 })).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await updateAssignment(head, id, form({ personId: mover.id, version: 1 }))).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await counts(db)).toEqual(before);
      // The form's person search finds the head their own department's people only; a
      // preset person from elsewhere is not offered.
      const names = (await searchAssignablePeople(head, "")).map((p) => p.label);
      expect(names).toContain("Julia Propia");
      expect(names).not.toContain("Mario Mudanza");
      expect(names).not.toContain("Olga Ajena");
      expect((await searchAssignablePeople(head, "olga")).map((p) => p.label)).toEqual([]);
      expect(await assignablePersonChoice(head, outsider.id)).toBeNull();
      expect(await assignablePersonChoice(head, mine.id)).toMatchObject({
        id: mine.id,
        label: "Julia Propia",
      });
      const coordinator = ctxFor(db, actors.coordinator);
      expect((await searchAssignablePeople(coordinator, "olga aje")).map((p) => p.label)).toEqual([
        "Olga Ajena",
      ]);
      expect(await assignablePersonChoice(coordinator, outsider.id)).toMatchObject({ label: "Olga Ajena" });
    });

    it("technical staff and viewers may not manage assignments at all", async () => {
      const db = getDb();
      const before = await counts(db);
      for (const role of ["technical", "viewer"] as const) {
        expect(await createAssignment(ctxFor(db, actors[role]), form())).toMatchObject({ code: "FORBIDDEN" });
      }
      expect(await counts(db)).toEqual(before);
    });
  });

  describe("edit, end, conflicts", () => {
    it("an edit records before → after; a stale version is a conflict that changes nothing", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const { id } = expectOk(await createAssignment(coordinator, form({ dedication: "Original" })));
      expect(
        await updateAssignment(
          coordinator,
          id,
          form({ dedication: "Cambiada", role: "alternate", version: 1 }),
        ),
      ).toEqual({
        ok: true,
        data: { id, version: 2 },
      });
      const events = await auditFor(db, id);
      expect(events.map((e) => e.action)).toEqual(["assignment.create", "assignment.update"]);
      expect(events[1]?.before).toMatchObject({ dedication: "Original", role: "member", version: 1 });
      expect(events[1]?.after).toMatchObject({ dedication: "Cambiada", role: "alternate", version: 2 });

      const [row] = await db.select().from(assignments).where(eq(assignments.id, id));
      const before = await counts(db);
      expect(
        await updateAssignment(coordinator, id, form({ dedication: "Otra pestaña", version: 1 })),
      ).toMatchObject({
        ok: false,
        code: "CONFLICT",
      });
      expect(await endAssignment(coordinator, id, { endsOn: "2026-11-26", version: 1 })).toMatchObject({
        code: "CONFLICT",
      });
      expect(await counts(db)).toEqual(before);
      expect((await db.select().from(assignments).where(eq(assignments.id, id)))[0]).toEqual(row);
    });

    it("ending sets status ended and the end date (not before the start), audited", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const { id } = expectOk(await createAssignment(coordinator, form()));
      const before = await counts(db);
      expect(await endAssignment(coordinator, id, { endsOn: "2026-02-28", version: 1 })).toMatchObject({
        ok: false,
        fieldErrors: { endsOn: ["endBeforeStart"] },
      });
      expect(await endAssignment(coordinator, id, { endsOn: "", version: 1 })).toMatchObject({
        fieldErrors: { endsOn: ["required"] },
      });
      expect(await counts(db)).toEqual(before);
      expect(await endAssignment(coordinator, id, { endsOn: "2026-11-26", version: 1 })).toEqual({
        ok: true,
        data: { id, version: 2 },
      });
      const detail = await getAssignment(ctxFor(db, actors.viewer), id);
      expect(detail).toMatchObject({ status: "ended", endsOn: "2026-11-26", version: 2 });
      const events = await auditFor(db, id);
      expect(events.map((e) => e.action)).toEqual(["assignment.create", "assignment.end"]);
      expect(events[1]?.before).toMatchObject({ status: "active", endsOn: null });
      expect(events[1]?.after).toMatchObject({ status: "ended", endsOn: "2026-11-26" });

      const history = await recordHistory(ctxFor(db, actors.viewer), "assignment", id);
      expect(history.entries.map((e) => e.actionLabel)).toEqual([
        "Finalizó la asignación técnica",
        "Creó la asignación técnica",
      ]);
      const change = history.entries[0]?.changes.find((c) => c.field === "status");
      expect(change).toMatchObject({ label: "Estado", before: "Activa", after: "Finalizada" });
    });
  });

  describe("the list", () => {
    it("filters by network, body, area, department, role, status and staleness, with totals", async () => {
      const db = getDb();
      const viewer = ctxFor(db, actors.viewer);
      const list = (params: Record<string, string>) =>
        listAssignments(viewer, parseAssignmentListParams(params));
      const all = await db.select().from(assignments);
      const current = all.filter((a) => a.status !== "ended");

      // Default: the current team (active and paused).
      expect((await list({})).total).toBe(current.length);
      expect((await list({ status: "all" })).total).toBe(all.length);
      expect((await list({ status: "ended" })).total).toBe(all.filter((a) => a.status === "ended").length);
      expect((await list({ network: c40.id, status: "all" })).total).toBe(
        all.filter((a) => a.networkId === c40.id).length,
      );
      expect((await list({ body: utCultura.id })).rows.map((r) => r.body?.name)).toEqual(
        current.filter((a) => a.bodyId === utCultura.id).map(() => "UT Cultura"),
      );
      const inArea = await list({ area: cultura.id, status: "all" });
      expect(inArea.total).toBe(all.filter((a) => a.thematicAreaId === cultura.id).length);
      expect(inArea.rows.every((r) => r.thematicArea?.name === "Cultura (prueba)")).toBe(true);
      const focal = await list({ role: "focal_point" });
      expect(focal.rows.every((r) => r.role === "focal_point")).toBe(true);
      expect(focal.total).toBe(current.filter((a) => a.role === "focal_point").length);
      const other = await list({ department: otherDept.id, status: "all" });
      expect(other.rows.map((r) => r.person.name).sort()).toEqual(["Mario Mudanza", "Olga Ajena"]);
      expect(other.rows[0]?.department?.name).toBe("MCP");

      // Quiet: active, and no update (or, with none yet, no start) in the last 90 days.
      const day = 86_400_000;
      const isQuiet = (a: typeof assignments.$inferSelect) =>
        a.status === "active" &&
        (a.lastUpdatedAt ?? new Date(`${a.startsOn}T00:00:00Z`)).getTime() < Date.now() - 90 * day;
      const active = all.filter((a) => a.status === "active");
      expect(active.length).toBeGreaterThanOrEqual(3);
      const [fresh, old, justStarted] = active as [(typeof all)[0], (typeof all)[0], (typeof all)[0]];
      const setRow = (id: string, values: Partial<typeof assignments.$inferInsert>) =>
        db.update(assignments).set(values).where(eq(assignments.id, id));
      await setRow(fresh.id, { lastUpdatedAt: new Date(), startsOn: "2020-01-01" });
      await setRow(old.id, { lastUpdatedAt: new Date(Date.now() - 91 * day), startsOn: "2020-01-01" });
      // Never updated, but started a week ago: not quiet yet.
      const weekAgo = new Date(Date.now() - 7 * day).toISOString().slice(0, 10);
      await setRow(justStarted.id, { lastUpdatedAt: null, startsOn: weekAgo });
      const now = await db.select().from(assignments);
      const expected = now.filter(isQuiet).map((a) => a.id);
      const stale = await list({ stale: "1" });
      expect(stale.rows.map((r) => r.id).sort()).toEqual(expected.sort());
      expect(stale.rows.every((r) => r.stale)).toBe(true);
      expect(expected).toContain(old.id);
      expect(expected).not.toContain(fresh.id);
      expect(expected).not.toContain(justStarted.id);
      // Paused or ended ones are never quiet, however old.
      expect(now.filter((a) => a.status !== "active").every((a) => !expected.includes(a.id))).toBe(true);

      // Search by person, sort and pagination.
      expect((await list({ q: "olga", status: "all" })).rows.map((r) => r.person.name)).toEqual([
        "Olga Ajena",
      ]);
      const page1 = await list({ status: "all", size: "10", sort: "person", dir: "desc" });
      expect(page1.total).toBe(all.length);
      expect(page1.rows).toHaveLength(Math.min(10, all.length));
      const names = page1.rows.map((r) => r.person.name.toLowerCase());
      expect(names).toEqual([...names].sort().reverse());
      const page2 = await list({ status: "all", size: "10", page: "2", sort: "person", dir: "desc" });
      expect(page2.rows.map((r) => r.id).some((id) => page1.rows.some((r) => r.id === id))).toBe(false);
      // Bad URL values fall back to defaults.
      expect((await list({ status: "weird", role: "boss", network: "nope" })).total).toBe(
        (await list({})).total,
      );
    });
  });

  describe("the form's options", () => {
    it("offers the chosen network's bodies not archived (the edited one kept), and no body without a network", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const archived = await insertRow(db, bodies, {
        networkId: merco.id,
        name: "UT archivada",
        kind: "thematic_unit",
        archivedAt: new Date(),
      });
      const options = await assignmentFormOptions(coordinator, { networkId: merco.id });
      expect(options.bodies).toEqual(
        expect.arrayContaining([
          { id: utAmbiente.id, name: "UT Ambiente", thematicAreaId: ambiente.id },
          { id: utCultura.id, name: "UT Cultura", thematicAreaId: cultura.id },
        ]),
      );
      const ids = options.bodies.map((b) => b.id);
      expect(ids).not.toContain(c40Body.id);
      expect(ids).not.toContain(archived.id);
      expect(options.networks.map((n) => n.id)).toEqual(expect.arrayContaining([merco.id, c40.id]));
      const kept = await assignmentFormOptions(coordinator, { networkId: merco.id, bodyId: archived.id });
      expect(kept.bodies.map((b) => b.id)).toContain(archived.id);
      expect((await assignmentNetworkOptions(coordinator, c40.id)).bodies.map((b) => b.id)).toEqual([
        c40Body.id,
      ]);
      expect((await assignmentFormOptions(coordinator)).bodies).toEqual([]);
      expect(await assignmentNetworkOptions(coordinator, "no-es-un-id")).toEqual({ bodies: [] });
      // Technical staff and viewers search no one to assign.
      for (const role of ["technical", "viewer"] as const) {
        await expect(searchAssignablePeople(ctxFor(db, actors[role]), "")).rejects.toMatchObject({
          failure: { code: "FORBIDDEN" },
        });
      }
    });
  });

  describe("the list's filter options", () => {
    it("offers the chosen network's bodies that have someone assigned (none without a network), and a chosen body by id", async () => {
      const db = getDb();
      const viewer = ctxFor(db, actors.viewer);
      expect((await assignmentFilterOptions(viewer)).bodies).toEqual([]);
      // UT Ambiente has assignments (the tests above); UT Cultura and C40's body may not.
      const assigned = await db
        .select({ bodyId: assignments.bodyId })
        .from(assignments)
        .where(eq(assignments.networkId, merco.id));
      const expected = [utAmbiente, utCultura]
        .filter((b) => assigned.some((a) => a.bodyId === b.id))
        .map((b) => b.name)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      const ofMerco = await assignmentFilterOptions(viewer, { network: merco.id });
      expect(ofMerco.bodies.map((b) => b.name).sort()).toEqual(expected);
      expect(ofMerco.bodies.every((b) => b.networkId === merco.id && b.network === merco.name)).toBe(true);
      const chosen = await assignmentFilterOptions(viewer, { body: c40Body.id });
      expect(chosen.bodies.map((b) => b.id)).toEqual([c40Body.id]);
      expect((await assignmentFilterOptions(viewer, { network: "no-es-un-id" })).bodies).toEqual([]);
      expect(ofMerco.thematicAreas.map((a) => a.name)).toEqual(
        expect.arrayContaining(["Sustentabilidad (prueba)", "Cultura (prueba)"]),
      );
    });
  });
});
