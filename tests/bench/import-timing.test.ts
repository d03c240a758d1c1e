import { count } from "drizzle-orm";
import { expect, it } from "vitest";
import { departments, people } from "@/db/schema";
import { commitImportJob, createImportJob, validateImportJob, type SheetSource } from "@/lib/import/jobs";
import type { RawCell, ReadSheet } from "@/lib/import/sheet";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor, expectOk } from "../support/fixtures";

/**
 * The import's timing on a large file (docs/performance.md), run by `npm run bench:import`
 * (IMPORT_BENCH=<rows>, 20,000 by default; the test suite's own import tests use 2,000 rows).
 * Half the rows update people already there, half create new ones.
 */
const ROWS = Number(process.env.IMPORT_BENCH ?? 20_000);

describeDatabases("import: timing", (getDb, driver) => {
  it(`${ROWS} people: validation and commit`, { timeout: 300_000 }, async () => {
    const db = getDb();
    const actors = await createActors(db);
    const ctx = ctxFor(db, actors.admin);
    await db.insert(departments).values({ name: "Secretaría de Cultura", shortName: "SECU" });
    const existing = Math.floor(ROWS / 2);
    for (let i = 0; i < existing; i += 1000) {
      await db.insert(people).values(
        Array.from({ length: Math.min(1000, existing - i) }, (_, j) => ({
          fullName: `Persona ${i + j}`,
          email: `persona${i + j}@ejemplo.test`,
        })),
      );
    }
    const rows: RawCell[][] = [["Nombre", "Correo", "Teléfono", "Cargo o función", "Repartición"]];
    for (let i = 0; i < ROWS; i++)
      rows.push([`Persona ${i}`, `persona${i}@ejemplo.test`, "4000-0000", "Técnica", "SECU"]);
    const sheet: ReadSheet = {
      name: "Hoja1",
      rows: rows.map((cells, i) => ({ line: i + 1, cells })),
      warnings: [],
    };
    const source: SheetSource = async () => sheet;
    const job = expectOk(
      await createImportJob(ctx, { table: "personas", fileName: "bench.csv", bytes: new Uint8Array([1]) }),
    );
    let start = performance.now();
    const validated = expectOk(await validateImportJob(ctx, job.id, { version: job.version }, source));
    const validateMs = performance.now() - start;
    expect(validated.counts).toMatchObject({ rows: ROWS, created: ROWS - existing, updated: existing });
    start = performance.now();
    const done = expectOk(await commitImportJob(ctx, job.id, { version: validated.version }, source));
    const commitMs = performance.now() - start;
    expect(done.counts).toMatchObject({ created: ROWS - existing, updated: existing });
    const [total] = await db.select({ n: count() }).from(people);
    expect(Number(total!.n)).toBe(ROWS + 5);
    console.log(
      `[import bench] ${driver}: ${ROWS} rows — validate ${(validateMs / 1000).toFixed(2)} s, commit ${(commitMs / 1000).toFixed(2)} s`,
    );
  });
});
