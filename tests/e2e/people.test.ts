import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, expectNoAxeViolations, login } from "./support";

/** A form control by its label, required ones included (their label ends in an aria-hidden "*"). */
const field = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);

// Demo data (db/seed/data/people.json): the Secretaría de Ambiente has Carolina Funes (the
// head), Julián Pereyra (the technical demo user) and Ana Lucero; "Consulta General" is the
// person of the viewer account consulta@redes.local.

const rowNames = (page: Page) => page.locator("table tbody tr > :first-child a").allTextContents();

describe("people and departments", () => {
  const browser = browserForFile();

  it("a coordinator filters the directory, reads a person's page, creates and edits a person", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, "coordinator");
    await page
      .getByRole("navigation", { name: "Navegación principal" })
      .getByRole("link", { name: "Personas" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Personas" }).waitFor();
    await expectNoAxeViolations(page);

    // The department is a searched field: type, pick the match.
    const department = page.getByRole("combobox", { name: "Área / repartición", exact: true });
    await department.fill("ambiente");
    await page
      .getByRole("listbox", { name: "Área / repartición", exact: true })
      .getByRole("option")
      .filter({ has: page.locator('span:text-is("Secretaría de Ambiente")') })
      .click();
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/department=[0-9a-f-]{36}/);
    await expect(
      page.getByRole("combobox", { name: "Área / repartición", exact: true }).inputValue(),
    ).resolves.toBe("Secretaría de Ambiente");
    await expect(rowNames(page)).resolves.toEqual(["Ana Lucero", "Carolina Funes", "Julián Pereyra"]);
    await page.getByLabel("Asignaciones técnicas").selectOption({ label: "Con asignaciones activas" });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/assigned=1/);
    await expect(rowNames(page)).resolves.toEqual(["Ana Lucero", "Julián Pereyra"]);
    // The list's count (the searched department field has a live region of its own).
    await expect(
      page
        .getByRole("main")
        .getByRole("status")
        .filter({ hasText: /personas?$/ })
        .textContent(),
    ).resolves.toBe("2 personas");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Julián Pereyra" }).click();
    await page.getByRole("heading", { level: 1, name: "Julián Pereyra" }).waitFor();
    const assignments = page.getByRole("region", { name: "Asignaciones técnicas" });
    await expect(assignments.textContent()).resolves.toContain("Mercociudades");
    await expect(assignments.textContent()).resolves.toContain("Punto focal");
    await expect(page.getByRole("region", { name: "Delegaciones" }).count()).resolves.toBe(1);
    // Only administrators see the user-account form.
    await expect(page.getByRole("region", { name: "Cuenta de usuario" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await page.goto("/personas/nueva");
    await page.getByRole("heading", { level: 1, name: "Nueva persona" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("Nombre y apellido").fill("Lautaro Prueba");
    await page.getByLabel("Correo electrónico").fill("no-es-un-correo");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(
      "Correo electrónico: Ingresá un correo electrónico válido",
    );
    await expectNoAxeViolations(page);
    // An e-mail another person has is refused by the server, keeping what was typed.
    await page.getByLabel("Correo electrónico").fill("TECNICA@redes.local");
    await page.getByLabel("Cargo o función").fill("Analista de cooperación");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await appAlert(page).filter({ hasText: "Otra persona ya tiene ese correo electrónico." }).waitFor();
    await expect(page.getByLabel("Cargo o función").inputValue()).resolves.toBe("Analista de cooperación");
    await page.getByLabel("Correo electrónico").fill("lautaro.prueba@redes.local");
    await page.getByLabel("Área / repartición").selectOption({ label: "Ente de Turismo" });
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/\/personas\/[0-9a-f-]{36}\?estado=creada/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "La persona se creó correctamente." }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Editar persona" }).click();
    await page.getByRole("heading", { level: 1, name: "Editar Lautaro Prueba" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("Teléfono").fill("+54 11 5555-0999");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=guardada/, { waitUntil: "commit" });
    await page.getByRole("region", { name: "Datos de contacto" }).getByText("+54 11 5555-0999").waitFor();
    const history = page.getByRole("region", { name: "Historial de cambios" });
    await expect(history.locator("tbody tr").first().textContent()).resolves.toContain(
      "Modificó los datos de la persona",
    );
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("sorts the directory by overdue commitments and by quiet assignments, on the server", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, "coordinator");
    await page.goto("/personas");
    await page.getByRole("heading", { level: 1, name: "Personas" }).waitFor();
    const column = (name: string) =>
      page.getByRole("columnheader", { name: new RegExp(name) }).getByRole("link");
    await column("Compromisos vencidos").click();
    await page.waitForURL(/sort=overdue/);
    await column("Compromisos vencidos").click();
    await page.waitForURL(/dir=desc/);
    await expect(page.locator("th[aria-sort='descending']").textContent()).resolves.toContain(
      "Compromisos vencidos",
    );
    const index = await page
      .locator("thead th")
      .evaluateAll((ths) => ths.findIndex((th) => th.textContent?.includes("Compromisos vencidos")));
    const counts = (await page.locator(`tbody tr > :nth-child(${index + 1})`).allTextContents()).map(Number);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await expectNoAxeViolations(page);

    await column("Asignaciones sin novedades").click();
    await page.waitForURL(/sort=stale/);
    await expect(page.locator("th[aria-sort='ascending']").textContent()).resolves.toContain(
      "Asignaciones sin novedades",
    );
    await context.close();
  });

  it("departments: list, page with its people, create and edit", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    await page.goto("/areas");
    await page.getByRole("heading", { level: 1, name: "Áreas y reparticiones" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Secretaría de Ambiente" }).click();
    await page.getByRole("heading", { level: 1, name: "Secretaría de Ambiente" }).waitFor();
    await expect(page.getByRole("region", { name: "Personas" }).textContent()).resolves.toContain(
      "Ana Lucero",
    );
    await expect(
      page.getByRole("region", { name: "Asignaciones técnicas" }).textContent(),
    ).resolves.toContain("Julián Pereyra");
    await expectNoAxeViolations(page);

    await page.goto("/areas/nueva");
    await page.getByRole("heading", { level: 1, name: "Nueva área" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(field("Nombre")).fill("secretaría de ambiente");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await appAlert(page).filter({ hasText: "Ya existe un área con ese nombre." }).waitFor();
    await page.getByLabel(field("Nombre")).fill("Dirección de Cooperación (prueba)");
    await page.getByLabel("Sigla").fill("DCP");
    await page
      .getByLabel("Depende de")
      .selectOption({ label: "Secretaría General y de Relaciones Internacionales" });
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/\/areas\/[0-9a-f-]{36}\?estado=creada/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El área se creó correctamente." }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Editar área" }).click();
    await page.getByRole("heading", { level: 1, name: "Editar Dirección de Cooperación (prueba)" }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("an administrator unlinks and relinks a person's user account; the change is in its history", async () => {
    const { context, page } = await browser.signedInPage("admin");
    await page.goto("/personas?q=Consulta%20General");
    await page.getByRole("link", { name: "Consulta General" }).click();
    await page.getByRole("heading", { level: 1, name: "Consulta General" }).waitFor();
    const account = page.getByRole("region", { name: "Cuenta de usuario" });
    await expect(account.textContent()).resolves.toContain("Vinculada con la cuenta consulta@redes.local");
    await expectNoAxeViolations(page);

    await account.getByLabel("Cuenta de usuario").selectOption({ label: "Sin cuenta vinculada" });
    await account.getByRole("button", { name: "Guardar vínculo" }).click();
    await page.waitForURL(/estado=desvinculada/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "ya no está vinculada" }).waitFor();
    await expect(account.textContent()).resolves.toContain("No está vinculada con ninguna cuenta");

    await account
      .getByLabel("Cuenta de usuario")
      .selectOption({ value: await optionValue(page, "consulta@redes.local") });
    await account.getByRole("button", { name: "Guardar vínculo" }).click();
    await page.waitForURL(/estado=vinculada/, { waitUntil: "commit" });
    await expect(account.textContent()).resolves.toContain("Vinculada con la cuenta consulta@redes.local");
    const history = page.getByRole("region", { name: "Historial de cambios" });
    await expect(history.locator("tbody tr").first().textContent()).resolves.toContain(
      "Cambió la cuenta de usuario vinculada",
    );
    await expectNoAxeViolations(page);
    await context.close();
  });
});

/** The value of the account option whose label starts with an e-mail. */
async function optionValue(page: Page, email: string): Promise<string> {
  const option = page.locator("#userId option").filter({ hasText: email });
  return (await option.getAttribute("value")) ?? "";
}
