import { readFileSync, statSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { signedInBrowser } from "./support";

// A record page needs its record twice — for the page's title (generateMetadata) and for the
// page — and must read it once: each page memoizes its reader per request. The server of this
// suite records every statement it runs (REDES_SQL_RECORD), so a repeated statement in one
// request shows here.

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

// Requests go through the signed-in context (its cookies), not through the page.
const session = signedInBrowser("admin");

/** The statements the server ran while answering one GET. */
async function statementsOf(path: string): Promise<string[]> {
  const log = inject("sqlLog");
  const before = statSync(log).size;
  const response = await session.context.request.get(path);
  expect(response.status(), path).toBe(200);
  await response.body();
  // The offset is in bytes: the log holds names with accents.
  return readFileSync(log).subarray(before).toString("utf8").split("\n").filter(Boolean);
}

/** The first link to a record of `prefix` on a list page. */
async function firstRecord(listPath: string, prefix: string): Promise<string> {
  const html = await (await session.context.request.get(listPath)).text();
  const match = new RegExp(`href="(${prefix}/${UUID})"`).exec(html);
  if (!match) throw new Error(`no ${prefix}/<id> link on ${listPath}`);
  return match[1]!;
}

describe("record pages", () => {
  it("read their record once per request: no statement runs twice", async () => {
    const network = await firstRecord("/redes", "/redes");
    const pages = [
      network,
      `${network}/editar`,
      await firstRecord(network, "/organos"),
      await firstRecord("/calendario?view=agenda&from=2020-01-01", "/reuniones"),
      await firstRecord("/cargos", "/cargos"),
      await firstRecord("/personas", "/personas"),
      await firstRecord("/areas", "/areas"),
      await firstRecord("/compromisos", "/compromisos"),
      await firstRecord("/asignaciones", "/asignaciones"),
    ];
    for (const path of pages) {
      const statements = await statementsOf(path);
      expect(statements.length, path).toBeGreaterThanOrEqual(2); // the session, the record
      const repeated = statements.filter((s, i) => statements.indexOf(s) !== i);
      expect(repeated, `${path} ran a statement twice`).toEqual([]);
    }
  });
});
