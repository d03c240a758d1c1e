import { parse } from "csv-parse/sync";
import { readFirstSheet } from "../support/xlsx-reader";
import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  assignments,
  auditEvents,
  bodies,
  commitments,
  meetings,
  networks,
  people,
  seats,
  seatTerms,
  thematicAreas,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { parseAssignmentListParams } from "@/lib/assignments/list-params";
import { listAssignments } from "@/lib/assignments/queries";
import { parseCommitmentListParams } from "@/lib/commitments/list-params";
import { listCommitments } from "@/lib/commitments/queries";
import type { Ctx } from "@/lib/context";
import { csvField } from "@/lib/export/csv";
import { EXPORT_BATCH_SIZE, exportStream, prepareExport, type ExportOptions } from "@/lib/export/stream";
import type { ExportFormat } from "@/lib/export/types";
import { parseNetworkListParams } from "@/lib/networks/list-params";
import { listNetworks } from "@/lib/networks/queries";
import { parsePersonListParams } from "@/lib/people/list-params";
import { listPeople } from "@/lib/people/queries";
import { parseSeatListParams } from "@/lib/seats/list-params";
import { listSeats } from "@/lib/seats/queries";
import type { SearchParams } from "@/lib/url";
import { todayInBuenosAires } from "@/lib/dates";
import { describeDatabases } from "../support/databases";
import { catalogExportLabels } from "../support/import-sheets";
import { createActors, ctxFor } from "../support/fixtures";

async function download(
  ctx: Ctx,
  table: string,
  format: ExportFormat,
  query: SearchParams,
  options: ExportOptions = {},
): Promise<Buffer> {
  const prepared = await prepareExport(ctx, table, format, query);
  if (!prepared.ok) throw new Error(`export refused: ${prepared.code}`);
  const stream = exportStream(ctx, prepared.data, catalogExportLabels, options);
  return Buffer.from(await new Response(stream).arrayBuffer());
}

const csvRecords = (bytes: Buffer): string[][] =>
  parse(bytes.toString("utf8"), { delimiter: ";", bom: true, relax_column_count: false }) as string[][];

async function exportEvents(db: Db, action: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(auditEvents.id);
}

describe("export: CSV fields", () => {
  it("quotes separators, quotes and line breaks, and never lets a text run as a formula", () => {
    expect(csvField("Mercociudades")).toBe("Mercociudades");
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('dijo "sí"')).toBe('"dijo ""sí"""');
    expect(csvField("línea\nsiguiente")).toBe('"línea\nsiguiente"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-5", false)).toBe("-5");
  });
});

interface Fixture {
  actors: Record<AppRole, Actor>;
  network: { id: string; name: string };
  other: { id: string; name: string };
}

async function seed(db: Db): Promise<Fixture> {
  const actors = await createActors(db);
  const [network] = await db
    .insert(networks)
    .values({
      name: "Mercociudades",
      acronym: "MC",
      kind: "regional",
      memberSince: "1995-03-01",
      annualFee: "1234.50",
      feeCurrency: "USD",
    })
    .returning();
  const [other] = await db.insert(networks).values({ name: "CGLU", kind: "global" }).returning();
  const [body] = await db
    .insert(bodies)
    .values({ networkId: network!.id, name: "Consejo", kind: "council" })
    .returning();
  // Meetings on both sides of the range's edges (Buenos Aires days), two networks, several statuses.
  const rows = [
    { title: "Antes del rango", startsAt: "2026-10-01T02:59:00Z", status: "held" }, // 30/09 23:59 BA
    { title: "Consejo; primera sesión", startsAt: "2026-10-01T03:00:00Z", status: "held" }, // 01/10 00:00 BA
    { title: '=Cumbre "anual"', startsAt: "2026-10-15T13:30:00Z", status: "held" },
    { title: "Cancelada", startsAt: "2026-10-20T13:30:00Z", status: "cancelled" },
    { title: "Último día", startsAt: "2026-11-01T02:30:00Z", status: "held" }, // 31/10 23:30 BA
    { title: "Después del rango", startsAt: "2026-11-01T03:00:00Z", status: "held" }, // 01/11 00:00 BA
  ] as const;
  for (const row of rows) {
    const startsAt = new Date(row.startsAt);
    await db.insert(meetings).values({
      networkId: network!.id,
      bodyId: body!.id,
      title: row.title,
      kind: "council",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      timeZone: "Europe/Madrid",
      status: row.status,
      city: "Montevideo",
    });
  }
  await db.insert(meetings).values({
    networkId: other!.id,
    title: "Otra red",
    kind: "summit",
    startsAt: new Date("2026-10-10T15:00:00Z"),
    endsAt: new Date("2026-10-10T17:00:00Z"),
    status: "held",
  });
  return { actors, network: network!, other: other! };
}

describeDatabases("export", (getDb) => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await seed(getDb());
  });
  const filtered = () => ({
    view: "agenda",
    network: fx.network.id,
    status: "held",
    from: "2026-10-01",
    to: "2026-10-31",
  });

  /** The meetings the filtered agenda shows, read straight from the database. */
  async function expectedMeetings() {
    return getDb()
      .select({
        title: meetings.title,
        startsAt: meetings.startsAt,
        endsAt: meetings.endsAt,
        status: meetings.status,
      })
      .from(meetings)
      .where(
        and(
          eq(meetings.networkId, fx.network.id),
          eq(meetings.status, "held"),
          sql`${meetings.startsAt} >= '2026-10-01T03:00:00Z' and ${meetings.startsAt} < '2026-11-01T03:00:00Z'`,
        ),
      )
      .orderBy(meetings.startsAt, sql`lower(${meetings.title})`, meetings.id);
  }

  it("writes a filtered meetings export as CSV: BOM, ';', Argentine dates, the same rows as the database", async () => {
    const ctx = ctxFor(getDb(), fx.actors.viewer);
    const bytes = await download(ctx, "reuniones", "csv", filtered());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");
    const [header, ...records] = csvRecords(bytes);
    expect(header!.slice(0, 7)).toEqual([
      "Inicio (hora de Buenos Aires)",
      "Fin (hora de Buenos Aires)",
      "Inicio (hora local)",
      "Zona horaria",
      "Título",
      "Tipo",
      "Estado",
    ]);
    const expected = await expectedMeetings();
    expect(expected.map((m) => m.title)).toEqual([
      "Consejo; primera sesión",
      '=Cumbre "anual"',
      "Último día",
    ]);
    expect(records).toHaveLength(expected.length);
    expect(records.map((r) => [r[0], r[4], r[6], r[8]])).toEqual([
      ["01/10/2026 00:00", "Consejo; primera sesión", "Realizada", "Mercociudades"],
      ["15/10/2026 10:30", '\'=Cumbre "anual"', "Realizada", "Mercociudades"],
      ["31/10/2026 23:30", "Último día", "Realizada", "Mercociudades"],
    ]);
    // The meeting's own zone beside Buenos Aires time.
    expect(records[0]![2]).toBe("01/10/2026 05:00");
    expect(records[0]![3]).toBe("Europe/Madrid");
  });

  it("writes the same export as a real spreadsheet: typed dates, frozen bold header, widths", async () => {
    const ctx = ctxFor(getDb(), fx.actors.viewer);
    const bytes = await download(ctx, "reuniones", "xlsx", filtered());
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const sheet = await readFirstSheet(bytes);
    expect(sheet.name).toBe("Reuniones");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cell(1, 1)).toMatchObject({
      value: "Inicio (hora de Buenos Aires)",
      type: "string",
      bold: true,
    });
    expect(sheet.columnWidth(5)).toBe(48);
    const expected = await expectedMeetings();
    expect(sheet.rowCount).toBe(expected.length + 1);
    const start = sheet.cell(2, 1)!;
    expect(start).toMatchObject({ type: "date", numFmt: "dd/mm/yyyy hh:mm", bold: false });
    // Buenos Aires wall-clock time (00:00 on 1 October), as a spreadsheet date has no zone.
    expect((start.value as Date).toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(sheet.cell(3, 5)).toMatchObject({ value: '=Cumbre "anual"', type: "string" });
    const titles = [2, 3, 4].map((r) => sheet.cell(r, 5)?.value);
    expect(titles).toEqual(expected.map((m) => m.title));
  });

  it("records each export in the audit log when it finishes: who, format, filters by name, rows", async () => {
    const ctx = ctxFor(getDb(), fx.actors.viewer);
    const before = (await exportEvents(getDb(), "export.meetings")).length;
    const prepared = await prepareExport(ctx, "reuniones", "csv", filtered());
    if (!prepared.ok) throw new Error("refused");
    const stream = exportStream(ctx, prepared.data, catalogExportLabels);
    // Nothing is recorded until the file has been read to the end.
    expect(await exportEvents(getDb(), "export.meetings")).toHaveLength(before);
    await new Response(stream).arrayBuffer();
    const events = await exportEvents(getDb(), "export.meetings");
    expect(events).toHaveLength(before + 1);
    const event = events.at(-1)!;
    expect(event.actorUserId).toBe(fx.actors.viewer.userId);
    expect(event.metadata).toEqual({
      table: "reuniones",
      format: "csv",
      filters: {
        network: "Mercociudades",
        status: "held",
        from: "2026-10-01",
        to: "2026-10-31",
      },
      rows: 3,
      completed: true,
    });
  });

  it("records a download broken off, with the rows sent so far", async () => {
    const ctx = ctxFor(getDb(), fx.actors.coordinator);
    const prepared = await prepareExport(ctx, "reuniones", "csv", { view: "agenda", from: "2026-01-01" });
    if (!prepared.ok) throw new Error("refused");
    const reader = exportStream(ctx, prepared.data, catalogExportLabels, { batchSize: 2 }).getReader();
    await reader.read(); // the header
    await reader.read(); // the first batch
    await reader.cancel();
    const event = (await exportEvents(getDb(), "export.meetings")).at(-1)!;
    expect(event.actorUserId).toBe(fx.actors.coordinator.userId);
    expect(event.metadata).toMatchObject({ rows: 2, completed: false });
  });

  it("refuses the audit log export to anyone but an admin, before any byte", async () => {
    for (const role of ["viewer", "coordinator", "head", "technical"] as const) {
      const refused = await prepareExport(ctxFor(getDb(), fx.actors[role]), "auditoria", "csv", {});
      expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await prepareExport(ctxFor(getDb(), fx.actors.admin), "auditoria", "xlsx", {})).toMatchObject({
      ok: true,
    });
    expect(await prepareExport(ctxFor(getDb(), fx.actors.admin), "usuarios", "csv", {})).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });

  it("reads in keyset batches: a table larger than a batch exports completely, in order", async () => {
    const db = getDb();
    await db.execute(
      sql`insert into audit_events (action, actor_email, metadata)
          select 'test.bulk', 'bulk@prueba.test', jsonb_build_object('n', g) from generate_series(1, 2500) g`,
    );
    const [total] = await db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, "test.bulk"));
    expect(Number(total!.n)).toBe(2500);
    const ctx = ctxFor(db, fx.actors.admin);
    const batches: number[] = [];
    const bytes = await download(
      ctx,
      "auditoria",
      "csv",
      { action: "test.bulk" },
      { onBatch: (n) => batches.push(n) },
    );
    expect(batches).toEqual([EXPORT_BATCH_SIZE, EXPORT_BATCH_SIZE, 500]);
    const [, ...records] = csvRecords(bytes);
    expect(records).toHaveLength(2500);
    const ids = records.map((r) => Number(r[0]));
    expect(new Set(ids).size).toBe(2500);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const event = (await exportEvents(db, "export.audit_log")).at(-1)!;
    expect(event.metadata).toMatchObject({ rows: 2500, completed: true, filters: { action: "test.bulk" } });

    const xlsxBatches: number[] = [];
    const xlsx = await download(
      ctx,
      "auditoria",
      "xlsx",
      { action: "test.bulk" },
      { onBatch: (n) => xlsxBatches.push(n) },
    );
    expect(xlsxBatches).toEqual([EXPORT_BATCH_SIZE, EXPORT_BATCH_SIZE, 500]);
    const sheet = await readFirstSheet(xlsx);
    expect(sheet.rowCount).toBe(2501);
    expect(sheet.cell(2, 1)?.type).toBe("number");
  });

  it("keeps the list's own order across batches, ties and empty values included", async () => {
    const db = getDb();
    // Networks with repeated kinds and missing "member since" dates: ties and nulls on the sort key.
    for (let i = 0; i < 9; i++) {
      await db.insert(networks).values({
        name: `Red ${String.fromCharCode(65 + i)}`,
        kind: (["regional", "global", "thematic"] as const)[i % 3]!,
        memberSince: i % 2 ? null : `20${10 + i}-01-01`,
        foundedYear: i % 4 ? 1990 + i : null,
      });
    }
    const ctx = ctxFor(db, fx.actors.viewer);
    const sorts = [
      { sort: "kind" },
      { sort: "since", dir: "desc" },
      { sort: "founded" },
      { sort: "membership", dir: "desc", q: "Red" },
    ];
    for (const query of sorts) {
      const list = await listNetworks(ctx, parseNetworkListParams({ ...query, size: "100" }));
      const [, ...records] = csvRecords(await download(ctx, "redes", "csv", query, { batchSize: 2 }));
      expect({ query, names: records.map((r) => r[0]) }).toEqual({
        query,
        names: list.rows.map((r) => r.name),
      });
    }
    // The amount is a number with a decimal comma; the date, Argentine.
    const [header, ...all] = csvRecords(await download(ctx, "redes", "csv", { q: "Mercociudades" }));
    expect(all[0]!.slice(0, 5)).toEqual(["Mercociudades", "MC", "Regional", "Miembro", "01/03/1995"]);
    expect(all[0]![9]).toBe("1234,5");
    // The record's id comes last (an import matches the network by it; older files keep their columns).
    expect(header!.at(-1)).toBe("ID Redes");
    expect(all[0]!.at(-1)).toBe(fx.network.id);
  });

  it("exports seats and commitments as their lists show them, every page", async () => {
    const db = getDb();
    const [person] = await db
      .insert(people)
      .values({ fullName: "Titular", departmentId: fx.actors.head.departmentId })
      .returning();
    for (let i = 0; i < 5; i++) {
      const [seat] = await db
        .insert(seats)
        .values({ networkId: fx.network.id, title: `Cargo ${i}`, kind: i % 2 ? "political" : "technical" })
        .returning();
      await db.insert(seatTerms).values({
        seatId: seat!.id,
        holderPersonId: person!.id,
        startsOn: "2025-01-01",
        endsOn: i === 4 ? null : `2027-0${i + 1}-01`,
        status: "active",
      });
      await db.insert(commitments).values({
        networkId: fx.network.id,
        title: `Compromiso ${i}`,
        ownerPersonId: person!.id,
        departmentId: fx.actors.head.departmentId,
        dueOn: i === 2 ? null : `2026-1${i % 3}-0${i + 1}`,
        status: i === 3 ? "done" : "open",
        completedOn: i === 3 ? "2026-10-10" : null,
      });
    }
    const ctx = ctxFor(db, fx.actors.head);
    const today = todayInBuenosAires();
    for (const query of [
      {},
      { sort: "holder", dir: "desc" },
      { department: fx.actors.head.departmentId!, kind: "political" },
    ]) {
      const list = await listSeats(ctx, parseSeatListParams({ ...query, size: "100" }), today);
      const [, ...records] = csvRecords(await download(ctx, "cargos", "csv", query, { batchSize: 2 }));
      expect(records.map((r) => r[0])).toEqual(list.rows.map((r) => r.title));
    }
    for (const query of [{}, { sort: "due", dir: "desc" }, { status: "pending", sort: "owner" }]) {
      const list = await listCommitments(ctx, parseCommitmentListParams({ ...query, size: "100" }), today);
      const [, ...records] = csvRecords(await download(ctx, "compromisos", "csv", query, { batchSize: 2 }));
      expect(records.map((r) => r[0])).toEqual(list.rows.map((r) => r.title));
    }
  });

  it("exports people and technical assignments as their lists show them", async () => {
    const db = getDb();
    const [area] = await db.insert(thematicAreas).values({ name: "Cultura" }).returning();
    const department = fx.actors.head.departmentId!;
    for (let i = 0; i < 5; i++) {
      const [person] = await db
        .insert(people)
        .values({
          fullName: `Técnica ${5 - i}`,
          departmentId: i % 2 ? department : null,
          position: i % 3 ? null : "Analista",
        })
        .returning();
      await db.insert(assignments).values({
        personId: person!.id,
        networkId: i % 2 ? fx.network.id : fx.other.id,
        thematicAreaId: area!.id,
        startsOn: `2025-0${i + 1}-01`,
        status: i === 4 ? "ended" : "active",
        lastUpdatedAt: i % 2 ? new Date() : null,
      });
    }
    const ctx = ctxFor(db, fx.actors.viewer);
    for (const query of [{}, { sort: "position", dir: "desc" }, { department, assigned: "1" }]) {
      const list = await listPeople(ctx, parsePersonListParams({ ...query, size: "100" }));
      const [header, ...records] = csvRecords(
        await download(ctx, "personas", "csv", query, { batchSize: 2 }),
      );
      expect(records.map((r) => r[0])).toEqual(list.rows.map((r) => r.fullName));
      // The person's id comes last: the import's round trip matches by it.
      expect(header!.at(-1)).toBe("ID Redes");
      expect(records.map((r) => r.at(-1))).toEqual(list.rows.map((r) => r.id));
    }
    for (const query of [
      {},
      { sort: "updated", dir: "desc" },
      { status: "all", sort: "start" },
      { stale: "1" },
    ]) {
      const list = await listAssignments(ctx, parseAssignmentListParams({ ...query, size: "100" }));
      const [header, ...records] = csvRecords(
        await download(ctx, "asignaciones", "csv", query, { batchSize: 2 }),
      );
      expect(records.map((r) => `${r[0]}|${r[2]}`)).toEqual(
        list.rows.map((r) => `${r.person.name}|${r.network.name}`),
      );
      const stale = header!.indexOf("Sin novedades en 90 días");
      expect(records.map((r) => r[stale])).toEqual(list.rows.map((r) => (r.stale ? "Sí" : "No")));
    }
  });
});
