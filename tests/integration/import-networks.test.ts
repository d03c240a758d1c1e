import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditEvents, bodies, importJobs, networks, networkThematicAreas } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { createImportJob } from "@/lib/import/jobs";
import { undoImport } from "@/lib/import/undo";
import { createNetwork, updateNetwork } from "@/lib/networks/commands";
import { describeDatabases } from "../support/databases";
import { bytesOf, exportedFile, fileSource, sheetOf } from "../support/import-sheets";
import { cellErrors, committedJob, taggedActions, validatedJob } from "../support/import-jobs";
import { createActors, createThematicArea, ctxFor, expectOk, networkForm } from "../support/fixtures";
import { rowCount } from "../support/rows";

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
    const bytes = await exportedFile(admin, "redes", "csv");
    const job = await validatedJob(admin, "redes", bytes, { source: fileSource });
    expect(job.counts).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2, skipped: 0, errors: 0 });
  });

  it("matches by name or acronym, creates and updates through the form's commands, and undoes", async () => {
    const db = getDb();
    const before = await rowCount(db, networks);
    const sheet = sheetOf([
      ["Nombre", "Sigla", "Tipo", "Membresía", "Miembro desde", "Áreas temáticas", "Cuota anual", "Moneda"],
      ["Otro nombre", "mc", "Regional", "Ex miembro", "01/03/1995", "Cultura", null, null],
      ["Red Nueva", "RN", "temática", "Miembro", "2024-02-29", "Turismo, cultura", "1.500,5", "usd"],
      ["Red Rota", null, "Sideral", "Miembro", "31/02/2024", "Astronomía", null, null],
    ]);
    const job = await validatedJob(admin, "redes", bytesOf(sheet));
    expect(job.counts).toEqual({ rows: 3, created: 1, updated: 1, unchanged: 0, skipped: 0, errors: 1 });
    expect(await rowCount(db, networks)).toBe(before);
    expect(await cellErrors(admin, job.id)).toEqual([
      "4 kind:import.errors.unknownOption:Sideral",
      "4 memberSince:import.errors.invalidDate:31/02/2024",
      "4 areas:import.errors.unknownThematicArea:Astronomía",
    ]);
    const done = await committedJob(admin, job, "skip-errors");
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
    const tagged = await taggedActions(db, job.id, sql`${auditEvents.entityType} = 'network'`);
    expect(tagged).toEqual(["network.create", "network.update"]);
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
    const jobsBefore = await rowCount(getDb(), importJobs);
    const refused = await createImportJob(head, { table: "redes", fileName: "r.csv", bytes: bytesOf(sheet) });
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { table: ["import.errors.tableNotAllowed"] },
    });
    expect(await rowCount(getDb(), importJobs)).toBe(jobsBefore);
  });
});
