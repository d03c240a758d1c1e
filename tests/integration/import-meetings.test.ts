import { eq, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, bodies, delegationMembers, meetings, networks, people } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import messages from "@/messages/es-AR";
import type { Actor } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { commitImportJob } from "@/lib/import/jobs";
import { importRowsPage } from "@/lib/import/queries";
import { importDefinition } from "@/lib/import/registry";
import { suggestMapping } from "@/lib/import/mapping";
import { readSpreadsheet } from "@/lib/import/read";
import { undoImport } from "@/lib/import/undo";
import { createMeeting, updateMeeting } from "@/lib/meetings/commands";
import { meetingFormValues } from "@/lib/meetings/form-reads";
import { addDelegationMember, updateDelegationMember } from "@/lib/meetings/log/delegation";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor, expectOk } from "../support/fixtures";
import { rowCount } from "../support/rows";
import { bytesOf, exportedFile, fileSource, jsonSource, sheetOf } from "../support/import-sheets";
import { committedJob, taggedActions, validatedJob } from "../support/import-jobs";
import type { RawCell } from "@/lib/import/sheet";

// The template is built with the request's translations: here, the es-AR catalogs themselves.
vi.mock("@/lib/i18n/translations", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "es-AR", messages, namespace: namespace as never }),
}));
const { templateWorkbook } = await import("@/app/(app)/importar/_lib/template");

const HEADER = [
  "Inicio (hora local)",
  "Fin (hora de Buenos Aires)",
  "Zona horaria",
  "Título",
  "Tipo",
  "Estado",
  "Modalidad",
  "Red",
  "Órgano",
  "Delegación",
  "Asistentes",
];

const validated = (ctx: Ctx, bytes: Uint8Array, options?: Parameters<typeof validatedJob>[3]) =>
  validatedJob(ctx, "reuniones", bytes, options);
const sheetBytes = (rows: RawCell[][]) => bytesOf(sheetOf([HEADER, ...rows]));
const meetingCount = (db: Db) => rowCount(db, meetings);
const memberCount = (db: Db) => rowCount(db, delegationMembers);

/** Each member's name and attendance, by name. */
async function attendance(db: Db, meetingId: string) {
  const rows = await db
    .select({ name: people.fullName, attendance: delegationMembers.attendance })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(eq(delegationMembers.meetingId, meetingId));
  return Object.fromEntries(rows.map((r) => [r.name, r.attendance]));
}

const byTitle = async (db: Db, title: string) =>
  await db.select().from(meetings).where(eq(meetings.title, title));

describeDatabases("import: meetings with their delegation and attendance", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let admin: Ctx;
  let mc: string;
  let ana: string;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    admin = ctxFor(db, actors.admin);
    const [m, cglu] = await db
      .insert(networks)
      .values([
        { name: "Mercociudades", acronym: "MC", kind: "regional" },
        { name: "Ciudades y Gobiernos Locales Unidos", acronym: "CGLU", kind: "global" },
      ])
      .returning();
    mc = m!.id;
    await db.insert(bodies).values([
      { networkId: mc, name: "Consejo", kind: "council" },
      { networkId: cglu!.id, name: "Bureau Ejecutivo", kind: "executive" },
    ]);
    const [a] = await db
      .insert(people)
      .values([
        { fullName: "Ana Álvarez", email: "ana@example.org" },
        { fullName: "Bruno Díaz", email: "bruno@example.org" },
        { fullName: "Carla Gómez", email: "carla@example.org" },
        { fullName: "Dora Paz" },
        { fullName: "Dora Paz" },
      ])
      .returning();
    ana = a!.id;
  });

  it("an export imported back, as CSV and as XLSX: every meeting unchanged, times in their own zone", async () => {
    const madrid = expectOk(
      await createMeeting(admin, {
        networkId: mc,
        title: "Cumbre de Madrid",
        kind: "summit",
        status: "confirmed",
        startDate: "2024-11-05",
        startTime: "10:00",
        endDate: "2024-11-06",
        endTime: "18:30",
        timeZone: "Europe/Madrid",
        mode: "hybrid",
        city: "Madrid",
        country: "España",
        venue: "Palacio de Cibeles",
      }),
    );
    expectOk(
      await addDelegationMember(admin, madrid.id, { personId: ana, role: "head", attendance: "attended" }),
    );
    expectOk(
      await createMeeting(admin, {
        networkId: mc,
        title: "Consejo; sesión de otoño",
        kind: "council",
        status: "cancelled",
        startDate: "2024-04-20",
        startTime: "23:30",
        endTime: "23:45",
        timeZone: "America/Argentina/Buenos_Aires",
        mode: "online",
      }),
    );
    for (const format of ["csv", "xlsx"] as const) {
      const bytes = await exportedFile(admin, "reuniones", format, { view: "agenda", from: "2020-01-01" });
      const job = await validated(admin, bytes, { source: fileSource, fileName: `reuniones.${format}` });
      expect(job.counts, format).toEqual({
        rows: 2,
        created: 0,
        updated: 0,
        unchanged: 2,
        skipped: 0,
        errors: 0,
      });
    }
  });

  it("creates past meetings with their delegation and attendance, and a second import finds them", async () => {
    const db = getDb();
    const before = await meetingCount(db);
    const file = sheetBytes([
      [
        "10/03/2025 09:30",
        "10/03/2025 13:00",
        "America/Argentina/Buenos_Aires",
        "Asamblea anual",
        "Asamblea",
        "Confirmada",
        "Presencial",
        "MC",
        "consejo",
        "ana@example.org; Bruno Diaz",
        "ANA@example.org",
      ],
      [
        "05/06/2025 10:00",
        "05/06/2025 09:00",
        "Europe/Madrid",
        "Bureau de junio",
        "executive",
        "confirmed",
        "Virtual",
        "Ciudades y Gobiernos Locales Unidos",
        "Bureau Ejecutivo",
        "Carla Gómez, bruno@example.org",
        "carla gomez",
      ],
    ]);
    const checked = await validated(admin, file);
    expect(checked.counts).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0, skipped: 0, errors: 0 });
    expect(await meetingCount(db)).toBe(before);
    const done = await committedJob(admin, checked);
    expect(done.counts).toMatchObject({ created: 2, errors: 0 });

    const [asamblea] = await byTitle(db, "Asamblea anual");
    expect(asamblea!.startsAt.toISOString()).toBe("2025-03-10T12:30:00.000Z");
    expect(asamblea!.endsAt.toISOString()).toBe("2025-03-10T16:00:00.000Z");
    expect(await attendance(db, asamblea!.id)).toEqual({ "Ana Álvarez": "attended", "Bruno Díaz": "absent" });
    const [bureau] = await byTitle(db, "Bureau de junio");
    // 10:00 in Madrid (summer time, UTC+2); the end, 09:00 in Buenos Aires, is 14:00 in Madrid.
    expect(bureau!.startsAt.toISOString()).toBe("2025-06-05T08:00:00.000Z");
    expect((await meetingFormValues(admin, bureau!.id))!.values).toMatchObject({
      endDate: "2025-06-05",
      endTime: "14:00",
      timeZone: "Europe/Madrid",
      kind: "executive",
      mode: "online",
    });
    expect(await attendance(db, bureau!.id)).toEqual({ "Carla Gómez": "attended", "Bruno Díaz": "absent" });

    // Every write went through the commands, each audit event tagged with the import.
    const tagged = await taggedActions(db, checked.id, sql`${auditEvents.entityType} <> 'import'`);
    expect(tagged).toEqual([
      "delegation_member.create",
      "delegation_member.create",
      "delegation_member.create",
      "delegation_member.create",
      "meeting.create",
      "meeting.create",
    ]);

    // The same file again: matched by network, start date and title; nothing new, nothing changed.
    const again = await validated(admin, file);
    expect(again.counts).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2, skipped: 0, errors: 0 });
    // Only the attendance differs: an update of that meeting (its delegation), no duplicate.
    const changed = sheetBytes([
      [
        "10/03/2025 09:30",
        "10/03/2025 13:00",
        "America/Argentina/Buenos_Aires",
        "Asamblea anual",
        "Asamblea",
        "Confirmada",
        "Presencial",
        "Mercociudades",
        "Consejo",
        "ana@example.org; bruno@example.org",
        "ana@example.org; bruno@example.org",
      ],
    ]);
    const third = await validated(admin, changed);
    expect(third.counts).toMatchObject({ created: 0, updated: 1, errors: 0 });
    await committedJob(admin, third);
    expect(await meetingCount(db)).toBe(before + 2);
    expect(await attendance(db, asamblea!.id)).toEqual({
      "Ana Álvarez": "attended",
      "Bruno Díaz": "attended",
    });
    expect((await byTitle(db, "Asamblea anual"))[0]!.version).toBe(asamblea!.version);
  });

  it("an unknown person, an unknown network or an invalid date: all-or-nothing keeps nothing, skip mode the valid rows", async () => {
    const db = getDb();
    const [meetingsBefore, membersBefore] = [await meetingCount(db), await memberCount(db)];
    const valid = [
      "01/02/2025 10:00",
      "01/02/2025 12:00",
      "",
      "Grupo de trabajo de febrero",
      "Grupo de trabajo",
    ];
    const tail = ["Confirmada", "Virtual"];
    const file = sheetBytes([
      [...valid, ...tail, "MC", "", "Ana Álvarez; Bruno Díaz", "Bruno Díaz"],
      [
        "02/02/2025 10:00",
        "02/02/2025 12:00",
        "",
        "Con desconocida",
        "Otra",
        ...tail,
        "MC",
        "",
        "Zoe Nadie; ana@example.org",
        "",
      ],
      [
        "03/02/2025 10:00",
        "03/02/2025 12:00",
        "",
        "En red inexistente",
        "Otra",
        ...tail,
        "Red Fantasma",
        "",
        "",
        "",
      ],
      ["31/02/2025 10:00", "31/02/2025 12:00", "", "En fecha imposible", "Otra", ...tail, "MC", "", "", ""],
      [
        "04/02/2025 10:00",
        "04/02/2025 12:00",
        "",
        "Con homónimas",
        "Otra",
        ...tail,
        "MC",
        "Plenario",
        "Dora Paz",
        "",
      ],
    ]);
    const checked = await validated(admin, file);
    expect(checked.counts).toEqual({ rows: 5, created: 1, updated: 0, unchanged: 0, skipped: 0, errors: 4 });
    const errors = (await importRowsPage(admin, checked.id, { onlyErrors: true }))!.rows.map((r) =>
      r.errors.map(
        (e) => `${e.field}:${e.key}:${e.values?.value}${e.values?.count ? ` ×${e.values.count}` : ""}`,
      ),
    );
    expect(errors).toEqual([
      ["delegation:import.errors.unknownPerson:Zoe Nadie"],
      ["network:import.errors.unknownNetwork:Red Fantasma"],
      [
        "localStart:import.errors.invalidDateTime:31/02/2025 10:00",
        "endsAt:import.errors.invalidDateTime:31/02/2025 12:00",
      ],
      ["body:import.errors.unknownBody:Plenario", "delegation:import.errors.ambiguousPerson:Dora Paz ×2"],
    ]);
    expect(await meetingCount(db)).toBe(meetingsBefore);

    const refused = await commitImportJob(
      admin,
      checked.id,
      { version: checked.version, mode: "all-or-nothing" },
      jsonSource,
    );
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    expect([await meetingCount(db), await memberCount(db)]).toEqual([meetingsBefore, membersBefore]);

    const again = await validated(admin, file);
    const done = await committedJob(admin, again, "skip-errors");
    expect(done.counts).toEqual({ rows: 5, created: 1, updated: 0, unchanged: 0, skipped: 4, errors: 0 });
    expect(await meetingCount(db)).toBe(meetingsBefore + 1);
    const [grupo] = await byTitle(db, "Grupo de trabajo de febrero");
    expect(await attendance(db, grupo!.id)).toEqual({ "Ana Álvarez": "absent", "Bruno Díaz": "attended" });
  });

  it("a row the commands refuse is an error and leaves no half written: a new held meeting, a pending member of a held one", async () => {
    const db = getDb();
    // A meeting closed with its minutes: its delegation takes attended or absent, nothing pending.
    const [held] = await db
      .insert(meetings)
      .values({
        networkId: mc,
        title: "Consejo cerrado",
        kind: "council",
        status: "held",
        minutes: "<p>Acta</p>",
        startsAt: new Date("2025-02-20T13:00:00Z"),
        endsAt: new Date("2025-02-20T15:00:00Z"),
      })
      .returning();
    const before = [await meetingCount(db), await memberCount(db)];
    const row = (title: string, status: string, delegation: string, attendees: string, id = "") => [
      "01/03/2025 10:00",
      "01/03/2025 12:00",
      "",
      title,
      "Otra",
      status,
      "Virtual",
      "MC",
      "",
      delegation,
      attendees,
      id,
    ];
    const file = bytesOf(
      sheetOf([
        [...HEADER, "ID Redes"],
        row("Realizada sin acta", "Realizada", "", ""),
        row("Asistente de más", "Confirmada", "Ana Álvarez", "Carla Gómez"),
        // The meeting's update goes through, then adding Carla as invited is refused: neither stays.
        row("Consejo cerrado y renombrado", "Realizada", "Carla Gómez", "", held!.id),
        row("Válida", "Confirmada", "", ""),
      ]),
    );
    const checked = await validated(admin, file);
    expect(checked.counts).toMatchObject({ created: 1, updated: 0, errors: 3 });
    const errors = (await importRowsPage(admin, checked.id, { onlyErrors: true }))!.rows.map((r) =>
      r.errors.map((e) => `${e.field}:${e.key}`),
    );
    expect(errors).toEqual([
      ["status:meetings.validation.markHeldNeedsMinutes"],
      ["attendees:import.errors.attendeeNotInDelegation"],
      ["attendees:meetings.validation.heldNeedsFinalAttendance"],
    ]);
    const done = await committedJob(admin, checked, "skip-errors");
    expect(done.counts).toMatchObject({ created: 1, skipped: 3 });
    expect([await meetingCount(db), await memberCount(db)]).toEqual([before[0]! + 1, before[1]]);
    const [after] = await db.select().from(meetings).where(eq(meetings.id, held!.id));
    expect(after).toMatchObject({ title: "Consejo cerrado", version: held!.version });
  });

  it("undo removes the created meetings with their delegation, restores the updated one, keeps one edited since", async () => {
    const db = getDb();
    const existing = expectOk(
      await createMeeting(admin, {
        networkId: mc,
        title: "Comisión de cultura",
        kind: "working_group",
        status: "confirmed",
        startDate: "2025-08-01",
        startTime: "15:00",
        endTime: "17:00",
        timeZone: "America/Argentina/Buenos_Aires",
        mode: "in_person",
      }),
    );
    expectOk(
      await addDelegationMember(admin, existing.id, { personId: ana, role: "head", attendance: "confirmed" }),
    );
    const before = [await meetingCount(db), await memberCount(db)];
    const sheet = sheetOf([
      [...HEADER, "ID Redes"],
      [
        "01/08/2025 15:00",
        "01/08/2025 18:00",
        "",
        "Comisión de cultura (renombrada)",
        "Grupo de trabajo",
        "Confirmada",
        "Presencial",
        "MC",
        "",
        "Bruno Díaz",
        "Bruno Díaz",
        existing.id,
      ],
      [
        "02/08/2025 09:00",
        "02/08/2025 10:00",
        "",
        "Nueva que se borra",
        "Otra",
        "Confirmada",
        "Virtual",
        "MC",
        "",
        "Carla Gómez",
        "Carla Gómez",
        "",
      ],
      [
        "03/08/2025 09:00",
        "03/08/2025 10:00",
        "",
        "Nueva que se edita",
        "Otra",
        "Confirmada",
        "Virtual",
        "MC",
        "",
        "Carla Gómez",
        "",
        "",
      ],
    ]);
    const checked = await validated(admin, bytesOf(sheet));
    expect(checked.counts).toMatchObject({ created: 2, updated: 1, errors: 0 });
    const done = await committedJob(admin, checked);
    expect(await attendance(db, existing.id)).toEqual({ "Bruno Díaz": "attended" });
    const [edited] = await byTitle(db, "Nueva que se edita");
    const form = (await meetingFormValues(admin, edited!.id))!;
    expectOk(
      await updateMeeting(admin, edited!.id, { ...form.values, venue: "Sala 2", version: form.version }),
    );

    const undone = expectOk(await undoImport(admin, checked.id, { version: done.version }));
    expect(undone).toMatchObject({ removed: 1, restored: 1, kept: [{ line: 4, recordId: edited!.id }] });
    expect(await byTitle(db, "Nueva que se borra")).toEqual([]);
    const [back] = await db.select().from(meetings).where(eq(meetings.id, existing.id));
    expect(back!.title).toBe("Comisión de cultura");
    expect(back!.endsAt.toISOString()).toBe("2025-08-01T20:00:00.000Z");
    expect(await attendance(db, existing.id)).toEqual({ "Ana Álvarez": "confirmed" });
    expect(await attendance(db, edited!.id)).toEqual({ "Carla Gómez": "invited" });
    // One more meeting than before (the one kept), with its one member.
    expect([await meetingCount(db), await memberCount(db)]).toEqual([before[0]! + 1, before[1]! + 1]);
    const undoEvents = await taggedActions(
      db,
      checked.id,
      sql`${auditEvents.action} in ('meeting.delete', 'delegation_member.delete', 'delegation_member.create', 'import.undo')`,
    );
    expect(undoEvents).toEqual([
      "delegation_member.create",
      "delegation_member.create",
      "delegation_member.create",
      "delegation_member.create",
      "delegation_member.delete",
      "delegation_member.delete",
      "import.undo",
      "meeting.delete",
    ]);
  });

  it("undo of delegation-only changes leaves the meeting itself alone; a delegation edited since is kept", async () => {
    const db = getDb();
    const plenary = expectOk(
      await createMeeting(admin, {
        networkId: mc,
        title: "Plenario de septiembre",
        kind: "other",
        status: "confirmed",
        startDate: "2025-09-01",
        startTime: "10:00",
        endTime: "12:00",
        timeZone: "America/Argentina/Buenos_Aires",
        mode: "online",
      }),
    );
    expectOk(
      await addDelegationMember(admin, plenary.id, { personId: ana, role: "head", attendance: "confirmed" }),
    );
    const [{ version } = { version: 0 }] = await db
      .select()
      .from(meetings)
      .where(eq(meetings.id, plenary.id));
    const sheet = sheetOf([
      [
        "ID Redes",
        "Título",
        "Inicio (hora local)",
        "Fin (hora de Buenos Aires)",
        "Red",
        "Tipo",
        "Delegación",
        "Asistentes",
      ],
      [plenary.id, "Plenario de septiembre", "", "", "", "Otra", "Ana Álvarez; Carla Gómez", "Carla Gómez"],
      [
        "",
        "Nueva con asistencia cambiada",
        "04/09/2025 09:00",
        "04/09/2025 10:00",
        "MC",
        "Otra",
        "Bruno Díaz",
        "",
      ],
    ]);
    const checked = await validated(admin, bytesOf(sheet));
    expect(checked.counts).toMatchObject({ created: 1, updated: 1, errors: 0 });
    const done = await committedJob(admin, checked);
    expect(await attendance(db, plenary.id)).toEqual({ "Ana Álvarez": "absent", "Carla Gómez": "attended" });
    const [created] = await byTitle(db, "Nueva con asistencia cambiada");
    const [member] = await db
      .select()
      .from(delegationMembers)
      .where(eq(delegationMembers.meetingId, created!.id));
    expectOk(
      await updateDelegationMember(admin, created!.id, member!.id, {
        role: "delegate",
        attendance: "confirmed",
        version: member!.version,
      }),
    );

    const undone = expectOk(await undoImport(admin, checked.id, { version: done.version }));
    expect(undone).toMatchObject({ removed: 0, restored: 1, kept: [{ line: 3, recordId: created!.id }] });
    expect(await attendance(db, plenary.id)).toEqual({ "Ana Álvarez": "confirmed" });
    const [after] = await db.select().from(meetings).where(eq(meetings.id, plenary.id));
    expect(after!.version).toBe(version);
    const meetingEvents = await taggedActions(db, checked.id, eq(auditEvents.entityType, "meeting"));
    expect(meetingEvents).toEqual(["meeting.create"]);
  });

  it("the template has the export's headers, the ID and the two delegation columns, all understood", async () => {
    const definition = importDefinition("reuniones")!;
    expect(definition).toMatchObject({ action: "meeting.manage", scoped: false });
    const read = await readSpreadsheet(await templateWorkbook(definition), "plantilla.xlsx");
    if (!read.ok) throw new Error(read.code);
    const header = read.sheet.rows[0]!.cells;
    expect(header).toEqual([
      "Inicio (hora de Buenos Aires)",
      "Fin (hora de Buenos Aires)",
      "Inicio (hora local)",
      "Zona horaria",
      "Título",
      "Tipo",
      "Estado",
      "Modalidad",
      "Red",
      "Sigla de la red",
      "Órgano",
      "Ciudad",
      "País",
      "Lugar",
      "ID Redes",
      "Delegación",
      "Asistentes",
    ]);
    const suggestion = suggestMapping(header as string[], definition);
    expect(Object.keys(suggestion.columns)).toHaveLength(header.length);
    expect(suggestion.unmatched).toEqual([]);
  });
});
