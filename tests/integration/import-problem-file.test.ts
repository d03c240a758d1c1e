import { parse } from "csv-parse/sync";
import { beforeAll, expect, it, vi } from "vitest";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor } from "../support/fixtures";
import { bytesOf, sheetOf } from "../support/import-sheets";
import { validatedJob } from "../support/import-jobs";
import { readFirstSheet } from "../support/xlsx-reader";

// The problem-rows download as the route makes it (lib/import/problem-file.ts, with the
// request's words from the catalogs), read back with parsers other than the writers: csv-parse
// for the CSV, a zip + XML reader of its own for the XLSX (tests/support/xlsx-reader.ts).

vi.mock("next-intl/server", async () => {
  const catalogs = (await import("@/messages/es-AR")).default;
  return { getLocale: async () => "es-AR", getMessages: async () => catalogs };
});

const { importLabels } = await import("@/lib/import/labels");
const { problemFile } = await import("@/lib/import/problem-file");

const HEADERS = ["Nombre", "Correo", "Teléfono", "Cargo o función", "Repartición"];
const EMAIL_ERROR = "Correo: Ingresá un correo electrónico válido (nombre@dominio).";

describeDatabases("import: the problem-rows file", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let admin: Ctx;
  let jobId: string;

  beforeAll(async () => {
    actors = await createActors(getDb());
    admin = ctxFor(getDb(), actors.admin);
    const sheet = sheetOf([
      HEADERS,
      ["Valeria Paz", "valeria.paz@ejemplo.test", null, null, null],
      ['Walter "Wally" Ruiz; h.', "no-es-un-correo", null, "=1+1", null],
      ["Ximena Sol", "ximena@ejemplo.test", null, null, "Ministerio Inexistente"],
    ]);
    const checked = await validatedJob(admin, "personas", bytesOf(sheet));
    expect(checked.counts).toMatchObject({ rows: 3, created: 1, errors: 2 });
    jobId = checked.id;
  });

  it("CSV: the rows with errors as the file had them, their line and messages, formula-guarded", async () => {
    const bytes = (await problemFile(admin, jobId, "csv", await importLabels("personas")))!;
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("\r\n");
    const rows = parse(text, { delimiter: ";", bom: true }) as string[][];
    expect(rows).toEqual([
      ["Fila", ...HEADERS, "Errores"],
      ["3", 'Walter "Wally" Ruiz; h.', "no-es-un-correo", "", "'=1+1", "", EMAIL_ERROR],
      [
        "4",
        "Ximena Sol",
        "ximena@ejemplo.test",
        "",
        "",
        "Ministerio Inexistente",
        "Repartición: La repartición «Ministerio Inexistente» no existe.",
      ],
    ]);
  });

  it("XLSX: one sheet, a bold frozen header, the line a number, every other cell text", async () => {
    const bytes = (await problemFile(admin, jobId, "xlsx", await importLabels("personas")))!;
    const sheet = await readFirstSheet(bytes);
    expect(sheet.name).toBe("Errores");
    expect(sheet.rowCount).toBe(3);
    expect(sheet.frozenRows).toBe(1);
    const row = (n: number) => Array.from({ length: 7 }, (_, i) => sheet.cell(n, i + 1)?.value ?? "");
    expect(row(1)).toEqual(["Fila", ...HEADERS, "Errores"]);
    expect(sheet.cell(1, 1)?.bold).toBe(true);
    expect(row(2)).toEqual([3, 'Walter "Wally" Ruiz; h.', "no-es-un-correo", "", "'=1+1", "", EMAIL_ERROR]);
    expect(sheet.cell(2, 1)?.type).toBe("number");
    // The formula-like text is a string cell, never a formula.
    expect(sheet.cell(2, 5)).toMatchObject({ type: "string", value: "'=1+1" });
    expect(row(3)[0]).toBe(4);
    expect(row(3)[6]).toBe("Repartición: La repartición «Ministerio Inexistente» no existe.");
  });

  it("nothing for a job that is not the actor's", async () => {
    const coordinator = ctxFor(getDb(), actors.coordinator);
    expect(
      await problemFile(
        coordinator,
        "00000000-0000-4000-8000-000000000000",
        "csv",
        await importLabels("personas"),
      ),
    ).toBeNull();
  });
});
