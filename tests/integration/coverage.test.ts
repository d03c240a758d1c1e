import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import {
  assignments,
  auditEvents,
  bodies,
  departments,
  networks,
  networkThematicAreas,
  people,
  thematicAreas,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { coverageCsv, type CoverageCsvLabels } from "@/lib/coverage/csv";
import { csvField } from "@/lib/export/csv";
import { exportCoverage } from "@/lib/coverage/export";
import { coverageRenamedHref, parseCoverageParams } from "@/lib/coverage/params";
import { coverageMatrix, GENERAL_COLUMN, type CoverageMatrix } from "@/lib/coverage/queries";
import { describeDatabases } from "../support/databases";
import { createActors, createThematicArea, ctxFor } from "../support/fixtures";
import { insertRow } from "../support/rows";

/** The matrix as text: one line per area, "state[:people]" per column. */
function grid(matrix: CoverageMatrix): Record<string, string[]> {
  return Object.fromEntries(
    matrix.rows.map((row) => [
      row.area?.name ?? "(sin área)",
      row.cells.map((cell) =>
        cell.state === "covered"
          ? `covered:${cell.assignees.map((a) => a.person.name).join("+")}`
          : cell.state,
      ),
    ]),
  );
}

/** The matrix read with detail "counts": "state:number of people" per column, never names. */
function counts(matrix: CoverageMatrix): Record<string, string[]> {
  return Object.fromEntries(
    matrix.rows.map((row) => [
      row.area?.name ?? "(sin área)",
      row.cells.map((cell) => {
        expect(cell.assignees).toEqual([]);
        return `${cell.state}:${cell.count}`;
      }),
    ]),
  );
}

const LABELS: CoverageCsvLabels = {
  area: "Área temática",
  noArea: "Sin área temática",
  gap: "Sin cobertura",
  none: "No aplica",
  role: (role) => ({ focal_point: "Punto focal", member: "Integrante", alternate: "Suplente" })[role],
  assignee: ({ name, department, role }) => `${name} (${department}, ${role})`,
  assigneeNoDepartment: ({ name, role }) => `${name} (${role})`,
};

describeDatabases("coverage matrix", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let env: { id: string };
  let cultureDept: { id: string };
  let ids: Record<string, string>;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    env = await insertRow(db, departments, { name: "Secretaría de Ambiente", shortName: "SECAMB" });
    cultureDept = await insertRow(db, departments, { name: "Ministerio de Cultura", shortName: "MC" });
    const ambiente = await createThematicArea(db, "Ambiente");
    const cultura = await createThematicArea(db, "Cultura");
    const juventud = await createThematicArea(db, "Juventud");
    const network = async (values: typeof networks.$inferInsert) => await insertRow(db, networks, values);
    const merco = await network({ name: "Mercociudades", acronym: "MC", kind: "regional" });
    const c40 = await network({ name: "C40 Cities", acronym: "C40", kind: "thematic" });
    const former = await network({ name: "Red anterior", kind: "regional", membershipStatus: "former" });
    const archived = await network({ name: "Red archivada", kind: "regional", archivedAt: new Date() });
    await db.insert(networkThematicAreas).values([
      { networkId: merco.id, thematicAreaId: ambiente.id },
      { networkId: c40.id, thematicAreaId: cultura.id },
      { networkId: former.id, thematicAreaId: juventud.id },
      { networkId: archived.id, thematicAreaId: juventud.id },
    ]);
    const utJuventud = await insertRow(db, bodies, {
      networkId: merco.id,
      name: "UT Juventud",
      kind: "thematic_unit",
      thematicAreaId: juventud.id,
    });
    const consejo = await insertRow(db, bodies, { networkId: merco.id, name: "Consejo", kind: "council" });
    await db.insert(bodies).values({ networkId: merco.id, name: "Asamblea", kind: "assembly" });
    const person = async (fullName: string, departmentId: string) =>
      await insertRow(db, people, { fullName, departmentId });
    const julian = await person("Julián Pereyra", env.id);
    const ana = await person("Ana Lucero", env.id);
    const gabriel = await person("Gabriel Montes", cultureDept.id);
    await db.insert(assignments).values([
      // Through the body: no area of its own, the body's (Juventud).
      {
        personId: julian.id,
        networkId: merco.id,
        bodyId: utJuventud.id,
        role: "member",
        startsOn: "2026-01-01",
      },
      {
        personId: ana.id,
        networkId: merco.id,
        bodyId: utJuventud.id,
        role: "focal_point",
        startsOn: "2026-01-01",
      },
      // Paused and ended ones do not cover.
      {
        personId: ana.id,
        networkId: merco.id,
        thematicAreaId: ambiente.id,
        status: "paused",
        startsOn: "2026-01-01",
      },
      {
        personId: julian.id,
        networkId: c40.id,
        thematicAreaId: cultura.id,
        status: "ended",
        startsOn: "2025-01-01",
        endsOn: "2025-06-30",
      },
      {
        personId: gabriel.id,
        networkId: c40.id,
        thematicAreaId: cultura.id,
        role: "focal_point",
        startsOn: "2026-01-01",
      },
      // A council without an area: counted under "no area".
      {
        personId: gabriel.id,
        networkId: merco.id,
        bodyId: consejo.id,
        role: "alternate",
        startsOn: "2026-01-01",
      },
      // Networks left out of the matrix.
      { personId: gabriel.id, networkId: former.id, thematicAreaId: juventud.id, startsOn: "2026-01-01" },
    ]);
    ids = { merco: merco.id, c40: c40.id, utJuventud: utJuventud.id, consejo: consejo.id, env: env.id };
  });

  it("areas × networks: covered cells list active assignments, gaps are marked, the rest does not apply", async () => {
    const matrix = await coverageMatrix(ctxFor(getDb(), actors.viewer), parseCoverageParams({}));
    expect(matrix.network).toBeNull();
    // Former and archived memberships are left out; columns by acronym.
    expect(matrix.columns.map((c) => c.label)).toEqual(["C40", "MC"]);
    expect(grid(matrix)).toEqual({
      Ambiente: ["none", "gap"],
      Cultura: ["covered:Gabriel Montes", "none"],
      Juventud: ["none", "covered:Ana Lucero+Julián Pereyra"],
      "(sin área)": ["none", "covered:Gabriel Montes"],
    });
    // Focal point first, with department and role.
    const juventud = matrix.rows.find((r) => r.area?.name === "Juventud")!;
    expect(juventud.cells[1]?.assignees.map((a) => [a.person.name, a.department, a.role])).toEqual([
      ["Ana Lucero", "SECAMB", "focal_point"],
      ["Julián Pereyra", "SECAMB", "member"],
    ]);
    expect(matrix.totals).toEqual({ covered: 3, gaps: 1 });
  });

  it("all networks counted in SQL: the distinct people of each cell, no names, same states and totals", async () => {
    const db = getDb();
    const viewer = ctxFor(db, actors.viewer);
    const counted = await coverageMatrix(viewer, parseCoverageParams({}), "counts");
    expect(counted.detail).toBe("counts");
    expect(counted.columns.map((c) => c.label)).toEqual(["C40", "MC"]);
    expect(counts(counted)).toEqual({
      Ambiente: ["none:0", "gap:0"],
      Cultura: ["covered:1", "none:0"],
      Juventud: ["none:0", "covered:2"],
      "(sin área)": ["none:0", "covered:1"],
    });
    expect(counted.totals).toEqual({ covered: 3, gaps: 1 });
    // The names view counts the same people.
    const named = await coverageMatrix(viewer, parseCoverageParams({}));
    expect(named.detail).toBe("names");
    expect(named.rows.map((r) => r.cells.map((c) => c.count))).toEqual(
      counted.rows.map((r) => r.cells.map((c) => c.count)),
    );

    // A second assignment of the same person in the same cell counts once; a new person adds one;
    // paused ones do not count, nor other departments' people with the department filter.
    const [julian] = await db.select().from(people).where(eq(people.fullName, "Julián Pereyra"));
    const [gabriel] = await db.select().from(people).where(eq(people.fullName, "Gabriel Montes"));
    const juventudId = counted.rows.find((r) => r.area?.name === "Juventud")!.area!.id;
    const extra = await db
      .insert(assignments)
      .values([
        { personId: julian!.id, networkId: ids.merco!, thematicAreaId: juventudId, startsOn: "2026-02-01" },
        { personId: gabriel!.id, networkId: ids.merco!, thematicAreaId: juventudId, startsOn: "2026-02-01" },
        {
          personId: gabriel!.id,
          networkId: ids.c40!,
          thematicAreaId: juventudId,
          status: "paused",
          startsOn: "2026-02-01",
        },
      ])
      .returning({ id: assignments.id });
    try {
      const after = await coverageMatrix(viewer, parseCoverageParams({}), "counts");
      expect(counts(after).Juventud).toEqual(["none:0", "covered:3"]);
      const names = await coverageMatrix(viewer, parseCoverageParams({}));
      const juventud = names.rows.find((r) => r.area?.name === "Juventud")!;
      expect(juventud.cells[1]).toMatchObject({ state: "covered", count: 3 });
      expect(juventud.cells[1]?.assignees).toHaveLength(4);
      const environment = await coverageMatrix(
        viewer,
        parseCoverageParams({ department: ids.env! }),
        "counts",
      );
      expect(counts(environment)).toEqual({
        Ambiente: ["none:0", "gap:0"],
        Cultura: ["gap:0", "none:0"],
        Juventud: ["none:0", "covered:2"],
      });
      const thematic = await coverageMatrix(viewer, parseCoverageParams({ kind: "thematic" }), "counts");
      expect(counts(thematic)).toEqual({
        Ambiente: ["none:0"],
        Cultura: ["covered:1"],
        Juventud: ["none:0"],
      });
    } finally {
      for (const { id } of extra) await db.delete(assignments).where(eq(assignments.id, id));
    }
  });

  it("one network always names its people, even when counts are asked for", async () => {
    const matrix = await coverageMatrix(
      ctxFor(getDb(), actors.viewer),
      parseCoverageParams({ network: ids.merco! }),
      "counts",
    );
    expect(matrix.detail).toBe("names");
    // The old name of the network parameter is redirected once to the current one.
    expect(coverageRenamedHref("/cobertura", { red: ids.merco!, kind: "global" })).toBe(
      `/cobertura?network=${ids.merco!}&kind=global`,
    );
    expect(coverageRenamedHref("/cobertura", { network: ids.merco! })).toBeNull();
    const juventud = matrix.rows.find((r) => r.area?.name === "Juventud")!;
    expect(juventud.cells[1]).toMatchObject({ state: "covered", count: 2 });
    expect(juventud.cells[1]?.assignees.map((a) => a.person.name)).toEqual(["Ana Lucero", "Julián Pereyra"]);
  });

  it("the all-networks view pages its network columns; totals count every column", async () => {
    const db = getDb();
    const viewer = ctxFor(db, actors.viewer);
    const whole = await coverageMatrix(viewer, parseCoverageParams({}), "counts");
    expect(whole.columnPage).toEqual({ page: 1, size: 20, total: 2 });
    // 21 more networks (acronyms after "MC"), one with a gap: 23 columns, two pages.
    const [ambiente] = await db.select().from(thematicAreas).where(eq(thematicAreas.name, "Ambiente"));
    const extra = await db
      .insert(networks)
      .values(
        Array.from({ length: 21 }, (_, i) => ({
          name: `Red de prueba ${i + 1}`,
          acronym: `Z${String(i + 1).padStart(2, "0")}`,
          kind: "regional" as const,
        })),
      )
      .returning({ id: networks.id, acronym: networks.acronym });
    const last = extra.find((n) => n.acronym === "Z21")!;
    await db.insert(networkThematicAreas).values({ networkId: last.id, thematicAreaId: ambiente!.id });
    try {
      const first = await coverageMatrix(viewer, parseCoverageParams({}), "counts");
      expect(first.columnPage).toEqual({ page: 1, size: 20, total: 23 });
      expect(first.columns.map((c) => c.label)).toEqual([
        "C40",
        "MC",
        ...Array.from({ length: 18 }, (_, i) => `Z${String(i + 1).padStart(2, "0")}`),
      ]);
      expect(first.rows.every((r) => r.cells.length === 20)).toBe(true);
      // The gap of Z21 is on page 2, but counted on every page.
      expect(first.totals).toEqual({ covered: 3, gaps: 2 });
      const second = await coverageMatrix(viewer, parseCoverageParams({ page: "2" }), "counts");
      expect(second.columnPage).toEqual({ page: 2, size: 20, total: 23 });
      expect(second.columns.map((c) => c.label)).toEqual(["Z19", "Z20", "Z21"]);
      expect(counts(second).Ambiente).toEqual(["none:0", "none:0", "gap:0"]);
      expect(second.totals).toEqual(first.totals);
      // Past the end: the last page; the names view (the CSV) has every column.
      expect(
        (await coverageMatrix(viewer, parseCoverageParams({ page: "9" }), "counts")).columnPage?.page,
      ).toBe(2);
      const named = await coverageMatrix(viewer, parseCoverageParams({ page: "2" }));
      expect(named.columnPage).toBeNull();
      expect(named.columns).toHaveLength(23);
    } finally {
      for (const { id } of extra) {
        await db.delete(networkThematicAreas).where(eq(networkThematicAreas.networkId, id));
        await db.delete(networks).where(eq(networks.id, id));
      }
    }
  });

  it("filters by network kind and by department (whose gaps are where it has nobody)", async () => {
    const viewer = ctxFor(getDb(), actors.viewer);
    const thematic = await coverageMatrix(viewer, parseCoverageParams({ kind: "thematic" }));
    expect(thematic.columns.map((c) => c.label)).toEqual(["C40"]);
    expect(grid(thematic).Cultura).toEqual(["covered:Gabriel Montes"]);

    const environment = await coverageMatrix(viewer, parseCoverageParams({ department: ids.env! }));
    expect(grid(environment)).toEqual({
      Ambiente: ["none", "gap"],
      Cultura: ["gap", "none"],
      Juventud: ["none", "covered:Ana Lucero+Julián Pereyra"],
    });
    // Bad values are ignored.
    expect(
      (await coverageMatrix(viewer, parseCoverageParams({ kind: "x", department: "y" }))).columns,
    ).toHaveLength(2);
  });

  it("one network's bodies on demand: bodies with an area or people, and the network itself", async () => {
    const matrix = await coverageMatrix(
      ctxFor(getDb(), actors.viewer),
      parseCoverageParams({ network: ids.merco! }),
    );
    expect(matrix.network?.name).toBe("Mercociudades");
    expect(matrix.columns.map((c) => [c.id, c.name])).toEqual([
      [ids.consejo, "Consejo"],
      [ids.utJuventud, "UT Juventud"],
      [GENERAL_COLUMN, "Mercociudades"],
    ]);
    // Only the areas the network works on (or has people in), then "no area".
    expect(grid(matrix)).toEqual({
      Ambiente: ["none", "none", "gap"],
      Juventud: ["none", "covered:Ana Lucero+Julián Pereyra", "none"],
      "(sin área)": ["covered:Gabriel Montes", "none", "none"],
    });
  });

  it("exports as CSV for Excel in Spanish (BOM, ';', quoted fields) and records the export", async () => {
    const db = getDb();
    const result = await exportCoverage(ctxFor(db, actors.viewer), parseCoverageParams({ kind: "regional" }));
    if (!result.ok) throw new Error("export failed");
    const csv = coverageCsv(result.data, LABELS);
    expect(csv.startsWith("\uFEFFÁrea temática;Mercociudades\r\n")).toBe(true);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFÁrea temática;Mercociudades",
      "Ambiente;Sin cobertura",
      "Cultura;No aplica",
      "Juventud;Ana Lucero (SECAMB, Punto focal) | Julián Pereyra (SECAMB, Integrante)",
      "Sin área temática;Gabriel Montes (MC, Suplente)",
      "",
    ]);
    expect(csvField('Dice "hola"; chau')).toBe('"Dice ""hola""; chau"');
    expect(csvField("=HYPERLINK()")).toBe("'=HYPERLINK()");
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, "coverage.export"));
    expect(event).toMatchObject({
      actorUserId: actors.viewer.userId,
      metadata: { format: "csv", kind: "regional" },
    });
  });
});
