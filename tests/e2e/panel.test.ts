import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, expectNoAxeViolations, newContext, signedInBrowser, signInAs } from "./support";
import { todayBA } from "./dates";

// The demo's head (direccion@redes.local) directs the Secretaría de Ambiente
// (db/seed/data/people.json). These tests only read: they create and change nothing.
const HEAD_DEPARTMENT = "Secretaría de Ambiente";

/** The number a figure of the panel shows (data-count on its link). */
async function figure(page: Page, name: string): Promise<{ count: number; href: string }> {
  const link = page.locator(`[data-figure="${name}"]`).first();
  await link.waitFor();
  return {
    count: Number(await link.getAttribute("data-count")),
    href: (await link.getAttribute("href")) ?? "",
  };
}

/** The list's own count line ("5 compromisos", "3 reuniones del … al …"). */
async function listCount(page: Page): Promise<number> {
  // The list's count line, not another live region (a searched filter field has its own).
  const status = page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /^\s*(\d|Ning)/ })
    .first();
  await status.waitFor();
  const text = (await status.textContent()) ?? "";
  const match = /^(\d+|Ning)/.exec(text.trim());
  if (!match) throw new Error(`no count in "${text}"`);
  return match[1] === "Ning" ? 0 : Number(match[1]);
}

const scopeLine = (page: Page) => page.locator("[data-panel-scope]");

describe("panel", () => {
  const session = signedInBrowser("head");

  it("opens a head's panel on their own department, with no way to pick another", async () => {
    const { page } = session;
    await page.goto("/");
    await expect(scopeLine(page).textContent()).resolves.toContain(`Mostrando ${HEAD_DEPARTMENT}`);
    await expect(page.getByLabel("Repartición", { exact: true }).count()).resolves.toBe(0);
    await page.locator('[data-figure="commitments.pending"]').waitFor();
    await expect(page.getByText(`Solo ${HEAD_DEPARTMENT}`).first().isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
  });

  it("changes the figures with the period", async () => {
    const { page } = session;
    await page.goto("/");
    const year = todayBA().slice(0, 4);
    const quarterHeld = await figure(page, "meetings.held");
    expect(quarterHeld.href).toContain("status=held");
    await page.getByLabel("Período", { exact: true }).selectOption({ label: "Este año" });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/period=anio/);
    // A bookmark with the Spanish names of before lands on the same view.
    const bookmarked = new URL(page.url()).search
      .replace("period=", "periodo=")
      .replace("from=", "desde=")
      .replace("to=", "hasta=");
    await page.goto(`/${bookmarked}`);
    expect(page.url()).toMatch(/[?&]period=anio/);
    await expect(scopeLine(page).textContent()).resolves.toContain(`del 01/01/${year} al 31/12/${year}`);
    const yearHeld = await figure(page, "meetings.held");
    expect(yearHeld.href).toContain(`from=${year}-01-01`);
    expect(yearHeld.href).toContain(`to=${year}-12-31`);
    expect(yearHeld.count).toBeGreaterThanOrEqual(quarterHeld.count);
  });

  it("opens the list behind a figure, and the list shows the same number", async () => {
    const { page } = session;
    for (const name of ["commitments.pending", "meetings.held", "seats.political", "networks.regional"]) {
      await page.goto("/?period=anio");
      const { count, href } = await figure(page, name);
      await page.locator(`[data-figure="${name}"]`).first().click();
      await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
      expect({ name, count: await listCount(page) }).toEqual({ name, count });
    }
  });

  it("keeps a head on their department when the URL asks for another one", async () => {
    const { page } = session;
    // Another department's id, as the searched department fields find it.
    const response = await page.request.get("/api/buscar/reparticiones?q=secretar%C3%ADa");
    expect(response.status()).toBe(200);
    const { results } = (await response.json()) as { results: { id: string; label: string }[] };
    const found = results.find((c) => c.label !== HEAD_DEPARTMENT)!;
    expect(found).toBeTruthy();
    const other = { value: found.id, label: found.label };
    await page.goto(`/?department=${other.value}`);
    await expect(scopeLine(page).textContent()).resolves.toContain(`Mostrando ${HEAD_DEPARTMENT}`);
    await expect(appAlert(page).first().textContent()).resolves.toContain(
      "solo permite ver las cifras de tu repartición",
    );
    const pending = await figure(page, "commitments.pending");
    expect(pending.href).not.toContain(other.value);
    await page.goto("/?department=todas");
    await expect(scopeLine(page).textContent()).resolves.toContain(`Mostrando ${HEAD_DEPARTMENT}`);
  });

  it("gives every chart a text alternative and its data as a table of links", async () => {
    const { page } = session;
    await page.goto("/");
    const charts = page.locator('svg[role="img"]');
    await charts.first().waitFor();
    const n = await charts.count();
    expect(n).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < n; i++) {
      const chart = charts.nth(i);
      const labelledBy = (await chart.getAttribute("aria-labelledby"))!.split(" ");
      const texts = await Promise.all(labelledBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
      expect(texts.every((t) => (t ?? "").trim().length > 0)).toBe(true);
    }
    const summaries = page.getByText("Ver los datos en una tabla");
    for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
    const table = page.getByRole("table", { name: "Compromisos por estado" });
    await expect(table.getByRole("row").count()).resolves.toBe(5);
    await expect(table.getByRole("link").count()).resolves.toBe(4);
    await expectNoAxeViolations(page);
  });

  it("shows a coordinator the meetings to close, each linked to its meeting; not a head", async () => {
    await expect(session.page.getByRole("region", { name: "Reuniones por cerrar" }).count()).resolves.toBe(0);
    const coordinator = await newContext(session.browser);
    const page = await coordinator.newPage();
    await signInAs(page, "coordinator");
    await page.goto("/");
    const card = page.getByRole("region", { name: "Reuniones por cerrar" });
    await card.waitFor();
    const links = card.getByRole("link");
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    if (hrefs.length === 0) {
      await expect(card.textContent()).resolves.toContain("No hay reuniones por cerrar.");
    } else {
      for (const href of hrefs) expect(href).toMatch(/^\/reuniones\/[0-9a-f-]{36}$/);
      await links.first().click();
      await page.waitForURL(/\/reuniones\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
      await page.getByRole("heading", { level: 1 }).waitFor();
    }
    await expectNoAxeViolations(page);
    await coordinator.close();
  });

  it("lets a coordinator choose a department or the whole city", async () => {
    const coordinator = await newContext(session.browser);
    const other = await coordinator.newPage();
    await signInAs(other, "coordinator");
    await other.goto("/");
    await expect(scopeLine(other).textContent()).resolves.toContain("Mostrando toda la Ciudad");
    // A searched field, not a list of two hundred departments: type, pick the match.
    const field = other.getByRole("combobox", { name: "Repartición", exact: true });
    await expect(field.inputValue()).resolves.toBe("");
    await expect(field.getAttribute("placeholder")).resolves.toBe("Toda la Ciudad");
    await field.fill("ambiente");
    await other
      .getByRole("listbox", { name: "Repartición", exact: true })
      .getByRole("option")
      .filter({ has: other.locator(`span:text-is("${HEAD_DEPARTMENT}")`) })
      .click();
    await other.getByRole("button", { name: "Aplicar" }).click();
    await other.waitForURL(/department=[0-9a-f-]{36}/);
    await expect(scopeLine(other).textContent()).resolves.toContain(`Mostrando ${HEAD_DEPARTMENT}`);
    // The page names the chosen department in the field, read by id.
    await expect(
      other.getByRole("combobox", { name: "Repartición", exact: true }).inputValue(),
    ).resolves.toBe(HEAD_DEPARTMENT);
    await other.locator('[data-figure="staff.people"]').waitFor();
    await expectNoAxeViolations(other);

    // Clearing the field is the whole city again.
    await other.getByRole("button", { name: `Quitar ${HEAD_DEPARTMENT}` }).click();
    await other.getByRole("button", { name: "Aplicar" }).click();
    await other.waitForURL((url) => !/department=[0-9a-f]/.test(url.search));
    await expect(scopeLine(other).textContent()).resolves.toContain("Mostrando toda la Ciudad");
    await coordinator.close();
  });
});
