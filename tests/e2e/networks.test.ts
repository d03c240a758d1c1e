import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, expectNoAxeViolations, showsText, signInAs } from "./support";
import { captureAction, expectReplayRefused } from "./actions";

/** The names in the directory table, once the streamed table is there. */
async function rowNames(page: Page): Promise<string[]> {
  const links = page.locator("table tbody tr > :first-child a");
  await links.first().waitFor();
  return links.allTextContents();
}

describe("networks directory", () => {
  const browser = browserForFile();

  it("lists the seeded networks and filters, searches, sorts and pages through the URL", async () => {
    const { context, page } = await browser.signedInPage("viewer");
    await page.goto("/redes");
    await page.getByRole("status").filter({ hasText: "11 redes" }).waitFor();
    const names = await rowNames(page);
    expect(names).toContain("Mercociudades");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "es", { sensitivity: "base" })));
    await expectNoAxeViolations(page);

    // Filter by kind with the form: the URL carries the state.
    await page.getByLabel("Tipo").selectOption({ label: "Global" });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/kind=global/);
    await page.getByRole("status").filter({ hasText: "3 redes" }).waitFor();
    expect((await rowNames(page)).sort()).toEqual(
      ["Ciudades y Gobiernos Locales Unidos", "Metropolis", "Urban 20"].sort(),
    );

    // Search by acronym, then clear.
    await page.goto("/redes?q=ucci");
    expect(await rowNames(page)).toEqual(["Unión de Ciudades Capitales Iberoamericanas"]);

    // Sort by founding year, descending, from the column header.
    await page.goto("/redes");
    await page.getByRole("link", { name: /Fundación/ }).click();
    await page.waitForURL(/sort=founded/);
    await page.getByRole("link", { name: /Fundación/ }).click();
    await page.waitForURL(/dir=desc/);
    await expect(page.locator("th[aria-sort='descending']").textContent()).resolves.toContain("Fundación");
    const years = (await page.locator("table tbody tr td:last-child").allTextContents())
      .filter(Boolean)
      .map(Number);
    expect(years).toEqual([...years].sort((a, b) => b - a));

    // Server-side pagination.
    await page.goto("/redes?size=10");
    expect(await rowNames(page)).toHaveLength(10);
    await page.getByRole("link", { name: "Siguiente" }).click();
    await page.waitForURL(/page=2/);
    await page.getByText("Mostrando 11–11 de 11").waitFor();
    expect(await rowNames(page)).toHaveLength(1);
    // A page past the end goes to the last one.
    await page.goto("/redes?size=10&page=9");
    await page.getByText("Mostrando 11–11 de 11").waitFor();

    // No create button for a viewer.
    await expect(page.getByRole("link", { name: "Nueva red" }).count()).resolves.toBe(0);
    await context.close();
  });

  it("a user hides a column of a list: it stays hidden for them, on every visit, and only for them", async () => {
    const { context, page } = await browser.signedInPage("viewer");
    await page.goto("/redes");
    const acronymHeader = page.getByRole("columnheader", { name: /^Sigla/ });
    await acronymHeader.waitFor();
    // The header stays in view while the list scrolls.
    await expect(page.locator("table thead").evaluate((el) => getComputedStyle(el).position)).resolves.toBe(
      "sticky",
    );

    await page.getByText("Columnas", { exact: true }).click();
    const acronym = page.getByRole("checkbox", { name: "Sigla" });
    await expect(acronym.isChecked()).resolves.toBe(true);
    // The column that names the row cannot be hidden.
    await expect(page.getByRole("checkbox", { name: "Nombre" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await acronym.uncheck();
    await acronymHeader.waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("columnheader", { name: /^Nombre/ }).waitFor();
    await expect(acronymHeader.count()).resolves.toBe(0);

    // Someone else still sees it.
    const { context: other, page: otherPage } = await browser.signedInPage("head");
    await otherPage.goto("/redes");
    await otherPage.getByRole("columnheader", { name: /^Sigla/ }).waitFor();
    await other.close();

    // Shown again, for the next tests.
    await page.getByText("Columnas", { exact: true }).click();
    await page.getByRole("checkbox", { name: "Sigla" }).check();
    await acronymHeader.waitFor();
    await context.close();
  });

  it("on a phone the directory keeps the columns that identify a network", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await signInAs(page, "viewer");
    await page.goto("/redes");
    await page.getByRole("columnheader", { name: /^Nombre/ }).waitFor();
    await expect(page.getByRole("columnheader", { name: /^Sede/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("columnheader", { name: /^Tipo/ }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("a network's profile shows its facts", async () => {
    const { context, page } = await browser.signedInPage("head");
    await page.goto("/redes?q=Mercociudades");
    await page.getByRole("link", { name: "Mercociudades" }).click();
    await page.getByRole("heading", { name: /Mercociudades/, level: 1 }).waitFor();
    await expect(page.getByRole("region", { name: "Perfil" }).textContent()).resolves.toContain("Regional");
    await expectNoAxeViolations(page);

    // Mercociudades has more meetings than the page lists (5 upcoming, 5 past): the rest are
    // in the calendar's agenda, filtered by the network.
    const networkId = new URL(page.url()).pathname.split("/").pop()!;
    const meetings = page.getByRole("region", { name: "Reuniones" });
    const items = (caption: string) => meetings.getByRole("table", { name: caption }).locator("tbody tr");
    await expect(items("Próximas").count()).resolves.toBe(5);
    await expect(items("Anteriores").count()).resolves.toBe(5);
    const upcomingLink = meetings.getByRole("link", { name: "Ver todas las próximas reuniones" });
    await expect(upcomingLink.getAttribute("href")).resolves.toBe(
      `/calendario?view=agenda&network=${networkId}`,
    );
    const allLink = meetings.getByRole("link", { name: "Ver todas las reuniones de la red" });
    const href = (await allLink.getAttribute("href"))!;
    expect(href).toMatch(
      new RegExp(`^/calendario\\?view=agenda&network=${networkId}&from=\\d{4}-\\d{2}-\\d{2}$`),
    );
    await allLink.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(
      (url) => url.pathname === "/calendario" && url.searchParams.get("network") === networkId,
    );
    const status = page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: /reuni(ón|ones) desde/ });
    await status.waitFor();
    // Every meeting of the network: more than the 10 the network page lists.
    const total = Number(((await status.textContent()) ?? "").match(/(\d+)/)?.[1] ?? 0);
    expect(total).toBeGreaterThan(20);
    // The calendar's network filter is a searched field: it shows the name, the form the id.
    await expect(page.getByRole("combobox", { name: "Red", exact: true }).inputValue()).resolves.toBe(
      "Mercociudades",
    );
    await expect(page.locator('input[type=hidden][name="network"]').inputValue()).resolves.toBe(networkId);

    // A network with fewer meetings lists them all and links to nothing more.
    await page.goto("/redes?q=UCCI");
    await page
      .getByRole("link", { name: /Unión de Ciudades Capitales/ })
      .first()
      .click();
    await page.getByRole("heading", { name: /UCCI/, level: 1 }).waitFor();
    const few = page.getByRole("region", { name: "Reuniones" });
    await few.getByRole("heading", { level: 3, name: "Anteriores" }).waitFor();
    await expect(few.getByRole("link", { name: /^Ver todas/ }).count()).resolves.toBe(0);
    await context.close();
  });
});

describe("creating and editing networks", () => {
  const browser = browserForFile();

  it("a coordinator sees field errors with their input kept, then creates and edits a network", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    await page.goto("/redes");
    await page.getByRole("link", { name: "Nueva red" }).click();
    await page.getByRole("heading", { name: "Nueva red", level: 1 }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel("Sigla").fill("RCIB");
    await page.getByLabel("Sitio web").fill("redcib.example.org");
    await page.getByLabel("Año de fundación").fill("1650");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    const summaryText = await summary.textContent();
    expect(summaryText).toContain("Nombre: Este campo es obligatorio.");
    expect(summaryText).toContain("Año de fundación: Ingresá un año de cuatro cifras");
    expect(summaryText).not.toMatch(/[{}]/);
    await expect(page.getByLabel("Sitio web").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByLabel("Sigla").inputValue()).resolves.toBe("RCIB");
    await expectNoAxeViolations(page);

    await page.getByLabel("Nombre").fill("Red de Ciudades Iberoamericanas por la Bicicleta");
    await page.getByLabel("Tipo de red").selectOption({ label: "Temática" });
    await page.getByLabel("Sitio web").fill("https://redcib.example.org");
    await page.getByLabel("Año de fundación").fill("2012");
    await page.getByLabel("Español").check();
    await page.getByLabel("Desarrollo urbano").check();
    await page.getByLabel("Cuota anual").fill("1200,50");
    await page.getByLabel("Moneda").fill("eur");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/\/redes\/[0-9a-f-]{36}\?estado=creada/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "La red se creó correctamente." }).waitFor();
    await showsText(page, "Cuota anual");
    const profile = await page.getByRole("main").textContent();
    expect(profile).toContain("Red de Ciudades Iberoamericanas por la Bicicleta (RCIB)");
    expect(profile).toContain("1.200,50 EUR");
    expect(profile).toContain("Desarrollo urbano");

    await page.getByRole("link", { name: "Editar red" }).click();
    await page.getByLabel("Sede").fill("Rosario");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=guardada/, { waitUntil: "commit" });
    await showsText(page, "Rosario");

    await page.goto("/redes?q=Bicicleta");
    expect(await rowNames(page)).toEqual(["Red de Ciudades Iberoamericanas por la Bicicleta"]);
    await context.close();
  });

  it("two tabs editing the same network: the second save gets a conflict and keeps what was typed", async () => {
    const { context, page: first } = await browser.signedInPage("coordinator");
    await first.goto("/redes?q=Metropolis");
    await first.getByRole("link", { name: "Metropolis" }).click();
    await first.getByRole("link", { name: "Editar red" }).click();
    await first.waitForURL(/\/editar$/);
    const editUrl = first.url();
    const second = await context.newPage();
    await second.goto(editUrl);

    await first.getByLabel("Alcance geográfico").fill("Mundial (primera pestaña)");
    await first.getByRole("button", { name: "Guardar", exact: true }).click();
    await first.waitForURL(/estado=guardada/, { waitUntil: "commit" });

    await second.getByLabel("Alcance geográfico").fill("Mundial (segunda pestaña)");
    await second.getByLabel("Notas sobre la membresía").fill("Nota que no debe perderse");
    await second.getByRole("button", { name: "Guardar", exact: true }).click();
    const conflict = appAlert(second).filter({ hasText: "Conflicto de edición" });
    await conflict.waitFor();
    await expect(second.getByLabel("Alcance geográfico").inputValue()).resolves.toBe(
      "Mundial (segunda pestaña)",
    );
    await expect(second.getByLabel("Notas sobre la membresía").inputValue()).resolves.toBe(
      "Nota que no debe perderse",
    );
    await expectNoAxeViolations(second);

    // The first tab's change is what is stored.
    await first.reload();
    await showsText(first, "Mundial (primera pestaña)");

    // Plain "Guardar" again is still a conflict: overwriting takes an explicit choice.
    await second.getByRole("button", { name: "Guardar", exact: true }).click();
    await appAlert(second).filter({ hasText: "Conflicto de edición" }).waitFor();
    await expect(second.getByLabel("Notas sobre la membresía").inputValue()).resolves.toBe(
      "Nota que no debe perderse",
    );
    await second.getByRole("button", { name: "Guardar mis datos de todos modos" }).click();
    await second.waitForURL(/estado=guardada/, { waitUntil: "commit" });
    await showsText(second, "Mundial (segunda pestaña)");
    await context.close();
  });

  it("technical staff are refused on the page and when posting to the action directly", async () => {
    // Capture a real edit request (action id + body) from a coordinator's browser…
    const { context: coordinator, page: coordinatorPage } = await browser.signedInPage("coordinator");
    await coordinatorPage.goto("/redes?q=ICLEI");
    await coordinatorPage.getByRole("link", { name: /ICLEI/ }).click();
    await coordinatorPage.waitForURL(/\/redes\/[0-9a-f-]{36}$/);
    const networkUrl = coordinatorPage.url();
    await coordinatorPage.getByRole("link", { name: "Editar red" }).click();
    await coordinatorPage.getByLabel("Sede").fill("Bonn (captura)");
    const request = await captureAction(coordinatorPage, () =>
      coordinatorPage.getByRole("button", { name: "Guardar", exact: true }).click(),
    );

    // …and replay it with the technical user's session.
    const { context: technical, page } = await browser.signedInPage("technical");
    await page.goto(networkUrl.replace(/^https?:\/\/[^/]+/, ""));
    await page.getByRole("heading", { level: 1, name: /ICLEI/ }).waitFor();
    await expect(page.getByRole("link", { name: "Editar red" }).count()).resolves.toBe(0);
    await page.goto(`${new URL(networkUrl).pathname}/editar`);
    await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para editar redes");
    await expect(page.getByRole("button", { name: "Guardar", exact: true }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.goto("/redes/nueva");
    await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para editar redes");

    await expectReplayRefused(technical, request);

    await page.goto(new URL(networkUrl).pathname);
    await showsText(page, "Sede");
    await expect(page.getByRole("main").textContent()).resolves.not.toContain("Bonn (captura)");
    await coordinator.close();
    await technical.close();
  });
});
