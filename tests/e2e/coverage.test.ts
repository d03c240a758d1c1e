import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserForFile, expectNoAxeViolations, login } from "./support";

// Demo data (db/seed/assignments.ts): Gabriel Montes is the active focal point of Mercociudades'
// culture unit (all networks: counted in Cultura × MC; one network: named); Rocío Villalba's focal point role in its youth unit is paused, so Juventud ×
// Mercociudades has nobody active — a gap.

const matrix = (page: Page) => page.getByRole("table", { name: /^Cobertura técnica/ });

/** The cell of a row (an area) under a column whose header starts with `column`. */
async function cell(page: Page, area: string, column: string): Promise<Locator> {
  const headers = await matrix(page).locator("thead th").allTextContents();
  const index = headers.findIndex((h) => h.trim().startsWith(column));
  expect(index, `column ${column} in ${headers.join(" | ")}`).toBeGreaterThan(0);
  const row = matrix(page)
    .locator("tbody tr")
    .filter({ has: page.getByRole("rowheader", { name: area, exact: true }) });
  // The row header is cell 0 of the row, as the column header is of the header row.
  return row.locator("th, td").nth(index);
}

describe("coverage matrix", () => {
  const browser = browserForFile();

  it("a coordinator sees who covers each area in each network, gaps marked in words, by network kind and by body", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, "coordinator");
    await page
      .getByRole("navigation", { name: "Navegación principal" })
      .getByRole("link", { name: "Cobertura" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Cobertura temática" }).waitFor();
    await matrix(page).waitFor();
    await expectNoAxeViolations(page);

    // All networks: each covered cell counts its people (no names) and links to their assignments.
    const culture = await cell(page, "Cultura", "MC — Mercociudades");
    await expect(culture.getAttribute("data-cell")).resolves.toBe("covered");
    const count = Number(await culture.textContent());
    expect(count).toBeGreaterThan(0);
    await expect(culture.getAttribute("data-count")).resolves.toBe(String(count));
    const countLink = culture.getByRole("link", {
      name: count === 1 ? "1 persona asignada" : `${count} personas asignadas`,
      exact: true,
    });
    const countHref = await countLink.getAttribute("href");
    expect(countHref).toMatch(/^\/asignaciones\?network=[0-9a-f-]{36}&area=[0-9a-f-]{36}&status=active$/);
    const youth = await cell(page, "Juventud", "MC — Mercociudades");
    await expect(youth.getAttribute("data-cell")).resolves.toBe("gap");
    await expect(youth.textContent()).resolves.toBe("Sin cobertura");
    // Not applicable reads as such to a screen reader, not as an empty cell.
    await expect((await cell(page, "Turismo", "C40 — ")).textContent()).resolves.toContain("No aplica");
    // The matrix's summary line, not another live region (a searched filter field has its own).
    const summary = page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: /con cobertura ·/ });
    await expect(summary.count()).resolves.toBe(1);
    await expect(summary.textContent()).resolves.toMatch(
      /\d+ celdas con cobertura · \d+ huecos sin cobertura/,
    );

    // The count leads to the same people: the network's active assignments in that area.
    await countLink.click();
    await page.waitForURL(/\/asignaciones\?network=/);
    await page.getByRole("heading", { level: 1, name: "Asignaciones técnicas" }).waitFor();
    const listStatus = page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: /asignaci/ });
    await expect(listStatus.first().textContent()).resolves.toMatch(new RegExp(`^${count} asignaci`));
    await expect(page.getByRole("main").textContent()).resolves.toContain("Gabriel Montes");
    await page.goBack();
    await matrix(page).waitFor();

    // Thematic networks only.
    await page.getByLabel("Tipo de red").selectOption({ label: "Temática" });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/kind=thematic/);
    const headers = (await matrix(page).locator("thead th").allTextContents()).map((h) => h.trim());
    expect(headers[0]).toBe("Área temática");
    expect(headers.some((h) => h.startsWith("MC — "))).toBe(false);
    expect(headers.some((h) => h.startsWith("C40"))).toBe(true);
    await expectNoAxeViolations(page);

    // One network's bodies: Mercociudades' units as columns.
    await page.goto("/cobertura");
    await matrix(page)
      .locator("thead")
      .getByRole("link", { name: /^MC — Mercociudades/ })
      .click();
    await page.getByRole("heading", { level: 1, name: "Cobertura en Mercociudades" }).waitFor();
    // One network names its people, with department and role.
    const bodyCell = await cell(page, "Cultura", "Unidad Temática de Cultura");
    await expect(bodyCell.textContent()).resolves.toContain("Gabriel Montes");
    await expect(bodyCell.textContent()).resolves.toContain("MC · Punto focal");
    await expect((await cell(page, "Juventud", "Unidad Temática de Juventud")).textContent()).resolves.toBe(
      "Sin cobertura",
    );
    await expectNoAxeViolations(page);

    // The CSV has the same matrix, for Excel in Spanish: UTF-8 with a BOM, ";" between fields.
    const csvHref = await page.getByRole("link", { name: "Descargar CSV" }).getAttribute("href");
    expect(csvHref).toMatch(/^\/cobertura\/csv\?network=[0-9a-f-]{36}$/);
    const response = await context.request.get("/cobertura/csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="cobertura-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]?.startsWith("Área temática;")).toBe(true);
    const columns = lines[0]!.split(";");
    const mc = columns.indexOf("Mercociudades");
    expect(lines.find((l) => l.startsWith("Cultura;"))?.split(";")[mc]).toContain(
      "Gabriel Montes (MC, Punto focal)",
    );
    expect(lines.find((l) => l.startsWith("Juventud;"))?.split(";")[mc]).toBe("Sin cobertura");
    await context.close();
  });

  it("a signed-out visitor gets no CSV", async () => {
    const context = await browser.newContext();
    const response = await context.request.get("/cobertura/csv", { maxRedirects: 0 });
    expect(response.status()).not.toBe(200);
    expect(await response.text()).not.toContain("Área temática;");
    await context.close();
  });
});
