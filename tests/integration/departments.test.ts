import { count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { assignments, auditEvents, departments, networks, people, seats, seatTerms } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { createDepartment, updateDepartment } from "@/lib/departments/commands";
import { parseDepartmentListParams } from "@/lib/departments/list-params";
import { departmentPeople, getDepartment, listDepartments } from "@/lib/departments/queries";
import { recordHistory } from "@/lib/history/queries";
import { describeDatabases } from "../support/databases";
import { auditFor, countRows, createActors, createThematicArea, ctxFor, expectOk } from "../support/fixtures";
import { insertRow, UNKNOWN } from "../support/rows";

const counts = (db: Db) => countRows(db, { departments, audit: auditEvents });

describeDatabases("departments", (getDb) => {
  let actors: Record<AppRole, Actor>;
  beforeAll(async () => {
    actors = await createActors(getDb());
  });

  it("a coordinator creates departments under a parent: audited with the parent's name", async () => {
    const db = getDb();
    const coordinator = ctxFor(db, actors.coordinator);
    const before = await counts(db);
    const { id: sgri } = expectOk(
      await createDepartment(coordinator, { name: "Secretaría General", shortName: "SG" }),
    );
    const { id: rrmm } = expectOk(
      await createDepartment(coordinator, {
        name: "Dirección de Relaciones Multilaterales",
        shortName: "RRMM",
        parentId: sgri,
      }),
    );
    expect(await counts(db)).toEqual({ departments: before.departments + 2, audit: before.audit + 2 });
    const [event] = await auditFor(db, rrmm);
    expect(event).toMatchObject({ action: "department.create", entityType: "department" });
    expect(event?.after).toEqual({
      name: "Dirección de Relaciones Multilaterales",
      shortName: "RRMM",
      parent: "Secretaría General",
      version: 1,
    });
    const detail = await getDepartment(ctxFor(db, actors.viewer), sgri);
    expect(detail?.children.map((c) => c.name)).toEqual(["Dirección de Relaciones Multilaterales"]);
  });

  it("a duplicate name (any case), an unknown parent and a cycle are field errors that write nothing", async () => {
    const db = getDb();
    const coordinator = ctxFor(db, actors.coordinator);
    const { id: top } = expectOk(await createDepartment(coordinator, { name: "Ministerio A" }));
    const { id: mid } = expectOk(
      await createDepartment(coordinator, { name: "Subsecretaría B", parentId: top }),
    );
    const { id: low } = expectOk(await createDepartment(coordinator, { name: "Dirección C", parentId: mid }));
    const before = await counts(db);
    const rows = await db.select().from(departments).orderBy(departments.id);
    expect(await createDepartment(coordinator, { name: "ministerio a" })).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: ["duplicateName"] },
    });
    expect(await createDepartment(coordinator, { name: " ", shortName: "X".repeat(31) })).toMatchObject({
      fieldErrors: { name: ["required"], shortName: ["tooLong:30"] },
    });
    expect(await createDepartment(coordinator, { name: "Nuevo", parentId: UNKNOWN })).toMatchObject({
      fieldErrors: { parentId: ["unknownDepartment"] },
    });
    // The top may not move under its own grandchild, nor under itself.
    expect(
      await updateDepartment(coordinator, top, { name: "Ministerio A", parentId: low, version: 1 }),
    ).toMatchObject({
      fieldErrors: { parentId: ["parentCycle"] },
    });
    expect(
      await updateDepartment(coordinator, top, { name: "Ministerio A", parentId: top, version: 1 }),
    ).toMatchObject({
      fieldErrors: { parentId: ["parentCycle"] },
    });
    expect(await counts(db)).toEqual(before);
    expect(await db.select().from(departments).orderBy(departments.id)).toEqual(rows);
  });

  it("edits are versioned: a stale form is a conflict that changes nothing; others may not edit", async () => {
    const db = getDb();
    const coordinator = ctxFor(db, actors.coordinator);
    const { id } = expectOk(await createDepartment(coordinator, { name: "Ente de Turismo" }));
    expect(
      await updateDepartment(ctxFor(db, actors.admin), id, {
        name: "Ente de Turismo",
        shortName: "ENTUR",
        version: 1,
      }),
    ).toEqual({
      ok: true,
      data: { id, version: 2 },
    });
    const before = await counts(db);
    expect(await updateDepartment(coordinator, id, { name: "Turismo", version: 1 })).toMatchObject({
      code: "CONFLICT",
    });
    for (const role of ["head", "technical", "viewer"] as const) {
      expect(
        await updateDepartment(ctxFor(db, actors[role]), id, { name: "Turismo", version: 2 }),
      ).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await createDepartment(ctxFor(db, actors[role]), { name: "Otra" })).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await counts(db)).toEqual(before);
    const history = await recordHistory(ctxFor(db, actors.viewer), "department", id);
    expect(history.entries[0]?.changes).toEqual([
      { field: "shortName", label: "Sigla", before: "—", after: "ENTUR" },
    ]);
  });

  it("the list filters and counts people and active assignments, with totals", async () => {
    const db = getDb();
    const viewer = ctxFor(db, actors.viewer);
    const coordinator = ctxFor(db, actors.coordinator);
    const { id: withTeam } = expectOk(
      await createDepartment(coordinator, { name: "Zeta con equipo", shortName: "ZCE" }),
    );
    const { id: without } = expectOk(
      await createDepartment(coordinator, { name: "Zeta sin equipo", parentId: withTeam }),
    );
    const area = await createThematicArea(db, "Área Zeta");
    const network = await insertRow(db, networks, { name: "Red Zeta", kind: "global" });
    const p1 = await insertRow(db, people, { fullName: "Zoe Uno", departmentId: withTeam });
    await db.insert(people).values({ fullName: "Zoe Dos", departmentId: withTeam });
    await db.insert(people).values({ fullName: "Zoe Tres", departmentId: without });
    await db
      .insert(assignments)
      .values({ personId: p1.id, networkId: network.id, thematicAreaId: area.id, startsOn: "2026-01-01" });

    const list = (params: Record<string, string>) =>
      listDepartments(viewer, parseDepartmentListParams(params));
    const zeta = await list({ q: "zeta" });
    expect(zeta.total).toBe(2);
    expect(zeta.rows.map((r) => [r.name, r.people, r.activeAssignments, r.parent?.name ?? null])).toEqual([
      ["Zeta con equipo", 2, 1, null],
      ["Zeta sin equipo", 1, 0, "Zeta con equipo"],
    ]);
    expect((await list({ q: "zeta", assigned: "1" })).rows.map((r) => r.name)).toEqual(["Zeta con equipo"]);
    expect((await list({ parent: withTeam })).rows.map((r) => r.name)).toEqual(["Zeta sin equipo"]);
    // Holding a seat: an active term of a seat not archived.
    expect((await list({ q: "zeta", seats: "1" })).total).toBe(0);
    const seat = await insertRow(db, seats, { networkId: network.id, title: "Vocal", kind: "technical" });
    await db
      .insert(seatTerms)
      .values({ seatId: seat.id, holderPersonId: p1.id, startsOn: "2026-01-01", status: "active" });
    const holding = await list({ q: "zeta", seats: "1" });
    expect(holding.rows.map((r) => [r.name, r.seatsHeld])).toEqual([["Zeta con equipo", 1]]);
    await db.update(seats).set({ archivedAt: new Date() }).where(eq(seats.id, seat.id));
    expect((await list({ q: "zeta", seats: "1" })).total).toBe(0);
    expect((await list({ q: "zeta", sort: "name", dir: "desc" })).rows[0]?.name).toBe("Zeta sin equipo");
    const all = await db.select({ c: count() }).from(departments);
    expect((await list({ size: "10" })).total).toBe(Number(all[0]!.c));
    expect((await departmentPeople(viewer, withTeam)).map((p) => [p.fullName, p.activeAssignments])).toEqual([
      ["Zoe Dos", 0],
      ["Zoe Uno", 1],
    ]);
    const [row] = await db.select().from(departments).where(eq(departments.id, without));
    expect(row?.parentId).toBe(withTeam);
  });
});
