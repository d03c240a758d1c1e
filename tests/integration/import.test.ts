import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  assignments,
  auditEvents,
  departments,
  importJobs,
  networks,
  people,
  thematicAreas,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import importMessages from "@/messages/es-AR/import.json";
import type { Actor } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { commitImportJob, createImportJob, validateImportJob, type SheetSource } from "@/lib/import/jobs";
import { failStuckImports } from "@/lib/import/stuck";
import { undoImport } from "@/lib/import/undo";
import { getImportJob, importRowsPage, listImportJobs, mappingStep, problemRows } from "@/lib/import/queries";
import type { ReadSheet, RawCell } from "@/lib/import/sheet";
import { updatePerson } from "@/lib/people/commands";
import { describeDatabases } from "../support/databases";
import { sheetOf, jsonSource, bytesOf, exportedFile, fileSource } from "../support/import-sheets";
import { allUnchanged, committedJob, taggedActions, validatedJob } from "../support/import-jobs";
import { rowCount } from "../support/rows";
import { createActors, ctxFor, expectOk } from "../support/fixtures";

const HEADERS = ["Nombre", "Correo", "Teléfono", "Cargo o función", "Repartición"];

const peopleCount = (db: Db) => rowCount(db, people);

/** Upload + validate a sheet of people, with the job page's settings if any. */
const validated = (ctx: Ctx, sheet: ReadSheet, settings: Record<string, unknown> = {}) =>
  validatedJob(ctx, "personas", bytesOf(sheet), { settings });

describeDatabases("import: people", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let admin: Ctx;
  let cultura: { id: string; name: string };

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    admin = ctxFor(db, actors.admin);
    const [created] = await db
      .insert(departments)
      .values({ name: "Secretaría de Cultura", shortName: "SECU" })
      .returning();
    cultura = created!;
  });

  it("an export imported back is understood column for column: every row unchanged", async () => {
    const db = getDb();
    for (let i = 0; i < 5; i++) {
      await db.insert(people).values({
        fullName: `Exportada ${i}`,
        email: `exportada${i}@ejemplo.test`,
        phone: i % 2 ? "+54 11 4000-000" + i : null,
        position: i === 3 ? "=Directora" : "Analista",
        departmentId: i % 2 ? cultura.id : null,
      });
    }
    const bytes = await exportedFile(admin, "personas", "csv");
    const total = await peopleCount(db);
    const job = await validatedJob(admin, "personas", bytes, { source: fileSource });
    expect(job.counts).toEqual(allUnchanged(total));
    // The id column was matched (the last one), and the export's computed columns were not warned about.
    const view = await getImportJob(admin, job.id);
    expect((view!.mapping as { columns: Record<string, number> }).columns).toMatchObject({
      name: 0,
      email: 1,
      department: 4,
      id: 8,
    });
    const committed = expectOk(await commitImportJob(admin, job.id, { version: job.version }, fileSource));
    expect(committed.counts.unchanged).toBe(total);
    expect(await peopleCount(db)).toBe(total);
  });

  it("a re-import matches existing people by e-mail (any case): updates, no duplicates; audit events carry the import", async () => {
    const db = getDb();
    const [ana] = await db
      .insert(people)
      .values({ fullName: "Ana Reimport", email: "ana.reimport@ejemplo.test", position: "Analista" })
      .returning();
    const before = await peopleCount(db);
    const sheet = sheetOf([
      ["Nombre y apellido", "E-mail", "Celular", "Puesto", "Área", "Observaciones"],
      ["Ana Reimport", "  ANA.Reimport@Ejemplo.test\u00a0", null, "Coordinadora", "secu", "algo"],
      ["Beto Nuevo", "beto.nuevo@ejemplo.test", 1145678901, null, "Secretaría de Cultura", null],
    ]);
    const job = await validated(admin, sheet);
    expect(job.counts).toEqual({ rows: 2, created: 1, updated: 1, unchanged: 0, skipped: 0, errors: 0 });
    const view = await getImportJob(admin, job.id);
    expect(view!.state).toBe("validated");
    expect(await peopleCount(db)).toBe(before); // the preview was rolled back
    const done = await committedJob(admin, job);
    expect(done.counts).toMatchObject({ created: 1, updated: 1 });
    expect(await peopleCount(db)).toBe(before + 1);
    const [updated] = await db.select().from(people).where(eq(people.id, ana!.id));
    expect(updated).toMatchObject({ position: "Coordinadora", departmentId: cultura.id, version: 2 });
    const [beto] = await db.select().from(people).where(eq(people.email, "beto.nuevo@ejemplo.test"));
    expect(beto).toMatchObject({ phone: "1145678901", departmentId: cultura.id });
    expect(await taggedActions(db, job.id)).toEqual([
      "import.commit",
      "import.upload",
      "import.validate",
      "person.create",
      "person.update",
    ]);
    // The same file again: both rows now unchanged, nothing doubled.
    const again = await validated(admin, sheet);
    expect(again.counts).toMatchObject({ unchanged: 2, created: 0, updated: 0 });
  });

  it("reports each error on its cell, in Spanish: unknown department, bad e-mail, duplicate in the file, missing name", async () => {
    const db = getDb();
    const before = await peopleCount(db);
    const sheet = sheetOf([
      HEADERS,
      ["Carla", "carla@ejemplo.test", null, null, "Ministerio Inexistente"],
      ["Dora", "no-es-un-correo", null, null, null],
      ["Eva", "CARLA@ejemplo.test", null, null, null],
      [null, "sin.nombre@ejemplo.test", null, null, null],
      ["Fabi", "fabi@ejemplo.test", null, "=HYPERLINK(1)", "SECU"],
    ]);
    const job = await validated(admin, sheet);
    expect(job.counts).toEqual({ rows: 5, created: 1, updated: 0, unchanged: 0, skipped: 0, errors: 4 });
    const page = (await importRowsPage(admin, job.id, { onlyErrors: true }))!;
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => [r.line, r.errors.map((e) => `${e.field}:${e.key}`)])).toEqual([
      [2, ["department:import.errors.unknownDepartment"]],
      [3, ["email:people.validation.invalidEmail"]],
      [4, ["email:import.errors.duplicateEmail"]],
      [5, ["name:validation.required"]],
    ]);
    expect(page.rows[2]!.errors[0]!.values).toEqual({ line: 2 });
    // The problem rows, with their messages, formula-guarded, read back by csv-parse.
    const t = (key: string, values?: Record<string, string | number>) => {
      const [ns, ...path] = key.split(".");
      const catalog: Record<string, unknown> = ns === "import" ? importMessages : {};
      let text = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], catalog) as
        string | undefined;
      text ??= key;
      for (const [k, v] of Object.entries(values ?? {})) text = text.replace(`{${k}}`, String(v));
      return text;
    };
    const lines: string[][] = [];
    for await (const row of problemRows(admin, job.id, t, {
      line: "Fila",
      errors: "Errores",
      field: (f) => f,
    }))
      lines.push(row);
    expect(lines[0]).toEqual(["Fila", ...HEADERS, "Errores"]);
    expect(lines.slice(1).map((l) => l[0])).toEqual(["2", "3", "4", "5"]);
    expect(lines[1]![6]).toBe("department: La repartición «Ministerio Inexistente» no existe.");
    expect(lines[3]![6]).toBe("email: El correo ya está en la fila 2.");
    // All-or-nothing: the commit writes nothing and the job stays validated.
    const refused = await commitImportJob(admin, job.id, { version: job.version }, jsonSource);
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await peopleCount(db)).toBe(before);
    expect((await getImportJob(admin, job.id))!.state).toBe("validated");
  });

  it("skip-errors writes the valid rows and reports the others skipped; the counts add up; a second commit is refused", async () => {
    const db = getDb();
    const before = await peopleCount(db);
    const sheet = sheetOf([
      HEADERS,
      ["Gabi", "gabi@ejemplo.test", null, null, "SECU"],
      ["Hugo", "hugo@", null, null, null],
      ["Inés", "ines@ejemplo.test", null, "=1+1", null],
    ]);
    const job = await validated(admin, sheet);
    const done = await committedJob(admin, job, "skip-errors");
    expect(done.counts).toEqual({ rows: 3, created: 2, updated: 0, unchanged: 0, skipped: 1, errors: 0 });
    const { counts } = done;
    expect(counts.created + counts.updated + counts.unchanged + counts.skipped).toBe(3);
    expect(await peopleCount(db)).toBe(before + 2);
    const [ines] = await db.select().from(people).where(eq(people.email, "ines@ejemplo.test"));
    expect(ines!.position).toBe("=1+1"); // stored as typed; exports guard it
    // The retry of the same commit, and a commit at the new version: refused, nothing doubled.
    expect(
      await commitImportJob(admin, job.id, { version: job.version, mode: "skip-errors" }, jsonSource),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await commitImportJob(admin, job.id, { version: done.version }, jsonSource)).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await peopleCount(db)).toBe(before + 2);
    const history = await listImportJobs(admin);
    expect(history.rows.find((r) => r.id === job.id)).toMatchObject({
      state: "done",
      createdCount: 2,
      skippedCount: 1,
    });
  });

  it("undo removes what it created and restores what it updated, except a record edited since (kept and listed)", async () => {
    const db = getDb();
    const [old] = await db
      .insert(people)
      .values({ fullName: "Olga Previa", email: "olga@ejemplo.test", position: "Asesora" })
      .returning();
    const before = await peopleCount(db);
    const sheet = sheetOf([
      HEADERS,
      ["Olga Previa", "olga@ejemplo.test", null, "Directora", null],
      ["Pablo", "pablo@ejemplo.test", null, null, null],
      ["Quique", "quique@ejemplo.test", null, null, null],
      ["Rosa", "rosa@ejemplo.test", null, null, null],
    ]);
    const job = await validated(admin, sheet);
    const done = await committedJob(admin, job);
    expect(await peopleCount(db)).toBe(before + 3);
    const [quique] = await db.select().from(people).where(eq(people.email, "quique@ejemplo.test"));
    // Pablo, created by the import, got an assignment since: removing him would break it.
    const [pablo] = await db.select().from(people).where(eq(people.email, "pablo@ejemplo.test"));
    const [network] = await db
      .insert(networks)
      .values({ name: "Red del deshacer", kind: "global" })
      .returning();
    const [area] = await db.insert(thematicAreas).values({ name: "Área del deshacer" }).returning();
    await db.insert(assignments).values({
      personId: pablo!.id,
      networkId: network!.id,
      thematicAreaId: area!.id,
      startsOn: "2026-01-01",
    });
    expectOk(
      await updatePerson(admin, quique!.id, {
        fullName: "Quique Editado",
        email: "quique@ejemplo.test",
        version: 1,
      }),
    );
    const undone = expectOk(await undoImport(admin, job.id, { version: done.version }));
    expect(undone).toMatchObject({
      removed: 1,
      restored: 1,
      kept: [
        { line: 3, recordId: pablo!.id },
        { line: 4, recordId: quique!.id },
      ],
    });
    expect(await peopleCount(db)).toBe(before + 2);
    expect(await db.select().from(people).where(eq(people.email, "rosa@ejemplo.test"))).toEqual([]);
    const [olga] = await db.select().from(people).where(eq(people.id, old!.id));
    expect(olga!.position).toBe("Asesora");
    const [kept] = await db.select().from(people).where(eq(people.id, quique!.id));
    expect(kept!.fullName).toBe("Quique Editado");
    expect((await getImportJob(admin, job.id))!.state).toBe("undone");
    const [undoEvent] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "import.undo"), eq(auditEvents.entityId, job.id)));
    expect(undoEvent!.metadata).toMatchObject({ removed: 1, restored: 1 });
    // The removal is in Rosa's history, with the import's id.
    const [rosaEvent] = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "person.delete"), sql`${auditEvents.metadata} ->> 'importId' = ${job.id}`),
      );
    expect(rosaEvent!.before).toMatchObject({ name: "Rosa", email: "rosa@ejemplo.test" });
    // Undone once: a second undo is refused.
    expect(await undoImport(admin, job.id, { version: undone.version })).toMatchObject({ ok: false });
  });

  it("a head imports only people of their own department: another department's row is that row's error", async () => {
    const db = getDb();
    const head = ctxFor(db, actors.head);
    const [own] = await db
      .select({ name: departments.name })
      .from(departments)
      .where(eq(departments.id, actors.head.departmentId!));
    const sheet = sheetOf([
      HEADERS,
      ["Rita", "rita@ejemplo.test", null, null, own!.name],
      ["Sergio", "sergio@ejemplo.test", null, null, "SECU"],
      ["Tomás", "tomas@ejemplo.test", null, null, null],
    ]);
    const job = await validated(head, sheet);
    const page = (await importRowsPage(head, job.id, { onlyErrors: true }))!;
    expect(page.rows.map((r) => [r.line, r.errors[0]?.key])).toEqual([
      [3, "import.errors.otherDepartment"],
      [4, "import.errors.otherDepartment"],
    ]);
    expect(job.counts).toMatchObject({ created: 1, errors: 2 });
    // Nobody else's job is visible to a head; a viewer may not import at all.
    expect(await getImportJob(head, job.id)).not.toBeNull();
    const coordinatorJob = await validated(ctxFor(db, actors.coordinator), sheet);
    expect(await getImportJob(head, coordinatorJob.id)).toBeNull();
    const refused = await createImportJob(ctxFor(db, actors.viewer), {
      table: "personas",
      fileName: "x.csv",
      bytes: bytesOf(sheet),
    });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("new departments are created only when the user allows it", async () => {
    const db = getDb();
    const sheet = sheetOf([HEADERS, ["Ulises", "ulises@ejemplo.test", null, null, "Agencia Nueva"]]);
    const refused = await validated(admin, sheet);
    expect(refused.counts.errors).toBe(1);
    const allowed = await validated(admin, sheet, { createDepartments: true });
    expect(allowed.counts).toMatchObject({ created: 1, errors: 0 });
    await committedJob(admin, allowed);
    const [agency] = await db.select().from(departments).where(eq(departments.name, "Agencia Nueva"));
    const [ulises] = await db.select().from(people).where(eq(people.email, "ulises@ejemplo.test"));
    expect(ulises!.departmentId).toBe(agency!.id);
  });

  it("column matching: suggested from the headers, and this user's own choice remembered for the next file", async () => {
    const sheet = sheetOf([
      ["Apellido y nombre", "Contacto", "Notas"],
      ["Xime", "xime@ejemplo.test", "x"],
    ]);
    const job = expectOk(
      await createImportJob(admin, { table: "personas", fileName: "a.csv", bytes: bytesOf(sheet) }),
    );
    const first = (await mappingStep(admin, job.id, jsonSource))!;
    expect(first.headers).toEqual(["Apellido y nombre", "Contacto", "Notas"]);
    expect(first.suggestion.columns).toEqual({ name: 0 });
    expect(first.suggestion.unmatched.map((u) => u.header)).toEqual(["Contacto", "Notas"]);
    // The user says "Contacto" is the e-mail; validation runs with that mapping.
    const validatedJob = expectOk(
      await validateImportJob(
        admin,
        job.id,
        { version: job.version, columns: { name: 0, email: 1 } },
        jsonSource,
      ),
    );
    expect(validatedJob.counts.created).toBe(1);
    // The next file of this user with the same header is matched the same way; another user's is not.
    const next = expectOk(
      await createImportJob(admin, { table: "personas", fileName: "b.csv", bytes: bytesOf(sheet) }),
    );
    expect((await mappingStep(admin, next.id, jsonSource))!.suggestion.columns).toEqual({
      name: 0,
      email: 1,
    });
    const coordinator = ctxFor(getDb(), actors.coordinator);
    const theirs = expectOk(
      await createImportJob(coordinator, { table: "personas", fileName: "c.csv", bytes: bytesOf(sheet) }),
    );
    expect((await mappingStep(coordinator, theirs.id, jsonSource))!.suggestion.columns).toEqual({ name: 0 });
  });

  it("a job stuck validating or importing is marked failed; one still running is left alone", async () => {
    const db = getDb();
    const job = await validated(admin, sheetOf([HEADERS, ["Vera", "vera@ejemplo.test", null, null, null]]));
    await db
      .update(importJobs)
      .set({ state: "importing", heartbeatAt: new Date(Date.now() - 60 * 60_000) })
      .where(eq(importJobs.id, job.id));
    const fresh = await validated(admin, sheetOf([HEADERS, ["Walter", null, null, null, null]]));
    await db
      .update(importJobs)
      .set({ state: "validating", heartbeatAt: new Date() })
      .where(eq(importJobs.id, fresh.id));
    const failed = await failStuckImports(db);
    expect(failed).toEqual([job.id]);
    expect((await getImportJob(admin, job.id))!.state).toBe("failed");
    expect((await getImportJob(admin, fresh.id))!.state).toBe("validating");
    expect(await db.select().from(people).where(eq(people.email, "vera@ejemplo.test"))).toEqual([]);
  });

  it("a run that breaks (an unreadable file) leaves the job failed, nothing written, and may run again", async () => {
    const db = getDb();
    const sheet = sheetOf([HEADERS, ["Yanina", "yanina@ejemplo.test", null, null, null]]);
    const job = expectOk(
      await createImportJob(admin, { table: "personas", fileName: "y.csv", bytes: bytesOf(sheet) }),
    );
    const broken: SheetSource = async () => {
      throw new Error("truncated zip");
    };
    expect(await validateImportJob(admin, job.id, { version: job.version }, broken)).toMatchObject({
      ok: false,
      code: "INTERNAL",
    });
    const failed = (await getImportJob(admin, job.id))!;
    expect(failed).toMatchObject({ state: "failed", error: "import.errors.runFailed", heartbeatAt: null });
    expect(await db.select().from(people).where(eq(people.email, "yanina@ejemplo.test"))).toEqual([]);
    const again = expectOk(await validateImportJob(admin, job.id, { version: failed.version }, jsonSource));
    expect(again).toMatchObject({ state: "validated", counts: { created: 1 } });
  });

  it("2,000 rows: validated and committed in batches, counts that add up", async () => {
    const db = getDb();
    const before = await peopleCount(db);
    const rows: RawCell[][] = [HEADERS];
    for (let i = 0; i < 2000; i++) {
      rows.push([
        `Persona masiva ${i}`,
        i === 1999 ? `masiva0@ejemplo.test` : `masiva${i}@ejemplo.test`,
        null,
        "Técnica",
        i % 2 ? "SECU" : null,
      ]);
    }
    const job = await validated(admin, sheetOf(rows));
    expect(job.counts).toEqual({
      rows: 2000,
      created: 1999,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      errors: 1,
    });
    const done = await committedJob(admin, job, "skip-errors");
    expect(done.counts).toEqual({
      rows: 2000,
      created: 1999,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      errors: 0,
    });
    expect(await peopleCount(db)).toBe(before + 1999);
    const created = await taggedActions(db, job.id, eq(auditEvents.action, "person.create"));
    expect(created).toHaveLength(1999);
  });
});
