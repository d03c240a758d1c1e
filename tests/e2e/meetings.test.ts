import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, expectNoAxeViolations } from "./support";

async function openUcci(page: Page) {
  await page.goto("/redes?q=UCCI");
  await page
    .getByRole("link", { name: /Unión de Ciudades Capitales/ })
    .first()
    .click();
  await page.waitForURL(/\/redes\/[0-9a-f-]{36}$/);
  await page.getByRole("heading", { name: "Reuniones", level: 2 }).waitFor();
}

describe("meetings", () => {
  const browser = browserForFile();

  it("a coordinator creates a meeting in Madrid time, sees both clocks, and edits it", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    await openUcci(page);
    await page.getByRole("link", { name: "Nueva reunión" }).click();
    await page.getByRole("heading", { name: "Nueva reunión", level: 1 }).waitFor();
    await expectNoAxeViolations(page);

    // The bodies offered are the chosen network's, read again when the network changes.
    const body = page.getByLabel("Órgano", { exact: true });
    const bodyNames = () => body.locator("option").allTextContents();
    await expect(bodyNames()).resolves.toContain("Asamblea General");
    await page.getByRole("combobox", { name: "Red", exact: true }).selectOption({ label: "Mercociudades" });
    await expect.poll(bodyNames).toContain("Unidad Temática de Cultura");
    expect(await bodyNames()).not.toContain("Asamblea General");
    await page
      .getByRole("combobox", { name: "Red", exact: true })
      .selectOption({ label: "Unión de Ciudades Capitales Iberoamericanas" });
    await expect.poll(bodyNames).toContain("Asamblea General");
    await body.selectOption({ label: "Asamblea General" });

    await page.getByLabel("Título").fill("Comité de Cultura — Madrid 2027");
    await page.getByLabel("Tipo").selectOption({ label: "Grupo de trabajo" });
    await page.getByLabel("Zona horaria de la reunión").selectOption("Europe/Madrid");
    await page.getByLabel("Fecha de inicio").fill("2027-06-15");
    await page.getByLabel("Hora de inicio").fill("10:00");
    await page.getByLabel("Fecha de finalización").fill("2027-06-15");
    await page.getByLabel("Hora de finalización").fill("09:00");
    await page.getByLabel("Ciudad").fill("Madrid");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(
      "La finalización no puede ser anterior al comienzo.",
    );
    await expect(page.getByLabel("Título").inputValue()).resolves.toBe("Comité de Cultura — Madrid 2027");

    await page.getByLabel("Hora de finalización").fill("14:00");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/\/reuniones\/[0-9a-f-]{36}\?estado=creada/, { waitUntil: "commit" });
    await page.getByText("La reunión se creó correctamente.").waitFor();
    const details = page.getByRole("region", { name: "Datos de la reunión" });
    // 10:00 in Madrid (summer, UTC+2) is 05:00 in Buenos Aires.
    await expect(details.textContent()).resolves.toContain("15/06/2027 10:00");
    await expect(details.textContent()).resolves.toContain("05:00 en Buenos Aires");
    await expect(page.getByRole("main").textContent()).resolves.toContain("Asamblea General");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Editar reunión" }).click();
    await page.getByLabel("Sede o lugar").fill("Palacio de Cibeles");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=guardada/, { waitUntil: "commit" });
    await page.getByRole("main").getByText("Palacio de Cibeles, Madrid").waitFor();
    await context.close();
  });

  it("technical staff read meetings but cannot create or edit them", async () => {
    const { context, page } = await browser.signedInPage("technical");
    await openUcci(page);
    await expect(page.getByRole("link", { name: "Nueva reunión" }).count()).resolves.toBe(0);
    await page.getByRole("region", { name: "Reuniones" }).getByRole("link").first().click();
    await page.waitForURL(/\/reuniones\/[0-9a-f-]{36}$/);
    await page.getByRole("region", { name: "Datos de la reunión" }).waitFor();
    await expect(page.getByRole("link", { name: "Editar reunión" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.goto(`${new URL(page.url()).pathname}/editar`);
    await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para editar reuniones");
    await page.goto("/reuniones/nueva");
    await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para editar reuniones");
    await context.close();
  });
});
