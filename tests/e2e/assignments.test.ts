import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, chooseSearched, expectNoAxeViolations, searchedNames } from "./support";
import { captureAction, expectReplayRefused } from "./actions";
import { ddmmyyyy, todayBA } from "./dates";

/** A form control by its label, required ones included (their label ends in an aria-hidden "*"). */
const field = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);

// Demo data (db/seed/data/people.json, db/seed/assignments.ts): the head (direccion@redes.local)
// directs the Secretaría de Ambiente (SECAMB), whose staff are Julián Pereyra and Ana Lucero;
// Santiago Ledesma belongs to the Ministerio de Desarrollo Económico (MDE).

/** How many assignments (any status) the list finds for a search. */
async function countFor(page: Page, q: string): Promise<number> {
  await page.goto(`/asignaciones?status=all&q=${encodeURIComponent(q)}`);
  const status = page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /asignaci/ });
  const text = (await status.first().textContent()) ?? "";
  const match = /(\d+) asignaci/.exec(text);
  return match ? Number(match[1]) : 0;
}

describe("technical assignments", () => {
  const browser = browserForFile();

  it("filters by a searched network, whose bodies then fill the body list", async () => {
    const { context, page } = await browser.signedInPage("viewer");
    await page.goto("/asignaciones");
    const body = page.getByLabel("Órgano", { exact: true });
    // No network chosen: no list of every body of the city.
    await expect(body.isDisabled()).resolves.toBe(true);
    await expect(body.locator("option").count()).resolves.toBe(1);
    const network = page.getByRole("combobox", { name: "Red", exact: true });
    await network.fill("mercociudades");
    await page
      .getByRole("listbox", { name: "Red", exact: true })
      .getByRole("option")
      .filter({ has: page.locator('span:text-is("Mercociudades")') })
      .click();
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/network=[0-9a-f-]{36}/);
    await expect(body.isDisabled()).resolves.toBe(false);
    await expect(body.locator("optgroup").getAttribute("label")).resolves.toBe("Mercociudades");
    const first = await body.locator("optgroup option").first().textContent();
    await body.selectOption({ label: first! });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/body=[0-9a-f-]{36}/);
    await expect(page.getByRole("combobox", { name: "Red", exact: true }).inputValue()).resolves.toBe(
      "Mercociudades",
    );
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("a head creates and ends an assignment for someone of their department", async () => {
    const { context, page } = await browser.signedInPage("head");
    await page.goto("/asignaciones");
    await page.getByRole("heading", { level: 1, name: "Asignaciones técnicas" }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Nueva asignación" }).click();
    await page.getByRole("heading", { level: 1, name: "Nueva asignación" }).waitFor();
    await expectNoAxeViolations(page);
    // The person search finds the head's own department's people only.
    const people = await searchedNames(page, "Persona", "a");
    expect(people).toContain("Ana Lucero");
    expect(people).toContain("Julián Pereyra");
    expect(people.some((p) => p.includes("Santiago Ledesma"))).toBe(false);
    await expect(searchedNames(page, "Persona", "ledesma")).resolves.toEqual([]);
    await page.getByRole("combobox", { name: "Persona", exact: true }).fill("");

    // Nothing chosen: caught before sending, with the fields named.
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain("Persona: Este campo es obligatorio.");
    await expect(summary.textContent()).resolves.toContain("Red: Este campo es obligatorio.");
    await expectNoAxeViolations(page);

    const today = todayBA();
    await chooseSearched(page, "Persona", "lucero", "Ana Lucero");
    await page.getByLabel(field("Red")).selectOption({ label: "Metropolis" });
    await page.getByLabel(field("Área temática")).selectOption({ label: "Sustentabilidad y medio ambiente" });
    await page.getByLabel(field("Desde")).fill(today);
    await page.getByLabel(field("Dedicación")).fill("Prueba de la dirección");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/\/asignaciones\/[0-9a-f-]{36}\?estado=creada/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "La asignación se creó correctamente." }).waitFor();
    await page.getByRole("heading", { level: 1, name: "Ana Lucero en Metropolis" }).waitFor();
    const data = page.getByRole("region", { name: "Datos de la asignación" });
    await expect(data.textContent()).resolves.toContain("Prueba de la dirección");
    await expect(data.textContent()).resolves.toContain("Sustentabilidad y medio ambiente");
    await expectNoAxeViolations(page);

    // The edit form opens for the head too.
    const assignmentPath = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Editar asignación" }).click();
    await page.getByRole("heading", { level: 1, name: "Editar la asignación de Ana Lucero" }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(assignmentPath);

    // End it today.
    const end = page.getByRole("region", { name: "Finalizar la asignación" });
    await end.getByLabel("Último día").fill(today);
    await end.getByRole("button", { name: "Finalizar asignación" }).click();
    await page.waitForURL(/estado=finalizada/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "La asignación quedó finalizada." }).waitFor();
    await expect(page.getByRole("main").textContent()).resolves.toContain(
      `Esta asignación está finalizada desde el ${ddmmyyyy(today)}.`,
    );
    await expect(data.textContent()).resolves.toContain("Finalizada");
    await expect(page.getByRole("region", { name: "Finalizar la asignación" }).count()).resolves.toBe(0);
    const history = page.getByRole("region", { name: "Historial de cambios" });
    await expect(history.locator("tbody tr").first().textContent()).resolves.toContain(
      "Finalizó la asignación técnica",
    );
    await expectNoAxeViolations(page);

    // It is listed among the ended ones.
    await page.goto("/asignaciones?status=ended&q=Lucero");
    await page.locator("table tbody tr").filter({ hasText: "Metropolis" }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("another department's person is not offered to a head, and a replayed action is refused and changes nothing", async () => {
    // Capture a real "new assignment" request for Santiago Ledesma from a coordinator's browser…
    const { context: coordinator, page: coordinatorPage } = await browser.signedInPage("coordinator");
    const before = await countFor(coordinatorPage, "Ledesma");
    await coordinatorPage.goto("/asignaciones/nueva");
    await coordinatorPage.getByRole("heading", { level: 1, name: "Nueva asignación" }).waitFor();
    await chooseSearched(coordinatorPage, "Persona", "ledesma", "Santiago Ledesma");
    await coordinatorPage.getByLabel(field("Red")).selectOption({ label: "Metropolis" });
    await coordinatorPage.getByLabel(field("Área temática")).selectOption({ label: "Desarrollo urbano" });
    await coordinatorPage.getByLabel(field("Desde")).fill(todayBA());
    const request = await captureAction(coordinatorPage, () =>
      coordinatorPage.getByRole("button", { name: "Guardar", exact: true }).click(),
    );

    // …the head's form does not offer him, and his assignments' edit pages are forbidden…
    const { context: head, page } = await browser.signedInPage("head");
    await page.goto("/asignaciones/nueva");
    await page.getByRole("heading", { level: 1, name: "Nueva asignación" }).waitFor();
    await expect(searchedNames(page, "Persona", "ledesma")).resolves.toEqual([]);
    await page.goto("/asignaciones?q=Ledesma");
    await page
      .locator("table tbody tr")
      .first()
      .getByRole("link", { name: /^Ver la asignación de Santiago Ledesma/ })
      .click();
    await page.waitForURL(/\/asignaciones\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
    await page.getByRole("heading", { level: 1, name: /^Santiago Ledesma en / }).waitFor();
    await expect(page.getByRole("link", { name: "Editar asignación" }).count()).resolves.toBe(0);
    await expect(page.getByRole("region", { name: "Finalizar la asignación" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.goto(`${new URL(page.url()).pathname}/editar`);
    await expect(appAlert(page).textContent()).resolves.toContain(
      "Sin permiso para gestionar esta asignación",
    );
    await expect(page.getByRole("button", { name: "Guardar", exact: true }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    // …and the captured POST replayed with the head's cookies is refused.
    await expectReplayRefused(head, request);
    expect(await countFor(coordinatorPage, "Ledesma")).toBe(before);
    await coordinator.close();
    await head.close();
  });

  it("a second active focal point for one body is refused with the field message, keeping the input", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    const before = await countFor(page, "Salvatierra");
    await page.goto("/asignaciones/nueva");
    await page.getByRole("heading", { level: 1, name: "Nueva asignación" }).waitFor();
    await chooseSearched(page, "Persona", "salvatierra", "Diego Salvatierra");
    await page.getByLabel(field("Rol")).selectOption({ label: "Punto focal" });
    await page.getByLabel(field("Red")).selectOption({ label: "Mercociudades" });
    await page.getByLabel(field("Órgano")).selectOption({ label: "Unidad Temática de Cultura" });
    await page.getByLabel(field("Desde")).fill(todayBA());
    await page.getByLabel(field("Notas")).fill("Nota que no debe perderse");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();

    const message = "Este órgano ya tiene un punto focal activo.";
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(`Rol: ${message}`);
    // The message sits next to the field, which is marked invalid and described by it.
    const role = page.getByLabel(field("Rol"));
    await expect(role.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator("#role-error").textContent()).resolves.toContain(message);
    await expect(role.inputValue()).resolves.toBe("focal_point");
    await expect(page.getByLabel(field("Notas")).inputValue()).resolves.toBe("Nota que no debe perderse");
    await expect
      .poll(() => page.getByLabel(field("Órgano")).locator("option:checked").textContent())
      .toBe("Unidad Temática de Cultura");
    await expect(page.getByRole("combobox", { name: "Persona", exact: true }).inputValue()).resolves.toBe(
      "Diego Salvatierra",
    );
    await expectNoAxeViolations(page);
    expect(await countFor(page, "Salvatierra")).toBe(before);
    await context.close();
  });
});
