import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readFirstSheet } from "../support/xlsx-reader";
import { downloadedBytes, expectNoAxeViolations, newContext, signedInBrowser, signInAs } from "./support";

const year = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "America/Argentina/Buenos_Aires", year: "numeric" }).format(
    new Date(),
  );

/** The agenda's own count line ("12 reuniones del 01/01/2026 al 31/12/2026"). */
async function agendaCount(page: Page): Promise<number> {
  // The agenda's count line, not another live region (a searched filter field has its own).
  const status = page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /^\s*(\d|Ninguna)/ })
    .first();
  await status.waitFor();
  const text = (await status.textContent()) ?? "";
  const match = /^(\d+|Ninguna)/.exec(text.trim());
  return match?.[1] === "Ninguna" ? 0 : Number(match?.[1]);
}

describe("exports", () => {
  const session = signedInBrowser("coordinator");

  const agenda = () => `/calendario?view=agenda&networkKind=regional&from=${year()}-01-01&to=${year()}-12-31`;

  it("downloads the filtered agenda as CSV with every row of the view", async () => {
    const { page } = session;
    await page.goto(agenda());
    await page.getByRole("link", { name: "Descargar CSV" }).waitFor();
    const total = await agendaCount(page);
    expect(total).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Descargar CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^reuniones-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await downloadedBytes(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parse(bytes.toString("utf8"), { delimiter: ";", bom: true }) as string[][];
    expect(header![0]).toBe("Inicio (hora de Buenos Aires)");
    expect(rows).toHaveLength(total);
    for (const row of rows) {
      expect(row[0]).toMatch(new RegExp(`^\\d{2}/\\d{2}/${year()} \\d{2}:\\d{2}$`));
    }
    await expectNoAxeViolations(page);
  });

  it("downloads the same view as a spreadsheet with typed dates", async () => {
    const { page } = session;
    await page.goto(agenda());
    const total = await agendaCount(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Descargar Excel" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const sheet = await readFirstSheet(await downloadedBytes(download));
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cell(2, 1)?.type).toBe("date");
  });

  it("offers the links on the other lists, carrying their filters", async () => {
    const { page } = session;
    for (const [path, table] of [
      ["/redes?kind=global", "redes"],
      ["/cargos?kind=political", "cargos"],
      ["/compromisos?status=pending", "compromisos"],
      ["/personas?assigned=1", "personas"],
      ["/asignaciones?status=active", "asignaciones"],
    ] as const) {
      await page.goto(path);
      const link = page.getByRole("link", { name: "Descargar CSV" });
      await link.waitFor();
      const href = (await link.getAttribute("href")) ?? "";
      expect(href.startsWith(`/exportar/${table}/csv?`)).toBe(true);
      expect(href).toContain(path.split("?")[1]!);
    }
  });

  it("gives admins the audit log export, and refuses it to a viewer", async () => {
    const admin = await newContext(session.browser);
    const adminPage = await admin.newPage();
    await signInAs(adminPage, "admin");
    await adminPage.goto("/admin/auditoria");
    const link = adminPage.getByRole("link", { name: "Descargar Excel" });
    await link.waitFor();
    await expect(link.getAttribute("href")).resolves.toBe("/exportar/auditoria/xlsx");
    const file = await admin.request.get("/exportar/auditoria/csv");
    expect(file.status()).toBe(200);
    await admin.close();

    const viewer = await newContext(session.browser);
    const viewerPage = await viewer.newPage();
    await signInAs(viewerPage, "viewer");
    const refused = await viewer.request.get("/exportar/auditoria/csv");
    expect(refused.status()).toBe(403);
    const allowed = await viewer.request.get("/exportar/redes/csv");
    expect(allowed.status()).toBe(200);
    expect(allowed.headers()["content-type"]).toContain("text/csv");
    await viewer.close();
  });
});
