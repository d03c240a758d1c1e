import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, bodies, networks } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { archiveBody, createBody, restoreBody, updateBody } from "@/lib/bodies/commands";
import { bodyFormOptions, getBody, listNetworkBodies } from "@/lib/bodies/queries";
import { describeDatabases } from "../support/databases";
import { auditFor, countRows, createActors, createThematicArea, ctxFor } from "../support/fixtures";
import { UNKNOWN } from "../support/rows";

/** The keys the history viewer reads from a body's audit snapshots. */
const SNAPSHOT_KEYS = [
  "archived",
  "cadenceMonths",
  "cadenceNote",
  "description",
  "kind",
  "name",
  "network",
  "parent",
  "thematicArea",
  "usualMonth",
  "version",
];

const tally = (db: Db) => countRows(db, { bodies, audit: auditEvents });

async function row(db: Db, id: string) {
  const [found] = await db.select().from(bodies).where(eq(bodies.id, id));
  return found!;
}

async function createNetworkRow(db: Db, name: string, archived = false) {
  const [network] = await db
    .insert(networks)
    .values({ name, kind: "regional", archivedAt: archived ? new Date() : null })
    .returning();
  return network!;
}

describeDatabases("bodies slice", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let red: { id: string };
  let otra: { id: string };
  let movilidad: { id: string };
  let cultura: { id: string };

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    red = await createNetworkRow(db, "Red de Ciudades del Sur");
    otra = await createNetworkRow(db, "Otra Red");
    movilidad = await createThematicArea(db, "Desarrollo urbano");
    cultura = await createThematicArea(db, "Cultura");
  });

  const coord = () => ctxFor(getDb(), actors.coordinator);

  const form = (overrides: Record<string, unknown> = {}) => ({
    name: "Asamblea General",
    kind: "assembly",
    parentId: "",
    thematicAreaId: "",
    cadenceMonths: "24",
    cadenceNote: "",
    usualMonth: "11",
    description: "",
    ...overrides,
  });

  async function create(overrides: Record<string, unknown>, networkId = red.id) {
    const result = await createBody(coord(), networkId, form(overrides));
    if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result)}`);
    return result.data.id;
  }

  /** Asamblea → {Comité Ejecutivo, Comisión de Movilidad → Grupo de Bicicletas}, plus Consejo. */
  async function threeLevels(prefix: string, networkId = red.id) {
    const asamblea = await create({ name: `${prefix} Asamblea`, kind: "assembly" }, networkId);
    const consejo = await create({ name: `${prefix} Consejo`, kind: "council" }, networkId);
    const comision = await create(
      { name: `${prefix} Comisión de Movilidad`, kind: "committee", parentId: asamblea },
      networkId,
    );
    const comite = await create(
      { name: `${prefix} Comité Ejecutivo`, kind: "executive", parentId: asamblea },
      networkId,
    );
    const grupo = await create(
      { name: `${prefix} Grupo de Bicicletas`, kind: "working_group", parentId: comision },
      networkId,
    );
    return { asamblea, consejo, comision, comite, grupo };
  }

  it("a coordinator creates a body: one row and exactly one audit event with the labelled snapshot", async () => {
    const db = getDb();
    const parent = await create({ name: "Asamblea de Alcaldes" });
    const before = await tally(db);
    const result = await createBody(
      coord(),
      red.id,
      form({
        name: "  Comisión de Movilidad Urbana ",
        kind: "committee",
        parentId: parent,
        thematicAreaId: movilidad.id,
        cadenceMonths: "12",
        cadenceNote: "Se reúne junto a la Asamblea",
        usualMonth: "3",
        description: "Transporte público y movilidad activa.",
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await tally(db)).toEqual({ bodies: before.bodies + 1, audit: before.audit + 1 });

    const events = await auditFor(db, result.data.id);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      action: "body.create",
      entityType: "body",
      actorUserId: actors.coordinator.userId,
      before: null,
    });
    expect(Object.keys(event!.after as object).sort()).toEqual(SNAPSHOT_KEYS);
    expect(event!.after).toEqual({
      name: "Comisión de Movilidad Urbana",
      kind: "committee",
      network: "Red de Ciudades del Sur",
      parent: "Asamblea de Alcaldes",
      thematicArea: "Desarrollo urbano",
      cadenceMonths: 12,
      cadenceNote: "Se reúne junto a la Asamblea",
      usualMonth: 3,
      description: "Transporte público y movilidad activa.",
      archived: false,
      version: 1,
    });

    const detail = await getBody(ctxFor(db, actors.viewer), result.data.id);
    expect(detail).toMatchObject({
      name: "Comisión de Movilidad Urbana",
      kind: "committee",
      network: { id: red.id, name: "Red de Ciudades del Sur", archived: false },
      parent: { id: parent, name: "Asamblea de Alcaldes" },
      ancestors: [{ id: parent, name: "Asamblea de Alcaldes" }],
      children: [],
      thematicArea: { id: movilidad.id, name: "Desarrollo urbano" },
      cadenceMonths: 12,
      usualMonth: 3,
      archived: false,
      version: 1,
    });
    const parentDetail = await getBody(ctxFor(db, actors.viewer), parent);
    expect(parentDetail?.children).toEqual([
      { id: result.data.id, name: "Comisión de Movilidad Urbana", kind: "committee", archived: false },
    ]);
  });

  it("lists a 3-level tree in tree order with depths, in one flat list", async () => {
    const db = getDb();
    const network = await createNetworkRow(db, "Red del Árbol");
    const t = await threeLevels("T", network.id);
    const list = await listNetworkBodies(ctxFor(db, actors.viewer), network.id);
    expect(list.map((b) => [b.name, b.depth, b.parentId])).toEqual([
      ["T Asamblea", 0, null],
      ["T Comité Ejecutivo", 1, t.asamblea],
      ["T Comisión de Movilidad", 1, t.asamblea],
      ["T Grupo de Bicicletas", 2, t.comision],
      ["T Consejo", 0, null],
    ]);
    expect(list[0]).toMatchObject({ kind: "assembly", cadenceMonths: 24, usualMonth: 11, archived: false });

    const options = await bodyFormOptions(ctxFor(db, actors.coordinator), network.id, t.comision);
    expect(options.parents.map((p) => p.name)).toEqual(["T Asamblea", "T Comité Ejecutivo", "T Consejo"]);
    expect(options.thematicAreas.map((a) => a.name)).toEqual(["Cultura", "Desarrollo urbano"]);
    const all = await bodyFormOptions(ctxFor(db, actors.coordinator), network.id);
    expect(all.parents.map((p) => [p.name, p.depth])).toEqual([
      ["T Asamblea", 0],
      ["T Comité Ejecutivo", 1],
      ["T Comisión de Movilidad", 1],
      ["T Grupo de Bicicletas", 2],
      ["T Consejo", 0],
    ]);
    const grupo = await getBody(ctxFor(db, actors.viewer), t.grupo);
    expect(grupo?.ancestors.map((a) => a.name)).toEqual(["T Asamblea", "T Comisión de Movilidad"]);
    // Bodies of another network never show up.
    expect((await listNetworkBodies(ctxFor(db, actors.viewer), otra.id)).map((b) => b.name)).not.toContain(
      "T Asamblea",
    );
  });

  it("an edit bumps the version and records body.update; a new parent records body.move", async () => {
    const db = getDb();
    const t = await threeLevels("E");
    const updated = await updateBody(
      coord(),
      t.consejo,
      form({ name: "E Consejo Directivo", kind: "council", thematicAreaId: cultura.id, version: 1 }),
    );
    expect(updated).toEqual({ ok: true, data: { id: t.consejo, networkId: red.id, version: 2 } });
    let events = await auditFor(db, t.consejo);
    expect(events.map((e) => e.action)).toEqual(["body.create", "body.update"]);
    expect(Object.keys(events[1]!.before as object).sort()).toEqual(SNAPSHOT_KEYS);
    expect(events[1]!.before).toMatchObject({ name: "E Consejo", thematicArea: null, version: 1 });
    expect(events[1]!.after).toMatchObject({
      name: "E Consejo Directivo",
      thematicArea: "Cultura",
      version: 2,
    });

    // Move the Consejo under the Asamblea.
    const before = await tally(db);
    const moved = await updateBody(
      coord(),
      t.consejo,
      form({
        name: "E Consejo Directivo",
        kind: "council",
        thematicAreaId: cultura.id,
        parentId: t.asamblea,
        version: 2,
      }),
    );
    expect(moved.ok).toBe(true);
    expect(await tally(db)).toEqual({ bodies: before.bodies, audit: before.audit + 1 });
    events = await auditFor(db, t.consejo);
    expect(events.map((e) => e.action)).toEqual(["body.create", "body.update", "body.move"]);
    expect(events[2]!.before).toMatchObject({ parent: null, version: 2 });
    expect(events[2]!.after).toMatchObject({
      parent: "E Asamblea",
      network: "Red de Ciudades del Sur",
      version: 3,
    });
    expect((await row(db, t.consejo)).parentId).toBe(t.asamblea);

    // Moving a subtree: the Comisión (with its Grupo) goes under the Consejo; the Grupo follows.
    const subtree = await updateBody(
      coord(),
      t.comision,
      form({ name: "E Comisión de Movilidad", kind: "committee", parentId: t.consejo, version: 1 }),
    );
    expect(subtree.ok).toBe(true);
    const grupo = await getBody(ctxFor(db, actors.viewer), t.grupo);
    expect(grupo?.ancestors.map((a) => a.name)).toEqual([
      "E Asamblea",
      "E Consejo Directivo",
      "E Comisión de Movilidad",
    ]);
  });

  it("a cycle (under itself, its child or its grandchild) is a field error and writes nothing", async () => {
    const db = getDb();
    const t = await threeLevels("C");
    const before = await tally(db);
    const asamblea = await row(db, t.asamblea);
    for (const parentId of [t.asamblea, t.comision, t.grupo]) {
      const result = await updateBody(
        coord(),
        t.asamblea,
        form({ name: "C Asamblea", kind: "assembly", parentId, version: asamblea.version }),
      );
      expect(result).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { parentId: ["parentCycle"] },
      });
    }
    expect(await tally(db)).toEqual(before);
    expect(await row(db, t.asamblea)).toEqual(asamblea);
    // The check also holds for a body in the middle of the tree.
    const comision = await row(db, t.comision);
    const middle = await updateBody(
      coord(),
      t.comision,
      form({
        name: "C Comisión de Movilidad",
        kind: "committee",
        parentId: t.grupo,
        version: comision.version,
      }),
    );
    expect(middle).toMatchObject({ ok: false, fieldErrors: { parentId: ["parentCycle"] } });
    expect(await row(db, t.comision)).toEqual(comision);
    expect(await tally(db)).toEqual(before);
  });

  it("a parent of another network, an unknown parent or thematic area, and bad values are field errors that write nothing", async () => {
    const db = getDb();
    const foreign = await create({ name: "Asamblea de la otra red" }, otra.id);
    const local = await create({ name: "Consejo local", kind: "council" });
    const localRow = await row(db, local);
    const before = await tally(db);

    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ parentId: foreign }, { parentId: ["parentOtherNetwork"] }],
      [{ parentId: UNKNOWN }, { parentId: ["unknownParent"] }],
      [{ parentId: "no-es-un-id" }, { parentId: ["unknownParent"] }],
      [{ thematicAreaId: UNKNOWN }, { thematicAreaId: ["unknownThematicArea"] }],
      [{ usualMonth: "13" }, { usualMonth: ["invalidOption"] }],
      [{ usualMonth: "0" }, { usualMonth: ["invalidOption"] }],
      [{ cadenceMonths: "121" }, { cadenceMonths: ["invalidOption"] }],
      [{ cadenceMonths: "1,5" }, { cadenceMonths: ["invalidOption"] }],
      [{ name: "   " }, { name: ["required"] }],
      [{ name: "x".repeat(201) }, { name: ["tooLong:200"] }],
      [{ kind: "galaxy" }, { kind: ["invalidOption"] }],
    ];
    for (const [overrides, fieldErrors] of cases) {
      const created = await createBody(coord(), red.id, form({ name: "Nuevo órgano", ...overrides }));
      expect(created, JSON.stringify(overrides)).toEqual({
        ok: false,
        code: "VALIDATION",
        message: "errors.VALIDATION",
        fieldErrors,
      });
      const updated = await updateBody(
        coord(),
        local,
        form({ name: "Consejo local", kind: "council", ...overrides, version: localRow.version }),
      );
      expect(updated, JSON.stringify(overrides)).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors,
      });
    }
    expect(await tally(db)).toEqual(before);
    expect(await row(db, local)).toEqual(localRow);
  });

  it("a stale version is a conflict that changes nothing", async () => {
    const db = getDb();
    const id = await create({ name: "Comité de Cultura", kind: "committee" });
    const first = await updateBody(
      coord(),
      id,
      form({ name: "Comité de Cultura", kind: "committee", usualMonth: "5", version: 1 }),
    );
    expect(first.ok).toBe(true);
    const stored = await row(db, id);
    const before = await tally(db);
    const stale = await updateBody(
      ctxFor(db, actors.admin),
      id,
      form({ name: "Comité de Cultura (otro nombre)", kind: "committee", version: 1 }),
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await archiveBody(coord(), id, { version: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await tally(db)).toEqual(before);
    expect(await row(db, id)).toEqual(stored);
    expect(stored).toMatchObject({ name: "Comité de Cultura", usualMonth: 5, version: 2 });
  });

  it("archive and restore: one audit event each; dependents and archived parents are refused", async () => {
    const db = getDb();
    const t = await threeLevels("A");
    let before = await tally(db);

    // The Comisión still has an active dependent (the Grupo): refused, nothing written.
    const refused = await archiveBody(coord(), t.comision, { version: 1 });
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { _form: ["archiveHasChildren"] },
    });
    expect(await tally(db)).toEqual(before);
    expect((await row(db, t.comision)).archivedAt).toBeNull();

    // The leaf first.
    const archived = await archiveBody(coord(), t.grupo, { version: 1 });
    expect(archived).toEqual({ ok: true, data: { id: t.grupo, networkId: red.id, version: 2 } });
    expect(await tally(db)).toEqual({ bodies: before.bodies, audit: before.audit + 1 });
    let events = await auditFor(db, t.grupo);
    expect(events.map((e) => e.action)).toEqual(["body.create", "body.archive"]);
    expect(Object.keys(events[1]!.after as object).sort()).toEqual(SNAPSHOT_KEYS);
    expect(events[1]!.before).toMatchObject({
      archived: false,
      version: 1,
      parent: "A Comisión de Movilidad",
    });
    expect(events[1]!.after).toMatchObject({ archived: true, version: 2 });

    // Archived bodies leave the tree unless asked for.
    const active = await listNetworkBodies(coord(), red.id);
    expect(active.map((b) => b.id)).not.toContain(t.grupo);
    const all = await listNetworkBodies(coord(), red.id, { includeArchived: true });
    expect(all.find((b) => b.id === t.grupo)).toMatchObject({ archived: true, depth: 2 });
    // …and from the parents a form offers.
    const options = await bodyFormOptions(coord(), red.id);
    expect(options.parents.map((p) => p.id)).not.toContain(t.grupo);

    // An archived body cannot become a parent.
    const consejo = await row(db, t.consejo);
    before = await tally(db);
    const underArchived = await updateBody(
      coord(),
      t.consejo,
      form({ name: "A Consejo", kind: "council", parentId: t.grupo, version: consejo.version }),
    );
    expect(underArchived).toMatchObject({ ok: false, fieldErrors: { parentId: ["parentArchived"] } });
    const newUnderArchived = await createBody(coord(), red.id, form({ name: "Nuevo", parentId: t.grupo }));
    expect(newUnderArchived).toMatchObject({ ok: false, fieldErrors: { parentId: ["parentArchived"] } });
    expect(await tally(db)).toEqual(before);

    // Now the Comisión can be archived; its Grupo cannot come back while it is.
    expect((await archiveBody(coord(), t.comision, { version: 1 })).ok).toBe(true);
    before = await tally(db);
    const orphan = await restoreBody(coord(), t.grupo, { version: 2 });
    expect(orphan).toMatchObject({ ok: false, fieldErrors: { _form: ["restoreParentArchived"] } });
    expect(await tally(db)).toEqual(before);

    // An archived body can still be edited where it hangs (its archived parent is kept).
    const grupoOptions = await bodyFormOptions(coord(), red.id, t.grupo);
    expect(grupoOptions.parents.find((p) => p.id === t.comision)).toMatchObject({ archived: true });
    const edited = await updateBody(
      coord(),
      t.grupo,
      form({
        name: "A Grupo de Bicicletas",
        kind: "working_group",
        parentId: t.comision,
        description: "Nota",
        version: 2,
      }),
    );
    expect(edited).toMatchObject({ ok: true, data: { version: 3 } });

    // Restore top-down.
    const restored = await restoreBody(coord(), t.comision, { version: 2 });
    expect(restored).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await restoreBody(coord(), t.grupo, { version: 3 })).ok).toBe(true);
    events = await auditFor(db, t.comision);
    expect(events.map((e) => e.action)).toEqual(["body.create", "body.archive", "body.restore"]);
    expect(events[2]!.before).toMatchObject({ archived: true, version: 2 });
    expect(events[2]!.after).toMatchObject({ archived: false, version: 3 });
    expect((await row(db, t.grupo)).archivedAt).toBeNull();

    // Restoring what is not archived (a stale button) is a conflict.
    expect(await restoreBody(coord(), t.grupo, { version: 4 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("an archived network takes no new bodies; unknown ids are NOT_FOUND", async () => {
    const db = getDb();
    const archivedNetwork = await createNetworkRow(db, "Red archivada", true);
    const before = await tally(db);
    expect(await createBody(coord(), archivedNetwork.id, form())).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { _form: ["networkArchived"] },
    });
    expect(await createBody(coord(), UNKNOWN, form())).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await createBody(coord(), "no-es-un-id", form())).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await updateBody(coord(), UNKNOWN, form({ version: 1 }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await archiveBody(coord(), UNKNOWN, { version: 1 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await getBody(coord(), UNKNOWN)).toBeNull();
    expect(await getBody(coord(), "no-es-un-id")).toBeNull();
    expect(await tally(db)).toEqual(before);
  });

  it.each(["head", "technical", "viewer"] as const)(
    "a %s may read bodies but not create, edit, move, archive or restore them: nothing is written",
    async (role) => {
      const db = getDb();
      const parent = await create({ name: `Asamblea para ${role}` });
      const target = await create({ name: `Comisión para ${role}`, kind: "committee" });
      const archived = await create({ name: `Archivado para ${role}`, kind: "other" });
      expect((await archiveBody(coord(), archived, { version: 1 })).ok).toBe(true);
      const stored = await row(db, target);
      const before = await tally(db);
      const ctx = ctxFor(db, actors[role]);

      expect(await createBody(ctx, red.id, form({ name: `Intento de ${role}` }))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(
        await updateBody(ctx, target, form({ name: "Cambio", kind: "committee", version: stored.version })),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(
        await updateBody(
          ctx,
          target,
          form({ name: stored.name, kind: "committee", parentId: parent, version: stored.version }),
        ),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await archiveBody(ctx, target, { version: stored.version })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await restoreBody(ctx, archived, { version: 2 })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });

      expect(await tally(db)).toEqual(before);
      expect(await row(db, target)).toEqual(stored);
      expect((await row(db, archived)).archivedAt).not.toBeNull();
      // Reading is open to every role.
      expect((await listNetworkBodies(ctx, red.id)).map((b) => b.id)).toContain(target);
      expect((await getBody(ctx, target))?.name).toBe(`Comisión para ${role}`);
    },
  );
});
