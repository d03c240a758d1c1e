import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { people } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import { sheetSource, type ReadFacts } from "@/app/(app)/importar/_lib/read";
import type { Actor } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { commitImportJob, createImportJob, jobOptions, validateImportJob } from "@/lib/import/jobs";
import { getImportJob, importRowsPage, mappingStep } from "@/lib/import/queries";
import { describeDatabases } from "../support/databases";
import { createActors, createThematicArea, ctxFor, expectOk } from "../support/fixtures";

// The reading options (a workbook's sheet, a CSV's encoding and separator) and the date format:
// chosen on the job's page, kept on the job by validation, and used again by the commit — with
// the app's own reader (the source the actions give the engine), on real file bytes.

/** A CSV as Excel in Spanish saves it: ";"-separated, Windows-1252 (é, ñ are one byte each). */
const windows1252 = (lines: string[]) => new Uint8Array(Buffer.from(lines.join("\r\n"), "latin1"));

const PEOPLE_CSV = windows1252([
  "Nombre;Correo;Cargo o función",
  "José Núñez;jose.nunez@ejemplo.test;Dirección",
  "Begoña Ibáñez;begona@ejemplo.test;Coordinación",
]);

async function upload(ctx: Ctx, table: string, fileName: string, bytes: Uint8Array) {
  return expectOk(await createImportJob(ctx, { table, fileName, bytes }));
}

describeDatabases("import: reading options and date format", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let admin: Ctx;

  beforeAll(async () => {
    actors = await createActors(getDb());
    admin = ctxFor(getDb(), actors.admin);
    await createThematicArea(getDb(), "Cultura");
  });

  const names = async (jobId: string) =>
    (await importRowsPage(admin, jobId))!.rows.map((r) => [r.status, r.cells[0]]);

  it("a Windows-1252 ';' CSV is read right when detected and when chosen, and the job keeps how", async () => {
    const detected = await upload(admin, "personas", "personas.csv", PEOPLE_CSV);
    const checked = expectOk(
      await validateImportJob(admin, detected.id, { version: detected.version }, sheetSource()),
    );
    expect(checked.counts).toMatchObject({ rows: 2, created: 2, errors: 0 });
    expect(await names(detected.id)).toEqual([
      ["new", "José Núñez"],
      ["new", "Begoña Ibáñez"],
    ]);
    // The job keeps what the reader detected, so the commit needs no detection of its own.
    expect(jobOptions((await getImportJob(admin, detected.id))!)).toEqual({
      mode: "all-or-nothing",
      createDepartments: false,
      dateFormat: "dmy",
      read: { encoding: "windows-1252", delimiter: ";" },
    });

    const chosen = await upload(admin, "personas", "personas.csv", PEOPLE_CSV);
    const read = { encoding: "windows-1252", delimiter: ";" };
    expectOk(await validateImportJob(admin, chosen.id, { version: chosen.version, read }, sheetSource()));
    expect(await names(chosen.id)).toEqual(await names(detected.id));
  });

  it("a wrong choice is used as given: garbled names as UTF-8, one cell per line with ','", async () => {
    const utf8 = await upload(admin, "personas", "personas.csv", PEOPLE_CSV);
    expectOk(
      await validateImportJob(
        admin,
        utf8.id,
        { version: utf8.version, read: { encoding: "utf-8" } },
        sheetSource(),
      ),
    );
    const garbled = (await names(utf8.id)).map(([, name]) => name);
    expect(garbled).toEqual(["Jos\uFFFD N\uFFFD\uFFFDez", "Bego\uFFFDa Ib\uFFFD\uFFFDez"]);
    expect(jobOptions((await getImportJob(admin, utf8.id))!).read).toEqual({
      encoding: "utf-8",
      delimiter: ";",
    });

    // Read with ",", each line is one cell: the whole line is the name, and there is no e-mail.
    const comma = await upload(admin, "personas", "personas.csv", PEOPLE_CSV);
    expectOk(
      await validateImportJob(
        admin,
        comma.id,
        { version: comma.version, read: { delimiter: "," }, columns: { name: 0, email: 1 } },
        sheetSource(),
      ),
    );
    expect((await importRowsPage(admin, comma.id))!.rows.map((r) => r.cells)).toEqual([
      ["José Núñez;jose.nunez@ejemplo.test;Dirección"],
      ["Begoña Ibáñez;begona@ejemplo.test;Coordinación"],
    ]);
    expect(jobOptions((await getImportJob(admin, comma.id))!).read).toEqual({
      encoding: "windows-1252",
      delimiter: ",",
    });
  });

  it("refuses reading options it does not know", async () => {
    const job = await upload(admin, "personas", "personas.csv", PEOPLE_CSV);
    for (const read of [{ encoding: "latin-9" }, { delimiter: "|" }, { sheet: "" }, { other: 1 }]) {
      const refused = await validateImportJob(admin, job.id, { version: job.version, read }, sheetSource());
      expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    const dates = await validateImportJob(
      admin,
      job.id,
      { version: job.version, dateFormat: "mdy" },
      sheetSource(),
    );
    expect(dates).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await getImportJob(admin, job.id))!.state).toBe("uploaded");
  });

  it("the commit reads the file as validation did (the separator chosen over the detected one)", async () => {
    // Two commas on every line against one ";": the reader detects ",", the user chooses ";".
    const bytes = windows1252([
      "Nombre (apellido, nombre, inicial);Correo",
      "Pérez, Juan, J.;juan.perez@ejemplo.test",
      "Gómez, Ana, M.;ana.gomez@ejemplo.test",
    ]);
    const job = await upload(admin, "personas", "personas.csv", bytes);
    // What the page shows: the detected separator, and the file read with the chosen one.
    let facts: ReadFacts = { sheets: [], detected: null };
    const step = (await mappingStep(
      admin,
      job.id,
      sheetSource((seen) => (facts = seen)),
      1,
      { delimiter: ";" },
    ))!;
    expect(facts.detected).toEqual({ encoding: "windows-1252", delimiter: "," });
    expect(step.headers).toEqual(["Nombre (apellido, nombre, inicial)", "Correo"]);
    expect(step.sheet.delimiter).toBe(";");

    const checked = expectOk(
      await validateImportJob(
        admin,
        job.id,
        { version: job.version, read: { delimiter: ";" }, columns: { name: 0, email: 1 } },
        sheetSource(),
      ),
    );
    expect(checked.counts).toMatchObject({ rows: 2, created: 2, errors: 0 });
    // The commit takes no reading option (one sent is ignored) and the source detects nothing:
    // it reads with the job's, else its ",", would put " Juan" in the e-mail and refuse the rows.
    const done = expectOk(
      await commitImportJob(
        admin,
        job.id,
        { version: checked.version, read: { delimiter: "," } },
        sheetSource(),
      ),
    );
    expect(done.counts).toMatchObject({ rows: 2, created: 2, errors: 0 });
    const [created] = await getDb()
      .select({ name: people.fullName })
      .from(people)
      .where(eq(people.email, "juan.perez@ejemplo.test"));
    expect(created?.name).toBe("Pérez, Juan, J.");
  });

  it("a workbook's sheet is kept on the job and read again by the commit", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notas").addRows([["Nada que importar"], ["de verdad"]]);
    workbook.addWorksheet("Personas").addRows([
      ["Nombre", "Correo"],
      ["Lucía Sosa", "lucia.sosa@ejemplo.test"],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const job = await upload(admin, "personas", "personas.xlsx", bytes);
    const checked = expectOk(
      await validateImportJob(
        admin,
        job.id,
        { version: job.version, read: { sheet: "Personas" } },
        sheetSource(),
      ),
    );
    expect(checked.counts).toMatchObject({ rows: 1, created: 1, errors: 0 });
    expect(jobOptions((await getImportJob(admin, job.id))!).read).toEqual({ sheet: "Personas" });
    // Read without the job's choice, the first sheet has no name column: the commit would fail.
    const done = expectOk(await commitImportJob(admin, job.id, { version: checked.version }, sheetSource()));
    expect(done.counts).toMatchObject({ rows: 1, created: 1 });
    const [created] = await getDb()
      .select({ name: people.fullName })
      .from(people)
      .where(eq(people.email, "lucia.sosa@ejemplo.test"));
    expect(created?.name).toBe("Lucía Sosa");
  });

  it("date format 'iso' flags dd/mm text dates as ambiguous; 'dmy' reads them; the commit keeps the job's", async () => {
    const bytes = new Uint8Array(
      Buffer.from(
        [
          "Nombre;Tipo;Membresía;Miembro desde;Áreas temáticas",
          "Red del Sur;Regional;Miembro;01/03/1995;Cultura",
          "Red del Norte;Regional;Miembro;1996-04-02;Cultura",
        ].join("\r\n"),
        "utf8",
      ),
    );
    const memberSince = async (jobId: string) =>
      (await importRowsPage(admin, jobId))!.rows.map((r) =>
        r.errors.filter((e) => e.field === "memberSince").map((e) => `${e.key}:${e.values?.value ?? ""}`),
      );

    const iso = await upload(admin, "redes", "redes.csv", bytes);
    const isoChecked = expectOk(
      await validateImportJob(admin, iso.id, { version: iso.version, dateFormat: "iso" }, sheetSource()),
    );
    expect(await memberSince(iso.id)).toEqual([["import.errors.ambiguousDate:01/03/1995"], []]);
    expect(jobOptions((await getImportJob(admin, iso.id))!).dateFormat).toBe("iso");
    // The commit runs with the job's date format: the ambiguous row is refused again (all-or-nothing).
    const refused = await commitImportJob(admin, iso.id, { version: isoChecked.version }, sheetSource());
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await memberSince(iso.id)).toEqual([["import.errors.ambiguousDate:01/03/1995"], []]);

    // Validated again with "dmy" (the file read again), both dates are days.
    const again = (await getImportJob(admin, iso.id))!;
    const dmy = expectOk(
      await validateImportJob(admin, iso.id, { version: again.version, dateFormat: "dmy" }, sheetSource()),
    );
    expect(await memberSince(iso.id)).toEqual([[], []]);
    expect(dmy.counts).toMatchObject({ rows: 2, errors: 0 });
    expect(jobOptions((await getImportJob(admin, iso.id))!).dateFormat).toBe("dmy");
  });
});
