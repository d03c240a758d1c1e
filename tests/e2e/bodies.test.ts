import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, expectNoAxeViolations } from "./support";
import { captureActions, expectReplayRefused } from "./actions";

const UCCI = "Unión de Ciudades Capitales Iberoamericanas";
const NEW_BODY = "Comisión de Movilidad Urbana";
const UUID_PATH = /\/organos\/([0-9a-f-]{36})/;

const save = (page: Page) => page.getByRole("button", { name: "Guardar", exact: true }).click();
const tree = (page: Page) => page.getByRole("region", { name: "Órganos e instancias" });
/** The tree item of a body (its <li>, dependents included). */
const treeItem = (page: Page, name: string) =>
  tree(page)
    .locator("li", { has: page.getByRole("link", { name, exact: true }) })
    .first();
const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Opens UCCI's profile and returns its path (/redes/<id>). */
async function openUcci(page: Page): Promise<string> {
  await page.goto("/redes?q=UCCI");
  await page.getByRole("link", { name: UCCI }).click();
  await page.waitForURL(/\/redes\/[0-9a-f-]{36}$/);
  return pathOf(page);
}

describe("bodies of a network", () => {
  const browser = browserForFile();

  it("a coordinator adds a body under the Assembly, cannot close a cycle, archives and restores it", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    const ucciPath = await openUcci(page);

    await page.goto(`${ucciPath}/organos/nuevo`);
    await page.getByRole("heading", { name: "Nuevo órgano", level: 1 }).waitFor();
    await expectNoAxeViolations(page);

    // Checked in the browser with the server's schema: nothing typed is lost.
    await page.getByLabel("Nota sobre la frecuencia").fill("Se reúne junto a la Asamblea");
    await save(page);
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    const summaryText = await summary.textContent();
    expect(summaryText).toContain("Nombre: Este campo es obligatorio.");
    expect(summaryText).toContain("Tipo de órgano: Este campo es obligatorio.");
    await expect(page.getByLabel("Nombre").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByLabel("Nota sobre la frecuencia").inputValue()).resolves.toBe(
      "Se reúne junto a la Asamblea",
    );
    await expectNoAxeViolations(page);

    await page.getByLabel("Nombre").fill(NEW_BODY);
    await page.getByLabel("Tipo de órgano").selectOption({ label: "Comisión" });
    await page.getByLabel("Depende de").selectOption({ label: "Asamblea General" });
    await page.getByLabel("Área temática").selectOption({ label: "Desarrollo urbano" });
    await page.getByLabel("Frecuencia de reuniones").selectOption({ label: "Anual" });
    await page.getByLabel("Mes habitual").selectOption({ label: "Noviembre" });
    await save(page);
    await page.waitForURL(/\/organos\/[0-9a-f-]{36}\?estado=creado/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El órgano se creó correctamente." }).waitFor();
    const commissionId = UUID_PATH.exec(page.url())![1]!;
    await page.getByRole("heading", { level: 1, name: NEW_BODY }).waitFor();
    const details = await page.getByRole("region", { name: "Datos del órgano" }).textContent();
    expect(details).toContain("Asamblea General");
    expect(details).toContain("Anual (Se reúne junto a la Asamblea)");
    expect(details).toContain("noviembre");
    expect(details).toContain("Desarrollo urbano");
    await expect(page.getByRole("navigation", { name: "Ubicación" }).textContent()).resolves.toMatch(
      /Unión de Ciudades Capitales Iberoamericanas.*Asamblea General.*Comisión de Movilidad Urbana/,
    );

    // In the network's tree, nested under the Assembly and marked as the current page.
    const assemblyItem = treeItem(page, "Asamblea General");
    const nested = assemblyItem.locator("ul li", {
      has: page.getByRole("link", { name: NEW_BODY, exact: true }),
    });
    await expect(nested.count()).resolves.toBe(1);
    await expect(
      nested.getByRole("link", { name: NEW_BODY, exact: true }).getAttribute("aria-current"),
    ).resolves.toBe("page");
    await expect(nested.textContent()).resolves.toContain("Anual (Se reúne junto a la Asamblea) · noviembre");
    await expect(nested.textContent()).resolves.toContain("Área temática: Desarrollo urbano");
    await expect(
      page.getByRole("link", { name: `Agregar dependiente de ${NEW_BODY}` }).count(),
    ).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    // The Assembly cannot be archived while it has an active dependent.
    await tree(page).getByRole("link", { name: "Asamblea General", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Asamblea General" }).waitFor();
    const assemblyPath = pathOf(page);
    await expect(page.getByRole("button", { name: "Archivar órgano" }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole("region", { name: "Archivo" }).textContent()).resolves.toContain(
      "primero archivá o mové a otro órgano sus dependientes activos",
    );
    await expect(page.getByRole("region", { name: "Órganos dependientes" }).textContent()).resolves.toContain(
      NEW_BODY,
    );

    // Moving the Assembly under its new dependent: the form does not offer it…
    await page.getByRole("link", { name: "Editar órgano" }).click();
    await page.getByRole("heading", { level: 1, name: "Editar Asamblea General" }).waitFor();
    const parentSelect = page.getByLabel("Depende de");
    const offered = (await parentSelect.locator("option").allTextContents()).map((o) => o.trim());
    expect(offered).toContain("Comité Ejecutivo");
    expect(offered).not.toContain(NEW_BODY);
    expect(offered).not.toContain("Asamblea General");
    await expectNoAxeViolations(page);
    // …so a forged (or stale) form asks for it, and the server refuses with a field error.
    await parentSelect.evaluate((select: HTMLSelectElement, id: string) => {
      select.add(new Option("Comisión de Movilidad Urbana", id));
      select.value = id;
    }, commissionId);
    await page.getByLabel("Descripción").fill("Cambio que no debe guardarse");
    await save(page);
    const refusal = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain(
      "Depende de: Un órgano no puede depender de sí mismo ni de uno de sus dependientes.",
    );
    await expect(parentSelect.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByLabel("Descripción").inputValue()).resolves.toBe("Cambio que no debe guardarse");
    await expectNoAxeViolations(page);

    // Nothing changed: still a top-level body, with the commission below it.
    await page.goto(assemblyPath);
    const assemblyDetails = page.getByRole("region", { name: "Datos del órgano" });
    await expect(assemblyDetails.textContent()).resolves.toContain(
      "Ninguno: es un órgano principal de la red",
    );
    await expect(assemblyDetails.textContent()).resolves.not.toContain("Cambio que no debe guardarse");
    await expect(
      treeItem(page, "Asamblea General")
        .locator("ul")
        .getByRole("link", { name: NEW_BODY, exact: true })
        .count(),
    ).resolves.toBe(1);

    // Archive the commission, then restore it.
    await page.goto(`/organos/${commissionId}`);
    await page.getByRole("button", { name: "Archivar órgano" }).click();
    await page.waitForURL(/estado=archivado/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El órgano se archivó." }).waitFor();
    await appAlert(page).filter({ hasText: "Este órgano está archivado" }).waitFor();
    await expect(
      treeItem(page, "Asamblea General")
        .locator("ul")
        .getByRole("link", { name: NEW_BODY, exact: true })
        .count(),
    ).resolves.toBe(0);
    await expect(tree(page).locator("details").textContent()).resolves.toContain("1 órgano archivado");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Restaurar órgano" }).click();
    await page.waitForURL(/estado=restaurado/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El órgano se restauró." }).waitFor();
    await expect(
      treeItem(page, "Asamblea General")
        .locator("ul")
        .getByRole("link", { name: NEW_BODY, exact: true })
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByText("Este órgano está archivado").count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("technical staff see no edit links, are refused on the forms and when posting to the actions directly", async () => {
    // Capture real requests (action id + body) from a coordinator's browser…
    const { context: coordinator, page: coordinatorPage } = await browser.signedInPage("coordinator");
    const ucciPath = await openUcci(coordinatorPage);
    await coordinatorPage.goto(`${ucciPath}/organos/nuevo`);
    const assemblyId = await coordinatorPage
      .getByLabel("Depende de")
      .locator("option", { hasText: "Asamblea General" })
      .getAttribute("value");
    expect(assemblyId).toMatch(/^[0-9a-f-]{36}$/);
    const captured = captureActions(coordinatorPage);
    await coordinatorPage.getByLabel("Nombre").fill("Grupo creado sin permiso");
    await coordinatorPage.getByLabel("Tipo de órgano").selectOption({ label: "Grupo de trabajo" });
    await coordinatorPage.getByLabel("Depende de").selectOption({ value: assemblyId! });
    let next = captured.next();
    await save(coordinatorPage);
    const createRequest = await next;

    await coordinatorPage.goto("/organos/" + assemblyId);
    await tree(coordinatorPage).getByRole("link", { name: "Secretaría General", exact: true }).click();
    await coordinatorPage.getByRole("heading", { level: 1, name: "Secretaría General" }).waitFor();
    const secretariatPath = pathOf(coordinatorPage);
    next = captured.next();
    await coordinatorPage.getByRole("button", { name: "Archivar órgano" }).click();
    const archiveRequest = await next;

    // …and look at the same pages, and replay the requests, as technical staff.
    const { context: technical, page } = await browser.signedInPage("technical");
    await page.goto(`/organos/${assemblyId}`);
    await page.getByRole("heading", { level: 1, name: "Asamblea General" }).waitFor();
    await tree(page).waitFor();
    await expect(page.getByRole("link", { name: "Editar órgano" }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: "Agregar órgano" }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: /Agregar dependiente/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /Archivar|Restaurar/ }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    for (const path of [`/organos/${assemblyId}/editar`, `${ucciPath}/organos/nuevo`]) {
      await page.goto(path);
      await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para editar órganos");
      await expect(page.getByRole("button", { name: "Guardar", exact: true }).count()).resolves.toBe(0);
      await expectNoAxeViolations(page);
    }

    for (const request of [createRequest, archiveRequest]) await expectReplayRefused(technical, request);

    // Nothing was created or archived.
    await page.goto(secretariatPath);
    await page.getByRole("heading", { level: 1, name: "Secretaría General" }).waitFor();
    await expect(page.getByText("Este órgano está archivado").count()).resolves.toBe(0);
    await expect(tree(page).textContent()).resolves.not.toContain("Grupo creado sin permiso");
    await expect(tree(page).locator("details").count()).resolves.toBe(0);
    await coordinator.close();
    await technical.close();
  });
});
