import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  appAlert,
  browserForFile,
  type DemoRole,
  expectNoAxeViolations,
  showsText,
  signInAs,
} from "./support";

const areaRows = (page: Page) => page.locator("table tbody th").allTextContents();

describe("administration: audit log and thematic areas", () => {
  const browser = browserForFile();

  async function signedIn(role: DemoRole) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, role);
    return { context, page };
  }

  it("a coordinator's edit appears in the audit log with its before → after values", async () => {
    const coordinator = await signedIn("coordinator");
    await coordinator.page.goto("/redes?q=Metropolis");
    await coordinator.page.getByRole("link", { name: "Metropolis" }).click();
    await coordinator.page.getByRole("link", { name: "Editar red" }).click();
    const headquarters = coordinator.page.getByLabel("Sede");
    const previous = await headquarters.inputValue();
    const next = `${previous || "Barcelona"} (auditoría E2E)`;
    await headquarters.fill(next);
    await coordinator.page.getByRole("button", { name: "Guardar", exact: true }).click();
    await coordinator.page.waitForURL(/estado=guardada/, { waitUntil: "commit" });
    await showsText(coordinator.page, next);
    await coordinator.context.close();

    const { context, page } = await signedIn("admin");
    await page.goto("/admin");
    await page.getByRole("link", { name: /Registro de auditoría/ }).click();
    await page.getByRole("heading", { level: 1, name: "Registro de auditoría" }).waitFor();
    await expectNoAxeViolations(page);

    // Filter with the form: the coordinator's network updates.
    // The user is a searched field: type, pick the match with the keyboard.
    const user = page.getByRole("combobox", { name: "Usuario" });
    await user.fill("coordinacion@");
    await page.getByRole("option", { name: /Valeria Sosa/ }).waitFor();
    await user.press("ArrowDown");
    await user.press("Enter");
    await expect(user.inputValue()).resolves.toBe("Valeria Sosa");
    await page.getByLabel("Acción").selectOption({ label: "Modificó la red" });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/action=network\.update/);
    expect(page.url()).toMatch(/user=[0-9a-f-]{36}/);
    // The page names the chosen user, read by id (the field has no list of every user).
    await expect(page.getByRole("combobox", { name: "Usuario" }).inputValue()).resolves.toBe("Valeria Sosa");
    const row = page.locator("tbody tr").first();
    await expect(row.textContent()).resolves.toContain("Metropolis");
    await expect(row.textContent()).resolves.toContain("Valeria Sosa");
    await expect(row.textContent()).resolves.toContain("Modificó la red");
    await row.getByText("Ver detalle").click();
    const details = row.locator("details dl");
    await details.waitFor();
    const change = details.locator("div").filter({ hasText: "Sede" });
    await expect(change.textContent()).resolves.toBe(`Sedeantes${previous || "—"}→después${next}`);
    await expect(change.locator("del").textContent()).resolves.toBe(previous || "—");
    await expect(change.locator("ins").textContent()).resolves.toBe(next);
    // The record links to its page.
    await expect(row.getByRole("link", { name: "Metropolis" }).getAttribute("href")).resolves.toMatch(
      /^\/redes\/[0-9a-f-]{36}$/,
    );
    await expectNoAxeViolations(page);

    // Sign-ins are in the log too.
    await page.goto("/admin/auditoria?action=auth.sign_in");
    await expect(page.locator("tbody tr").first().textContent()).resolves.toContain("Inició sesión");
    // A bookmark with the Spanish names of before lands on the same view.
    await page.goto("/admin/auditoria?accion=auth.sign_in");
    expect(new URL(page.url()).search).toBe("?action=auth.sign_in");

    // The network's own history shows the change, and links an administrator to the whole log
    // filtered by this record.
    await page.goto("/redes?q=Metropolis");
    await page.getByRole("link", { name: "Metropolis" }).click();
    const history = page.getByRole("region", { name: "Historial de cambios" });
    await history.waitFor();
    const latest = history.locator("tbody tr").first();
    // Its who and what, cell by cell (after the when).
    await expect(
      latest
        .locator("th, td")
        .allTextContents()
        .then((cells) => cells.slice(1, 3)),
    ).resolves.toEqual(["Valeria Sosa", "Modificó la red"]);
    await expect(latest.textContent()).resolves.toContain(`Sedeantes${previous || "—"}→después${next}`);
    await history.getByRole("link", { name: /Ver todo/ }).click();
    await page.waitForURL(/type=network&record=[0-9a-f-]{36}/);
    await showsText(page, "Solo el registro Red «Metropolis».");
    await expect(page.locator("tbody tr").first().textContent()).resolves.toContain("Modificó la red");
    await context.close();
  });

  it("a coordinator creates, renames and merges thematic areas", async () => {
    const { context, page } = await signedIn("coordinator");
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: /Registro de auditoría/ }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: /Áreas temáticas/ }).click();
    await page.getByRole("heading", { level: 1, name: "Áreas temáticas" }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel("Nombre de la nueva área").fill("Área E2E de prueba");
    await page.getByRole("button", { name: "Crear área" }).click();
    await page.waitForURL(/estado=creada/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El área temática «Área E2E de prueba» se creó." }).waitFor();
    expect(await areaRows(page)).toContain("Área E2E de prueba");

    // The same name in other case is refused, and what was typed stays.
    await page.getByLabel("Nombre de la nueva área").fill("área e2e DE PRUEBA");
    await page.getByRole("button", { name: "Crear área" }).click();
    await page.getByText("Ya existe un área temática con ese nombre.").first().waitFor();
    const input = page.getByLabel("Nombre de la nueva área");
    await expect(input.inputValue()).resolves.toBe("área e2e DE PRUEBA");
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: /^Cambiar nombre\W+Área E2E de prueba$/ }).click();
    await page
      .getByRole("heading", { level: 1, name: "Cambiar el nombre de «Área E2E de prueba»" })
      .waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("textbox", { name: /^Nombre/ }).fill("Movilidad sostenible E2E");
    await page.getByRole("button", { name: "Guardar el nombre" }).click();
    await page.waitForURL(/estado=renombrada/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El nombre del área temática se cambió." }).waitFor();
    const names = await areaRows(page);
    expect(names).toContain("Movilidad sostenible E2E");
    expect(names).not.toContain("Área E2E de prueba");

    await page.getByRole("link", { name: "Fusionar áreas" }).click();
    await page.getByRole("heading", { level: 1, name: "Fusionar áreas temáticas" }).waitFor();
    await page.getByLabel("Área que se elimina").selectOption({ label: "Movilidad sostenible E2E" });
    await page.getByLabel("Área que queda").selectOption({ label: "Desarrollo urbano" });
    await page.getByRole("button", { name: "Revisar la fusión" }).click();
    const confirmation = page.getByRole("region", { name: "2. Confirmá la fusión" });
    await confirmation.waitFor();
    await expect(confirmation.textContent()).resolves.toContain(
      "Vas a fusionar «Movilidad sostenible E2E» en «Desarrollo urbano»",
    );
    await expect(confirmation.textContent()).resolves.toContain("«Movilidad sostenible E2E» se elimina.");
    await expectNoAxeViolations(page);
    await page.getByLabel("Entiendo que «Movilidad sostenible E2E» se eliminará").check();
    await page.getByRole("button", { name: "Fusionar las áreas" }).click();
    await page.waitForURL(/estado=fusionada/, { waitUntil: "commit" });
    await appAlert(page)
      .filter({
        hasText: "Las áreas se fusionaron: todo lo que usaba el área eliminada pasó a «Desarrollo urbano».",
      })
      .waitFor();
    const after = await areaRows(page);
    expect(after).not.toContain("Movilidad sostenible E2E");
    expect(after).toContain("Desarrollo urbano");
    await context.close();

    // The administrator sees the three events of the area, in words.
    const admin = await signedIn("admin");
    await admin.page.goto("/admin/auditoria?type=thematic_area");
    const rows = admin.page.locator("tbody tr");
    await expect(rows.nth(0).textContent()).resolves.toContain("Fusionó áreas temáticas");
    // The changes are rendered when opened.
    await rows.nth(0).getByText("Ver detalle").click();
    await rows.nth(0).locator("details ul").waitFor();
    await expect(rows.nth(0).locator("details").textContent()).resolves.toContain(
      "Fusionó «Movilidad sostenible E2E» en esta área",
    );
    await expect(rows.nth(1).textContent()).resolves.toContain("Cambió el nombre del área temática");
    await expect(rows.nth(2).textContent()).resolves.toContain("Creó el área temática");
    await admin.context.close();
  });

  it("a viewer may not read the audit log and sees the thematic areas read-only", async () => {
    const { context, page } = await signedIn("viewer");
    await page.goto("/admin/auditoria");
    await expect(appAlert(page).textContent()).resolves.toContain(
      "Sin permiso para ver el registro de auditoría",
    );
    await expect(page.locator("table").count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.goto("/admin");
    await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso");

    await page.goto("/areas-tematicas");
    await page.getByRole("heading", { level: 1, name: "Áreas temáticas" }).waitFor();
    expect(await areaRows(page)).toContain("Cultura");
    await expect(page.getByRole("button", { name: "Crear área" }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: /Cambiar nombre/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: "Fusionar áreas" }).count()).resolves.toBe(0);
    await showsText(page, "Solo la coordinación del área y la administración pueden crear");
    await expectNoAxeViolations(page);
    await page.goto("/areas-tematicas/fusionar");
    await expect(appAlert(page).textContent()).resolves.toContain(
      "Sin permiso para modificar áreas temáticas",
    );
    await context.close();
  });
});
