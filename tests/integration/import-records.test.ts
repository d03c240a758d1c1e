import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assignments, auditEvents, bodies, commitments, departments, people } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { createAssignment } from "@/lib/assignments/commands";
import { createBody } from "@/lib/bodies/commands";
import { createCommitment, updateCommitment } from "@/lib/commitments/commands";
import { commitImportJob, createImportJob } from "@/lib/import/jobs";
import { undoImport } from "@/lib/import/undo";
import { createNetwork } from "@/lib/networks/commands";
import type { RawCell } from "@/lib/import/sheet";
import { describeDatabases } from "../support/databases";
import { bytesOf, exportedFile, fileSource, jsonSource, sheetOf } from "../support/import-sheets";
import { allUnchanged, cellErrors, committedJob, taggedActions, validatedJob } from "../support/import-jobs";
import { createActors, createThematicArea, ctxFor, expectOk, networkForm } from "../support/fixtures";
import { rowCount } from "../support/rows";

// Bodies, commitments and assignments: the tables imported through their form's commands
// (lib/import/form-import.ts), on both databases.

const fileOf = (rows: RawCell[][]) => bytesOf(sheetOf(rows));

/** The list's CSV export imported back: every row is found unchanged. */
async function expectRoundTrip(ctx: Ctx, table: "compromisos" | "asignaciones", rows: number) {
  const bytes = await exportedFile(ctx, table, "csv");
  expect((await validatedJob(ctx, table, bytes, { source: fileSource })).counts).toEqual(allUnchanged(rows));
}

describeDatabases("import: bodies, commitments and assignments", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let admin: Ctx;
  let mc: string;
  let cultura: string;

  beforeAll(async () => {
    actors = await createActors(getDb());
    admin = ctxFor(getDb(), actors.admin);
    cultura = (await createThematicArea(getDb(), "Cultura")).id;
    mc = expectOk(
      await createNetwork(admin, networkForm(cultura, { name: "Mercociudades", acronym: "MC" })),
    ).id;
  });

  describe("bodies", () => {
    it("creates a tree in one file (a parent named on an earlier row), flags cell errors, re-imports unchanged, and undoes child first", async () => {
      const db = getDb();
      const before = await rowCount(db, bodies);
      const file = fileOf([
        [
          "Red",
          "Órgano",
          "Tipo",
          "Depende de",
          "Área temática",
          "Frecuencia (meses)",
          "Mes habitual (1 a 12)",
        ],
        ["MC", "Consejo", "Consejo", null, null, "12", "3"],
        ["Mercociudades", "Comisión de Cultura", "comisión", "consejo", "cultura", null, null],
        ["Red X", "Asamblea", "Asamblea", null, null, null, null],
        ["MC", "Grupo", "Grupo de trabajo", "Inexistente", null, null, null],
        ["MC", "Grupo 2", "Mesa redonda", null, null, "200", null],
        ["MC", "Grupo 3", "Grupo de trabajo", null, null, "200", null],
        ["MC", "consejo", "Consejo", null, null, null, null],
      ]);
      const job = await validatedJob(admin, "organos", file);
      expect(job.counts).toEqual({ rows: 7, created: 2, updated: 0, unchanged: 0, skipped: 0, errors: 5 });
      expect(await cellErrors(admin, job.id)).toEqual([
        "4 network:import.errors.unknownNetwork:Red X",
        "5 parent:import.errors.unknownBody:Inexistente",
        "6 kind:import.errors.unknownOption:Mesa redonda",
        "7 cadenceMonths:validation.invalidOption:",
        "8 name:import.errors.duplicateRecord:2",
      ]);
      // All or nothing: refused, nothing written.
      const refused = await commitImportJob(
        admin,
        job.id,
        { version: job.version, mode: "all-or-nothing" },
        jsonSource,
      );
      expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(await rowCount(db, bodies)).toBe(before);

      const again = await validatedJob(admin, "organos", file);
      const done = await committedJob(admin, again, "skip-errors");
      expect(done.counts).toMatchObject({ created: 2, skipped: 5 });
      const [consejo] = await db.select().from(bodies).where(eq(bodies.name, "Consejo"));
      const [comision] = await db.select().from(bodies).where(eq(bodies.name, "Comisión de Cultura"));
      expect(consejo).toMatchObject({
        networkId: mc,
        kind: "council",
        cadenceMonths: 12,
        usualMonth: 3,
        parentId: null,
      });
      expect(comision).toMatchObject({ kind: "committee", parentId: consejo!.id, thematicAreaId: cultura });

      // The same rows again: matched by name within the network, nothing to change.
      const rerun = await validatedJob(
        admin,
        "organos",
        fileOf([
          ["Red", "Órgano", "Tipo", "Depende de"],
          ["MC", "Consejo", "Consejo", null],
          ["mercociudades", "Comisión de Cultura", "Comisión", "consejo"],
        ]),
      );
      expect(rerun.counts).toMatchObject({ rows: 2, unchanged: 2, created: 0 });

      // Undo: the committee goes first, so its parent (created by the same import) goes too.
      const undone = expectOk(await undoImport(admin, again.id, { version: done.version }));
      expect(undone).toMatchObject({ removed: 2, restored: 0, kept: [] });
      expect(await rowCount(db, bodies)).toBe(before);
      const deleted = await taggedActions(db, again.id, eq(auditEvents.action, "body.delete"));
      expect(deleted).toHaveLength(2);
    });

    it("keeps a body in its network: an id of another network's body is the row's error", async () => {
      const other = expectOk(
        await createNetwork(admin, networkForm(cultura, { name: "CGLU", acronym: "CGLU" })),
      ).id;
      const body = expectOk(await createBody(admin, other, { name: "Bureau", kind: "executive" }));
      const job = await validatedJob(
        admin,
        "organos",
        fileOf([
          ["Red", "Órgano", "ID Redes"],
          ["MC", "Bureau", body.id],
        ]),
      );
      expect(await cellErrors(admin, job.id)).toEqual(["2 network:import.errors.bodyMovedNetwork:"]);
    });
  });

  describe("commitments", () => {
    it("an export imported back is unchanged; new rows name owner by e-mail or name; undo keeps one edited since", async () => {
      const db = getDb();
      const owner = actors.technical.personId!;
      await db.update(people).set({ email: "tecnica@prueba.test" }).where(eq(people.id, owner));
      const consejo = expectOk(await createBody(admin, mc, { name: "Consejo Directivo", kind: "council" }));
      expectOk(
        await createCommitment(admin, {
          networkId: mc,
          bodyId: consejo.id,
          title: "Enviar el informe anual",
          ownerPersonId: owner,
          dueOn: "2026-03-31",
          status: "in_progress",
          notes: "=SUMA(A1)",
        }),
      );
      expectOk(
        await createCommitment(admin, {
          networkId: mc,
          title: "Proponer sede",
          ownerPersonId: owner,
          status: "done",
          completedOn: "2025-11-02",
        }),
      );
      await expectRoundTrip(admin, "compromisos", 2);

      const before = await rowCount(db, commitments);
      const file = fileOf([
        ["Compromiso", "Red", "Responsable", "Estado", "Vence", "Reunión", "Órgano"],
        [
          "Enviar el informe anual",
          "MC",
          "TECNICA@prueba.test",
          "Cumplido",
          "31/03/2026",
          null,
          "Consejo Directivo",
        ],
        [
          "Relevar buenas prácticas",
          "Mercociudades",
          "Persona technical",
          "Abierto",
          "15/06/2027",
          null,
          null,
        ],
        ["Sin responsable", "MC", "Nadie Nunca", "Abierto", null, null, null],
        ["Con reunión", "MC", "tecnica@prueba.test", "Abierto", null, "Cumbre 2030", null],
        ["Fecha rota", "MC", "tecnica@prueba.test", "Abierto", "31/02/2026", null, null],
      ]);
      const job = await validatedJob(admin, "compromisos", file);
      expect(job.counts).toEqual({ rows: 5, created: 1, updated: 1, unchanged: 0, skipped: 0, errors: 3 });
      expect(await cellErrors(admin, job.id)).toEqual([
        "4 owner:import.errors.unknownPerson:Nadie Nunca",
        "5 meeting:import.errors.unknownMeeting:Cumbre 2030",
        "6 dueOn:import.errors.invalidDate:31/02/2026",
      ]);
      expect(await rowCount(db, commitments)).toBe(before);
      const done = await committedJob(admin, job, "skip-errors");
      expect(done.counts).toMatchObject({ created: 1, updated: 1, skipped: 3 });
      const [informe] = await db
        .select()
        .from(commitments)
        .where(eq(commitments.title, "Enviar el informe anual"));
      expect(informe).toMatchObject({ status: "done", notes: "=SUMA(A1)", bodyId: consejo.id });
      const [relevar] = await db
        .select()
        .from(commitments)
        .where(eq(commitments.title, "Relevar buenas prácticas"));
      expect(relevar).toMatchObject({ ownerPersonId: owner, dueOn: "2027-06-15", status: "open" });

      // Edited since the import: the undo keeps it and says so; the update is restored.
      expectOk(
        await updateCommitment(admin, relevar!.id, {
          networkId: mc,
          title: "Relevar buenas prácticas locales",
          ownerPersonId: owner,
          status: "open",
          version: relevar!.version,
        }),
      );
      const undone = expectOk(await undoImport(admin, job.id, { version: done.version }));
      expect(undone).toMatchObject({ removed: 0, restored: 1, kept: [{ line: 3, recordId: relevar!.id }] });
      const [restored] = await db.select().from(commitments).where(eq(commitments.id, informe!.id));
      expect(restored).toMatchObject({ status: "in_progress", completedOn: null });
    });
  });

  describe("assignments", () => {
    it("an export imported back is unchanged; a head imports only their department's people, row by row", async () => {
      const db = getDb();
      const grupo = expectOk(
        await createBody(admin, mc, { name: "Grupo de Cultura", kind: "working_group" }),
      );
      const own = actors.technical.personId!;
      const [otherDept] = await db.insert(departments).values({ name: "Otra Secretaría" }).returning();
      const [stranger] = await db
        .insert(people)
        .values({ fullName: "Ana Ajena", email: "ana.ajena@prueba.test", departmentId: otherDept!.id })
        .returning();
      expectOk(
        await createAssignment(admin, {
          personId: own,
          networkId: mc,
          bodyId: grupo.id,
          role: "member",
          status: "active",
          startsOn: "2025-04-01",
          dedication: "4 h semanales",
        }),
      );
      await expectRoundTrip(admin, "asignaciones", 1);

      const head = ctxFor(db, actors.head);
      const before = await rowCount(db, assignments);
      const job = await validatedJob(
        head,
        "asignaciones",
        fileOf([
          ["Persona", "Red", "Órgano", "Rol", "Estado", "Inicio"],
          ["Persona technical", "MC", "Grupo de Cultura", "Integrante", "Activa", "01/04/2025"],
          ["Persona technical", "MC", "Grupo de Cultura", "Punto focal", "Activa", "2026-01-10"],
          ["ana.ajena@prueba.test", "MC", "Grupo de Cultura", "Integrante", "Activa", "2026-01-10"],
          ["Persona technical", "MC", null, "Integrante", "Activa", "2026-01-10"],
        ]),
      );
      expect(job.counts).toEqual({ rows: 4, created: 1, updated: 0, unchanged: 1, skipped: 0, errors: 2 });
      expect(await cellErrors(head, job.id)).toEqual([
        "4 person:import.errors.otherDepartmentAssignment:",
        "5 body:assignments.validation.targetRequired:",
      ]);
      const done = await committedJob(head, job, "skip-errors");
      expect(done.counts).toMatchObject({ created: 1, unchanged: 1, skipped: 2 });
      expect(await rowCount(db, assignments)).toBe(before + 1);
      const mine = await db.select().from(assignments).where(eq(assignments.personId, stranger!.id));
      expect(mine).toEqual([]);
      const tagged = await taggedActions(db, job.id, eq(auditEvents.entityType, "assignment"));
      expect(tagged).toEqual(["assignment.create"]);
      const undone = expectOk(await undoImport(head, job.id, { version: done.version }));
      expect(undone).toMatchObject({ removed: 1, kept: [] });
      expect(await rowCount(db, assignments)).toBe(before);
    });

    it("a head is not offered the other tables: the upload of commitments is refused", async () => {
      const head = ctxFor(getDb(), actors.head);
      const refused = await createImportJob(head, {
        table: "compromisos",
        fileName: "c.csv",
        bytes: fileOf([["Compromiso"], ["X"]]),
      });
      expect(refused).toMatchObject({ ok: false, fieldErrors: { table: ["import.errors.tableNotAllowed"] } });
    });
  });
});
