import { eq, like } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, bodies, people, seats, seatTerms } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { commitImportJob } from "@/lib/import/jobs";
import { undoImport } from "@/lib/import/undo";
import { createNetwork } from "@/lib/networks/commands";
import { addTerm, createSeat, updateTerm } from "@/lib/seats/commands";
import type { RawCell } from "@/lib/import/sheet";
import { describeDatabases } from "../support/databases";
import { bytesOf, exportedFile, fileSource, jsonSource, sheetOf } from "../support/import-sheets";
import { allUnchanged, cellErrors, committedJob, taggedActions, validatedJob } from "../support/import-jobs";
import { createActors, createThematicArea, ctxFor, expectOk, networkForm } from "../support/fixtures";
import { rowCount } from "../support/rows";

const HEADER = ["Cargo", "Tipo", "Red", "Órgano", "Titular", "Inicio del mandato", "Fin del mandato"];

const validatedRows = (ctx: Ctx, rows: RawCell[][]) =>
  validatedJob(ctx, "cargos", bytesOf(sheetOf([HEADER, ...rows])));
const seatCount = (db: Db) => rowCount(db, seats);
const termsOf = (db: Db, seatId: string) =>
  db.select().from(seatTerms).where(eq(seatTerms.seatId, seatId)).orderBy(seatTerms.startsOn);

describeDatabases("import: seats and their terms", (getDb) => {
  let admin: Ctx;
  let networkId: string;
  let consejoId: string;
  let ana: string;
  let bruno: string;

  beforeAll(async () => {
    const db = getDb();
    const actors = await createActors(db);
    admin = ctxFor(db, actors.admin);
    const area = await createThematicArea(db, "Gobernanza");
    networkId = expectOk(
      await createNetwork(admin, networkForm(area.id, { name: "Red de Cargos", acronym: "RDC" })),
    ).id;
    const other = expectOk(
      await createNetwork(admin, networkForm(area.id, { name: "Otra Red", acronym: "OR" })),
    ).id;
    const [consejo] = await db
      .insert(bodies)
      .values({ networkId, name: "Consejo Directivo", kind: "council" })
      .returning({ id: bodies.id });
    consejoId = consejo!.id;
    await db.insert(bodies).values({ networkId: other, name: "Asamblea", kind: "assembly" });
    [ana, bruno] = (
      await db
        .insert(people)
        .values([{ fullName: "Ana Gómez", email: "ana.gomez@example.com" }, { fullName: "Bruno Díaz" }])
        .returning({ id: people.id })
    ).map((p) => p.id) as [string, string];
  });

  it("an export imported back, CSV and XLSX: every seat and term unchanged", async () => {
    const seatId = expectOk(
      await createSeat(admin, { title: "Presidencia", kind: "political", networkId, bodyId: consejoId }),
    ).id;
    const term = { notes: "", status: "ended" as const };
    expectOk(
      await addTerm(admin, seatId, {
        ...term,
        holderPersonId: ana,
        startsOn: "2019-03-01",
        endsOn: "2022-02-28",
      }),
    );
    expectOk(
      await addTerm(admin, seatId, {
        ...term,
        holderPersonId: bruno,
        startsOn: "2022-03-01",
        status: "active",
      }),
    );
    expectOk(await createSeat(admin, { title: "Enlace técnico", kind: "technical", networkId }));
    for (const format of ["csv", "xlsx"] as const) {
      const bytes = await exportedFile(admin, "cargos", format, { status: "all" });
      const job = await validatedJob(admin, "cargos", bytes, {
        source: fileSource,
        fileName: `cargos.${format}`,
      });
      expect(job.counts).toEqual(allUnchanged(2));
    }
  });

  it("rows of one seat are one seat with its terms, written in date order; importing again changes nothing", async () => {
    const db = getDb();
    const before = await seatCount(db);
    const rows: RawCell[][] = [
      ["Tesorería", "Ejecutivo", "RDC", "consejo directivo", "Bruno Díaz", "01/03/2023", null],
      [
        "tesoreria",
        "executive",
        "Red de Cargos",
        "Consejo Directivo",
        "ANA.GOMEZ@example.com",
        "2020-03-01",
        "28/02/2023",
      ],
    ];
    const checked = await validatedRows(admin, rows);
    expect(checked.counts).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0, skipped: 0, errors: 0 });
    expect(await seatCount(db)).toBe(before); // the preview was rolled back
    const done = await committedJob(admin, checked);
    expect(done.counts).toMatchObject({ created: 2, errors: 0 });
    expect(await seatCount(db)).toBe(before + 1);
    const [seat] = await db.select().from(seats).where(eq(seats.title, "Tesorería"));
    expect(seat).toMatchObject({ kind: "executive", networkId, bodyId: consejoId });
    expect(
      (await termsOf(db, seat!.id)).map((t) => [t.holderPersonId, t.startsOn, t.endsOn, t.status]),
    ).toEqual([
      [ana, "2020-03-01", "2023-02-28", "ended"],
      [bruno, "2023-03-01", null, "active"],
    ]);
    const tagged = await taggedActions(db, done.id, like(auditEvents.action, "seat%"));
    expect(tagged).toEqual(["seat.create", "seat_term.create", "seat_term.create"]);

    const again = await validatedRows(admin, rows);
    expect(again.counts).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2, errors: 0 });
    await committedJob(admin, again);
    expect(await seatCount(db)).toBe(before + 1);
    expect(await termsOf(db, seat!.id)).toHaveLength(2);

    // An older term added later is an ended one: the seat's latest term stays the active one.
    const older = await validatedRows(admin, [
      ...rows,
      ["Tesorería", "Ejecutivo", "RDC", "Consejo Directivo", "Bruno Díaz", "01/03/2017", "28/02/2020"],
    ]);
    expect(older.counts).toMatchObject({ rows: 3, created: 1, unchanged: 2, errors: 0 });
    await committedJob(admin, older);
    expect((await termsOf(db, seat!.id)).map((t) => [t.startsOn, t.status])).toEqual([
      ["2017-03-01", "ended"],
      ["2020-03-01", "ended"],
      ["2023-03-01", "active"],
    ]);
  });

  it("the ID Redes column names the seat: its columns updated once, from its first row, and undone", async () => {
    const db = getDb();
    const seatId = expectOk(await createSeat(admin, { title: "Vocería", kind: "political", networkId })).id;
    const before = await seatCount(db);
    const checked = await validatedJob(
      admin,
      "cargos",
      bytesOf(
        sheetOf([
          ["ID Redes", "Cargo", "Tipo", "Red", "Órgano", "Titular", "Inicio del mandato"],
          [seatId.toUpperCase(), "Vocería general", "Ejecutivo", "RDC", "Consejo Directivo", null, null],
          [seatId, "Vocería general", "Ejecutivo", "RDC", "Consejo Directivo", "Bruno Díaz", "01/01/2024"],
          [seatId, "Vocería", "Ejecutivo", "RDC", "Consejo Directivo", "Ana Gómez", "01/01/2020"],
        ]),
      ),
    );
    expect(checked.counts).toMatchObject({ created: 1, updated: 1, errors: 1 });
    expect(await cellErrors(admin, checked.id)).toEqual(["4 title:import.errors.seatRowsDiffer:2"]);
    const done = await committedJob(admin, checked, "skip-errors");
    expect(await seatCount(db)).toBe(before);
    const [seat] = await db.select().from(seats).where(eq(seats.id, seatId));
    expect(seat).toMatchObject({
      title: "Vocería general",
      kind: "executive",
      bodyId: consejoId,
      version: 2,
    });
    expect(await termsOf(db, seatId)).toMatchObject([{ holderPersonId: bruno, status: "active" }]);
    expect(expectOk(await undoImport(admin, done.id, { version: done.version }))).toMatchObject({
      removed: 1,
      restored: 1,
      kept: [],
    });
    const [back] = await db.select().from(seats).where(eq(seats.id, seatId));
    expect(back).toMatchObject({ title: "Vocería", kind: "political", bodyId: null });
    expect(await termsOf(db, seatId)).toHaveLength(0);
  });

  it("names, dates and the commands' checks come back on their cells, and nothing is committed", async () => {
    const db = getDb();
    const before = await seatCount(db);
    const checked = await validatedRows(admin, [
      ["Vocalía 1", "Político", "Red Fantasma", null, "Ana Gómez", "01/01/2024", null],
      ["Vocalía 2", "Político", "RDC", "Asamblea", "Ana Gómez", "01/01/2024", null],
      ["Vocalía 3", "Político", "RDC", null, "Nadie Nadie", "01/01/2024", null],
      ["Vocalía 4", "Político", "RDC", null, "Ana Gómez", "31/02/2024", null],
      ["Vocalía 5", "Político", "RDC", null, "Ana Gómez", "01/01/2020", "31/12/2021"],
      ["Vocalía 5", "Político", "RDC", null, "Bruno Díaz", "01/06/2021", null],
      ["Vocalía 6", "Sideral", "RDC", null, null, null, null],
    ]);
    expect(checked.counts).toEqual({ rows: 7, created: 1, updated: 0, unchanged: 0, skipped: 0, errors: 6 });
    expect(await cellErrors(admin, checked.id)).toEqual([
      "2 network:import.errors.unknownNetwork:Red Fantasma",
      "3 body:import.errors.bodyOfOtherNetwork:Asamblea",
      "4 holder:import.errors.unknownPerson:Nadie Nadie",
      "5 startsOn:import.errors.invalidDate:31/02/2024",
      "7 startsOn:seats.validation.overlap:",
      "8 kind:import.errors.unknownOption:Sideral",
    ]);
    expect(
      await commitImportJob(
        admin,
        checked.id,
        { version: checked.version, mode: "all-or-nothing" },
        jsonSource,
      ),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await seatCount(db)).toBe(before);
  });

  it("undo: removes what it created, reopens what it closed, restores what it updated, keeps what was edited since", async () => {
    const db = getDb();
    const open = { notes: "", status: "active" as const, endsOn: "" };
    const seatA = expectOk(await createSeat(admin, { title: "Secretaría", kind: "political", networkId })).id;
    const x = expectOk(
      await addTerm(admin, seatA, { ...open, holderPersonId: bruno, startsOn: "2022-03-01" }),
    ).id;
    const seatB = expectOk(await createSeat(admin, { title: "Relatoría", kind: "technical", networkId })).id;
    const y = expectOk(
      await addTerm(admin, seatB, {
        ...open,
        holderPersonId: ana,
        startsOn: "2023-01-01",
        endsOn: "2024-12-31",
      }),
    ).id;
    const before = await seatCount(db);
    const checked = await validatedRows(admin, [
      ["Coordinación técnica", "Técnico", "RDC", null, "Ana Gómez", "01/01/2018", "31/12/2019"],
      ["Coordinación técnica", "Técnico", "RDC", null, "Bruno Díaz", "01/01/2020", null],
      ["Secretaría", "Político", "RDC", null, "Ana Gómez", "01/03/2025", null],
      ["Relatoría", "Técnico", "RDC", null, "Ana Gómez", "01/01/2023", "31/12/2025"],
    ]);
    expect(checked.counts).toMatchObject({ created: 3, updated: 1, errors: 0 });
    const done = await committedJob(admin, checked);
    expect(await seatCount(db)).toBe(before + 1);
    // The new term of Secretaría closed Bruno's: ended the day before it starts.
    expect((await termsOf(db, seatA)).map((t) => [t.holderPersonId, t.endsOn, t.status])).toEqual([
      [bruno, "2025-02-28", "ended"],
      [ana, null, "active"],
    ]);
    const [created] = await db.select().from(seats).where(eq(seats.title, "Coordinación técnica"));
    const [past, current] = await termsOf(db, created!.id);
    // Someone edits the past term after the import: the undo keeps it, and so its seat.
    expectOk(
      await updateTerm(admin, past!.id, {
        holderPersonId: ana,
        startsOn: "2018-01-01",
        endsOn: "2019-12-31",
        status: "ended",
        notes: "Editado después",
        version: past!.version,
      }),
    );
    const undone = expectOk(await undoImport(admin, done.id, { version: done.version }));
    expect(undone).toMatchObject({ removed: 2, restored: 2, kept: [{ line: 2, recordId: created!.id }] });
    expect(await db.select().from(seatTerms).where(eq(seatTerms.id, current!.id))).toHaveLength(0);
    expect((await termsOf(db, created!.id)).map((t) => t.notes)).toEqual(["Editado después"]);
    expect(await termsOf(db, seatA)).toMatchObject([{ id: x, endsOn: null, status: "active" }]);
    expect(await termsOf(db, seatB)).toMatchObject([{ id: y, endsOn: "2024-12-31", status: "active" }]);
    const deletions = await taggedActions(db, done.id, eq(auditEvents.action, "seat_term.delete"));
    expect(deletions).toHaveLength(2);
  });
});
