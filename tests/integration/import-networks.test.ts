import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, bodies, importJobs, networks, networkThematicAreas } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { exportStream, prepareExport } from "@/lib/export/stream";
import { commitImportJob, createImportJob, validateImportJob, type SheetSource } from "@/lib/import/jobs";
import { undoImport } from "@/lib/import/undo";
import { importRowsPage } from "@/lib/import/queries";
import { createNetwork, updateNetwork } from "@/lib/networks/commands";
import { describeDatabases } from "../support/databases";
import { catalogExportLabels, sheetOf, jsonSource, bytesOf, fileSource } from "../support/import-sheets";
import { createActors, createThematicArea, ctxFor, expectOk, networkForm } from "../support/fixtures";

async function validated(ctx: Ctx, bytes: Uint8Array, source: SheetSource = jsonSource) {
  const job = expectOk(await createImportJob(ctx, { table: "redes", fileName: "redes.csv", bytes }));
  return expectOk(await validateImportJob(ctx, job.id, { version: job.version }, source));
}
const networkCount = async (db: Db) => Number((await db.select({ n: count() }).from(networks))[0]!.n);

describeDatabases("import: networks", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let admin: Ctx;

  beforeAll(async () => {
    actors = await createActors(getDb());
    admin = ctxFor(getDb(), actors.admin);
  });

  it("an export imported back: every network unchanged, dates, amounts, value lists and areas understood", async () => {
    const db = getDb();
    const cultura = await createThematicArea(db, "Cultura");
    const turismo = await createThematicArea(db, "Turismo");
    expectOk(await createNetwork(admin, networkForm(cultura.id, { leftOn: "", annualFee: "1234,50" })));
    expectOk(
      await createNetwork(
        admin,
        networkForm(turismo.id, {
          name: "Mercociudades",
          acronym: "MC",
          kind: "regional",
          membershipStatus: "former",
          leftOn: "2020-12-31",
          thematicAreaIds: [cultura.id, turismo.id],
          annualFee: "",
          feeCurrency: "",
        }),
      ),
    );
    const prepared = expectOk(await prepareExport(admin, "redes", "csv", {}));
    const bytes = new Uint8Array(
      await new Response(exportStream(admin, prepared, catalogExportLabels)).arrayBuffer(),
    );
    const job = await validated(admin, bytes, fileSource);
    expect(job.counts).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2, skipped: 0, errors: 0 });
  });

  it("matches by name or acronym, creates and updates through the form's commands, and undoes", async () => {
    const db = getDb();
    const before = await networkCount(db);
    const sheet = sheetOf([
      ["Nombre", "Sigla", "Tipo", "Membresía", "Miembro desde", "Áreas temáticas", "Cuota anual", "Moneda"],
      ["Otro nombre", "mc", "Regional", "Ex miembro", "01/03/1995", "Cultura", null, null],
      ["Red Nueva", "RN", "temática", "Miembro", "2024-02-29", "Turismo, cultura", "1.500,5", "usd"],
      ["Red Rota", null, "Sideral", "Miembro", "31/02/2024", "Astronomía", null, null],
    ]);
    const job = expectOk(
      await createImportJob(admin, { table: "redes", fileName: "r.csv", bytes: bytesOf(sheet) }),
    );
    const checked = expectOk(await validateImportJob(admin, job.id, { version: job.version }, jsonSource));
    expect(checked.counts).toEqual({ rows: 3, created: 1, updated: 1, unchanged: 0, skipped: 0, errors: 1 });
    expect(await networkCount(db)).toBe(before);
    const errors = (await importRowsPage(admin, job.id, { onlyErrors: true }))!.rows[0]!.errors;
    expect(errors.map((e) => `${e.field}:${e.key}:${Object.values(e.values ?? {}).join()}`)).toEqual([
      "kind:import.errors.unknownOption:Sideral",
      "memberSince:import.errors.invalidDate:31/02/2024",
      "areas:import.errors.unknownThematicArea:Astronomía",
    ]);
    const done = expectOk(
      await commitImportJob(admin, job.id, { version: checked.version, mode: "skip-errors" }, jsonSource),
    );
    expect(done.counts).toMatchObject({ created: 1, updated: 1, skipped: 1 });
    const [mc] = await db.select().from(networks).where(eq(networks.name, "Otro nombre"));
    expect(mc).toMatchObject({
      name: "Otro nombre",
      memberSince: "1995-03-01",
      leftOn: "2020-12-31",
      version: 2,
    });
    const [nueva] = await db.select().from(networks).where(eq(networks.name, "Red Nueva"));
    expect(nueva).toMatchObject({
      kind: "thematic",
      memberSince: "2024-02-29",
      annualFee: "1500.50",
      feeCurrency: "USD",
    });
    const areas = await db
      .select()
      .from(networkThematicAreas)
      .where(eq(networkThematicAreas.networkId, nueva!.id));
    expect(areas).toHaveLength(2);
    const tagged = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          sql`${auditEvents.metadata} ->> 'importId' = ${job.id}`,
          sql`${auditEvents.entityType} = 'network'`,
        ),
      );
    expect(tagged.map((t) => t.action).sort()).toEqual(["network.create", "network.update"]);
    // Undo: the new network has a body now (kept); the updated one gets its name back.
    await db.insert(bodies).values({ networkId: nueva!.id, name: "Consejo", kind: "council" });
    const undone = expectOk(await undoImport(admin, job.id, { version: done.version }));
    expect(undone).toMatchObject({ removed: 0, restored: 1, kept: [{ line: 3, recordId: nueva!.id }] });
    const [back] = await db.select().from(networks).where(eq(networks.id, mc!.id));
    expect(back!.name).toBe("Mercociudades");
    // And the edit of a restored network after that still goes through its form (versions line up).
    expectOk(
      await updateNetwork(admin, mc!.id, {
        ...networkForm(areas[0]!.thematicAreaId, { name: "Mercociudades", membershipStatus: "member" }),
        version: back!.version,
      }),
    );
  });

  it("a head may not import networks: the upload is refused on its table, and no job is kept", async () => {
    const head = ctxFor(getDb(), actors.head);
    const sheet = sheetOf([
      ["Nombre", "Tipo"],
      ["Red del jefe", "Global"],
    ]);
    const jobsBefore = Number((await getDb().select({ n: count() }).from(importJobs))[0]!.n);
    const refused = await createImportJob(head, { table: "redes", fileName: "r.csv", bytes: bytesOf(sheet) });
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { table: ["import.errors.tableNotAllowed"] },
    });
    expect(Number((await getDb().select({ n: count() }).from(importJobs))[0]!.n)).toBe(jobsBefore);
  });
});
