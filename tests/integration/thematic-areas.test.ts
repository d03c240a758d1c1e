import { eq, inArray } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  assignments,
  auditEvents,
  bodies,
  networks,
  networkThematicAreas,
  people,
  thematicAreas,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { createThematicArea, mergeThematicAreas, renameThematicArea } from "@/lib/thematic-areas/commands";
import { listThematicAreasWithUsage, mergePreview } from "@/lib/thematic-areas/queries";
import { describeDatabases } from "../support/databases";
import { auditFor, countRows, createActors, ctxFor } from "../support/fixtures";
import { UNKNOWN } from "../support/rows";

/** What a refused write must leave as it was. */
const snapshotCounts = (db: Db) =>
  countRows(db, { areas: thematicAreas, audit: auditEvents, links: networkThematicAreas });

describeDatabases("thematic areas admin", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let personIds: string[];

  beforeAll(async () => {
    actors = await createActors(getDb());
    const persons = await getDb()
      .insert(people)
      .values(Array.from({ length: 4 }, (_, i) => ({ fullName: `Especialista ${i}` })))
      .returning({ id: people.id });
    personIds = persons.map((p) => p.id);
  });

  const as = (role: AppRole) => ctxFor(getDb(), actors[role]);
  async function area(name: string) {
    const result = await createThematicArea(as("coordinator"), { name });
    if (!result.ok) throw new Error(`could not create ${name}: ${result.code}`);
    const [row] = await getDb().select().from(thematicAreas).where(eq(thematicAreas.id, result.data.id));
    return row!;
  }
  async function network(name: string, areaIds: string[]) {
    const [row] = await getDb().insert(networks).values({ name, kind: "thematic" }).returning();
    if (areaIds.length) {
      await getDb()
        .insert(networkThematicAreas)
        .values(areaIds.map((thematicAreaId) => ({ networkId: row!.id, thematicAreaId })));
    }
    return row!;
  }
  const focalPoint = (
    networkId: string,
    thematicAreaId: string,
    personId: string,
    status: "active" | "ended" = "active",
  ) => ({
    networkId,
    thematicAreaId,
    personId,
    role: "focal_point" as const,
    status,
    startsOn: "2025-01-01",
  });

  it("creates an area with one audit event; a duplicate name in any case is a field error", async () => {
    const db = getDb();
    const before = await snapshotCounts(db);
    const created = await createThematicArea(as("coordinator"), { name: "  Movilidad urbana " });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await snapshotCounts(db)).toEqual({ ...before, areas: before.areas + 1, audit: before.audit + 1 });
    const [event] = await auditFor(db, created.data.id);
    expect(event).toMatchObject({
      action: "thematic_area.create",
      entityType: "thematic_area",
      actorUserId: actors.coordinator.userId,
      after: { name: "Movilidad urbana" },
    });

    const again = await snapshotCounts(db);
    const dup = await createThematicArea(as("admin"), { name: "MOVILIDAD URBANA" });
    expect(dup).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["duplicateAreaName"] },
    });
    const blank = await createThematicArea(as("admin"), { name: "   " });
    expect(blank).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["required"] } });
    expect(await snapshotCounts(db)).toEqual(again);
  });

  it("renames with the version; a stale version is a conflict and a taken name a field error", async () => {
    const db = getDb();
    const cultura = await area("Cultura y patrimonio");
    await area("Turismo receptivo");
    const renamed = await renameThematicArea(as("admin"), cultura.id, { name: "Cultura", version: 1 });
    expect(renamed).toEqual({ ok: true, data: { id: cultura.id, version: 2 } });
    const events = await auditFor(db, cultura.id);
    expect(events.map((e) => e.action)).toEqual(["thematic_area.create", "thematic_area.rename"]);
    expect(events[1]).toMatchObject({ before: { name: "Cultura y patrimonio" }, after: { name: "Cultura" } });

    const before = await snapshotCounts(db);
    const stale = await renameThematicArea(as("coordinator"), cultura.id, { name: "Culturas", version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const taken = await renameThematicArea(as("coordinator"), cultura.id, {
      name: "turismo RECEPTIVO",
      version: 2,
    });
    expect(taken).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["duplicateAreaName"] },
    });
    const missing = await renameThematicArea(as("coordinator"), UNKNOWN, {
      name: "X",
      version: 1,
    });
    expect(missing).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotCounts(db)).toEqual(before);
    const [row] = await db.select().from(thematicAreas).where(eq(thematicAreas.id, cultura.id));
    expect(row).toMatchObject({ name: "Cultura", version: 2 });

    // Changing only the case is a rename of its own.
    const recased = await renameThematicArea(as("coordinator"), cultura.id, { name: "CULTURA", version: 2 });
    expect(recased).toMatchObject({ ok: true, data: { version: 3 } });
  });

  it("merges: every link moves to the target, a network with both keeps one, the source is gone", async () => {
    const db = getDb();
    const source = await area("Ambiente");
    const target = await area("Sustentabilidad y medio ambiente");
    const onlySource = await network("Red Solo Ambiente", [source.id]);
    const both = await network("Red Con Ambas", [source.id, target.id]);
    const onlyTarget = await network("Red Solo Sustentabilidad", [target.id]);
    const [body] = await db
      .insert(bodies)
      .values({
        networkId: both.id,
        name: "Comisión de Ambiente",
        kind: "committee",
        thematicAreaId: source.id,
      })
      .returning();
    await db.insert(assignments).values([
      { ...focalPoint(onlySource.id, source.id, personIds[0]!) },
      // The target already has a focal point in this network, the source only an ended one.
      { ...focalPoint(both.id, source.id, personIds[1]!, "ended") },
      { ...focalPoint(both.id, target.id, personIds[2]!) },
      { ...focalPoint(both.id, source.id, personIds[3]!), role: "member" as const },
    ]);

    const preview = await mergePreview(as("coordinator"), source.id, target.id);
    expect(preview).toMatchObject({
      source: { name: "Ambiente", networks: 2, bodies: 1, assignments: 3 },
      target: { name: "Sustentabilidad y medio ambiente", networks: 2, bodies: 0, assignments: 1 },
      alreadyLinked: 1,
      clashes: [],
    });

    const auditBefore = (await snapshotCounts(db)).audit;
    const result = await mergeThematicAreas(as("coordinator"), {
      sourceId: source.id,
      targetId: target.id,
      sourceVersion: "1",
      targetVersion: "1",
      confirm: "yes",
    });
    expect(result).toEqual({
      ok: true,
      data: {
        targetId: target.id,
        targetVersion: 2,
        moved: { networks: 1, bodies: 1, assignments: 3 },
        alreadyLinked: 1,
      },
    });

    expect(await db.select().from(thematicAreas).where(eq(thematicAreas.id, source.id))).toEqual([]);
    const links = await db
      .select()
      .from(networkThematicAreas)
      .where(inArray(networkThematicAreas.networkId, [onlySource.id, both.id, onlyTarget.id]));
    expect(links.map((l) => [l.networkId, l.thematicAreaId]).sort()).toEqual(
      [
        [onlySource.id, target.id],
        [both.id, target.id],
        [onlyTarget.id, target.id],
      ].sort(),
    );
    const [movedBody] = await db.select().from(bodies).where(eq(bodies.id, body!.id));
    expect(movedBody).toMatchObject({ thematicAreaId: target.id, version: 2 });
    const areaAssignments = await db
      .select({ areaId: assignments.thematicAreaId })
      .from(assignments)
      .where(inArray(assignments.networkId, [onlySource.id, both.id]));
    expect(areaAssignments.every((a) => a.areaId === target.id)).toBe(true);
    expect(areaAssignments).toHaveLength(4);
    // The networks' list of areas changed: their version moved on.
    const [n] = await db.select().from(networks).where(eq(networks.id, onlySource.id));
    expect(n!.version).toBe(2);

    const events = await auditFor(db, target.id);
    expect((await snapshotCounts(db)).audit).toBe(auditBefore + 1);
    expect(events.at(-1)).toMatchObject({
      action: "thematic_area.merge",
      entityType: "thematic_area",
      entityId: target.id,
      actorUserId: actors.coordinator.userId,
      before: { name: "Sustentabilidad y medio ambiente", version: 1 },
      after: { name: "Sustentabilidad y medio ambiente", version: 2 },
      metadata: {
        merged: "Ambiente",
        mergedId: source.id,
        moved: { networks: 1, bodies: 1, assignments: 3 },
        alreadyLinked: 1,
      },
    });
    const usage = await listThematicAreasWithUsage(as("viewer"));
    expect(usage.find((a) => a.id === target.id)).toMatchObject({ networks: 3, bodies: 1, assignments: 4 });
  });

  it("refuses a merge that would give a network two active focal points, writing nothing", async () => {
    const db = getDb();
    const source = await area("Seguridad");
    const target = await area("Seguridad ciudadana");
    const shared = await network("Red de Ciudades Seguras", [source.id, target.id]);
    const other = await network("Red Vecina", [source.id]);
    await db
      .insert(assignments)
      .values([
        focalPoint(shared.id, source.id, personIds[0]!),
        focalPoint(shared.id, target.id, personIds[1]!),
        focalPoint(other.id, source.id, personIds[2]!),
      ]);
    const preview = await mergePreview(as("admin"), source.id, target.id);
    expect(preview?.clashes).toEqual(["Red de Ciudades Seguras"]);

    const before = await snapshotCounts(db);
    const linksBefore = await db.select().from(networkThematicAreas).orderBy(networkThematicAreas.networkId);
    const assignmentsBefore = await db.select().from(assignments).orderBy(assignments.id);
    const result = await mergeThematicAreas(as("admin"), {
      sourceId: source.id,
      targetId: target.id,
      sourceVersion: "1",
      targetVersion: "1",
      confirm: "yes",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { targetId: ["focalPointClash"] },
      clashes: ["Red de Ciudades Seguras"],
    });
    expect(await snapshotCounts(db)).toEqual(before);
    expect(await db.select().from(networkThematicAreas).orderBy(networkThematicAreas.networkId)).toEqual(
      linksBefore,
    );
    expect(await db.select().from(assignments).orderBy(assignments.id)).toEqual(assignmentsBefore);
    const [stillThere] = await db.select().from(thematicAreas).where(eq(thematicAreas.id, source.id));
    expect(stillThere).toMatchObject({ name: "Seguridad", version: 1 });
  });

  it("asks for an explicit confirmation, two different areas and current versions", async () => {
    const db = getDb();
    const a = await area("Juventud");
    const b = await area("Juventudes");
    const before = await snapshotCounts(db);
    const base = { sourceId: a.id, targetId: b.id, sourceVersion: "1", targetVersion: "1" };
    expect(await mergeThematicAreas(as("admin"), base)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { confirm: ["mergeNotConfirmed"] },
    });
    expect(await mergeThematicAreas(as("admin"), { ...base, targetId: a.id, confirm: "yes" })).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ["mergeSameArea"] },
    });
    expect(
      await mergeThematicAreas(as("admin"), { ...base, targetVersion: "7", confirm: "yes" }),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(
      await mergeThematicAreas(as("admin"), {
        ...base,
        sourceId: UNKNOWN,
        confirm: "yes",
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotCounts(db)).toEqual(before);
  });

  it.each(["head", "technical", "viewer"] as const)(
    "a %s may read the areas but not change them",
    async (role) => {
      const db = getDb();
      const a = await area(`Área de ${role}`);
      const b = await area(`Otra área de ${role}`);
      const before = await snapshotCounts(db);
      expect(await createThematicArea(as(role), { name: `Nueva de ${role}` })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await renameThematicArea(as(role), a.id, { name: "Cambio", version: 1 })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(
        await mergeThematicAreas(as(role), {
          sourceId: a.id,
          targetId: b.id,
          sourceVersion: "1",
          targetVersion: "1",
          confirm: "yes",
        }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      await expect(mergePreview(as(role), a.id, b.id)).rejects.toMatchObject({
        failure: { code: "FORBIDDEN" },
      });
      expect(await snapshotCounts(db)).toEqual(before);
      const list = await listThematicAreasWithUsage(as(role));
      expect(list.map((x) => x.name)).toContain(`Área de ${role}`);
    },
  );
});
