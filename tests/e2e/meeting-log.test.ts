import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, chooseSearched, expectNoAxeViolations, searchedNames } from "./support";
import { captureAction, expectReplayRefused } from "./actions";

// One meeting of our own (in the past, so that it can be closed), logged step by step by a
// coordinator, answered by the technical user who is in its delegation, then closed.
const TITLE = `Consejo de la UCCI — registro ${Date.now().toString(36)}`;
const TECHNICAL_PERSON = "Julián Pereyra";
const OTHER_PERSON = "Ana Lucero";

/** A date a few days ago, as <input type="date"> wants it. */
function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

async function agendaTitles(page: Page): Promise<string[]> {
  const items = page.getByRole("region", { name: "Agenda" }).getByRole("listitem");
  return (await items.locator("span.font-medium").allTextContents()).map((s) => s.trim());
}

describe("meeting log", () => {
  const browser = browserForFile();
  let meetingPath = "";

  it("a coordinator logs agenda, delegation, a decision, the order and the minutes", async () => {
    const { context, page } = await browser.signedInPage("coordinator");

    await page.goto("/reuniones/nueva");
    await page.getByLabel("Red").selectOption({ label: "Unión de Ciudades Capitales Iberoamericanas" });
    await page.getByLabel("Título").fill(TITLE);
    await page.getByLabel("Tipo").selectOption({ label: "Consejo" });
    await page.getByLabel("Fecha de inicio").fill(daysAgo(3));
    await page.getByLabel("Fecha de finalización").fill(daysAgo(3));
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/\/reuniones\/[0-9a-f-]{36}\?estado=creada/, { waitUntil: "commit" });
    meetingPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();

    // Agenda: the form validates in the browser and keeps what was typed.
    await page.getByRole("link", { name: "Agregar punto" }).click();
    await page.getByRole("heading", { level: 1, name: "Nuevo punto de la agenda" }).waitFor();
    await page.getByLabel("Duración (minutos)").fill("media hora");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain("Tema: Este campo es obligatorio.");
    await expect(summary.textContent()).resolves.toContain("Ingresá la duración en minutos");
    await expect(page.getByLabel("Duración (minutos)").inputValue()).resolves.toBe("media hora");
    await expectNoAxeViolations(page);
    await page.getByLabel("Tema").fill("Apertura");
    await page.getByLabel("Duración (minutos)").fill("15");
    await page.getByLabel("Presenta").fill("Secretaría General de la UCCI");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=punto-creado/, { waitUntil: "commit" });
    await page.getByText("El punto se agregó a la agenda.").waitFor();
    for (const title of ["Informe de gestión", "Cierre"]) {
      await page.getByRole("link", { name: "Agregar punto" }).click();
      await page.getByLabel("Tema").fill(title);
      await page.getByRole("button", { name: "Guardar", exact: true }).click();
      await page.waitForURL(/estado=punto-creado/, { waitUntil: "commit" });
      await page.getByRole("region", { name: "Agenda" }).getByText(title, { exact: true }).waitFor();
    }
    expect(await agendaTitles(page)).toEqual(["Apertura", "Informe de gestión", "Cierre"]);

    // Reorder with buttons; focus stays on the button and the new place is announced.
    const down = page.getByRole("button", { name: "Bajar «Apertura»" });
    await down.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => agendaTitles(page), { timeout: 10_000 })
      .toEqual(["Informe de gestión", "Apertura", "Cierre"]);
    await page.getByText("«Apertura» quedó en la posición 2 de 3.").waitFor({ state: "attached" });
    await expect(down.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByRole("button", { name: "Subir «Cierre»" }).click();
    await expect
      .poll(() => agendaTitles(page), { timeout: 10_000 })
      .toEqual(["Informe de gestión", "Cierre", "Apertura"]);

    // Delegation: two people.
    for (const [person, role] of [
      [TECHNICAL_PERSON, "Orador/a"],
      [OTHER_PERSON, "Jefatura de delegación"],
    ] as const) {
      await page.getByRole("link", { name: "Agregar persona" }).click();
      await page.getByRole("heading", { level: 1, name: "Agregar persona a la delegación" }).waitFor();
      await chooseSearched(page, "Persona", person.toLowerCase(), person);
      await page.getByLabel("Rol en la delegación").selectOption({ label: role });
      await page.getByRole("button", { name: "Guardar", exact: true }).click();
      await page.waitForURL(/estado=persona-agregada/, { waitUntil: "commit" });
      await page
        .getByRole("region", { name: "Delegación de la Ciudad" })
        .getByRole("row")
        .filter({ hasText: person })
        .waitFor();
    }
    const delegation = page.getByRole("region", { name: "Delegación de la Ciudad" });
    await expect(delegation.textContent()).resolves.toContain("tecnica@redes.local");
    await page.getByRole("link", { name: "Agregar persona" }).click();
    // Who is in the delegation already is not found again.
    await page.getByRole("heading", { level: 1, name: "Agregar persona a la delegación" }).waitFor();
    await expect(searchedNames(page, "Persona", TECHNICAL_PERSON.toLowerCase())).resolves.not.toContain(
      TECHNICAL_PERSON,
    );
    await page.goto(meetingPath);

    // A decision.
    await page.getByRole("link", { name: "Agregar decisión" }).click();
    await page.getByLabel("Decisión").fill("La próxima reunión del Consejo será en Lisboa.");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=decision-creada/, { waitUntil: "commit" });
    await page
      .getByRole("region", { name: "Decisiones" })
      .getByText("La próxima reunión del Consejo será en Lisboa.")
      .waitFor();

    // Minutes with a list; typed HTML stays text.
    await page.getByRole("link", { name: "Escribir acta" }).click();
    await page.getByRole("heading", { level: 1, name: `Acta de ${TITLE}` }).waitFor();
    await page
      .getByRole("textbox", { name: /^Acta/ })
      .fill(
        "Se revisó el plan de **trabajo**.\n\n- Informe de la presidencia\n- Presupuesto 2027\n\n<img src=x onerror=alert(1)>",
      );
    const preview = page.getByRole("region", { name: "Vista previa" });
    await preview.getByRole("listitem").filter({ hasText: "Presupuesto 2027" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=acta-guardada/, { waitUntil: "commit" });
    const minutes = page.getByRole("region", { name: "Acta / resumen" });
    await minutes.getByRole("listitem").filter({ hasText: "Informe de la presidencia" }).waitFor();
    await expect(minutes.locator("strong").textContent()).resolves.toBe("trabajo");
    await expect(minutes.textContent()).resolves.toContain("<img src=x onerror=alert(1)>");
    await expect(minutes.locator("img").count()).resolves.toBe(0);

    // The history shows the log's events in words.
    const history = page.getByRole("region", { name: "Historial de cambios" });
    await expect(history.textContent()).resolves.toContain("Agregó un punto a la agenda");
    await expect(history.textContent()).resolves.toContain("Sumó una persona a la delegación");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("technical staff in the delegation confirm their own attendance, see no edit controls, and a replayed manage action is refused", async () => {
    // Capture a real "add agenda item" request from a coordinator's browser (aborted, not sent)…
    const { context: coordinator, page: coordinatorPage } = await browser.signedInPage("coordinator");
    await coordinatorPage.goto(`${meetingPath}/agenda/nuevo`);
    await coordinatorPage.getByLabel("Tema").fill("Punto inyectado");
    const request = await captureAction(coordinatorPage, () =>
      coordinatorPage.getByRole("button", { name: "Guardar", exact: true }).click(),
    );

    const { context: technical, page } = await browser.signedInPage("technical");
    await page.goto(meetingPath);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    for (const name of [
      "Agregar punto",
      "Agregar persona",
      "Agregar decisión",
      "Escribir acta",
      "Editar reunión",
    ]) {
      await expect(page.getByRole("link", { name }).count()).resolves.toBe(0);
    }
    await expect(page.getByRole("link", { name: "Marcar como realizada" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /^(Subir|Bajar) / }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: /^Editar / }).count()).resolves.toBe(0);
    const delegation = page.getByRole("region", { name: "Delegación de la Ciudad" });
    const ownRow = delegation.getByRole("row").filter({ hasText: TECHNICAL_PERSON });
    const otherRow = delegation.getByRole("row").filter({ hasText: OTHER_PERSON });
    await expect(otherRow.getByRole("button").count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await ownRow.getByRole("button", { name: "Confirmar mi asistencia" }).click();
    await page.waitForURL(/estado=asistencia-confirmada/, { waitUntil: "commit" });
    // The confirmation, and the delegate's own row, which now says the same.
    await appAlert(page).filter({ hasText: "Confirmaste tu asistencia." }).waitFor();
    await expect(ownRow.textContent()).resolves.toContain("Confirmado/a");
    await expect(otherRow.textContent()).resolves.toContain("Invitado/a");
    await expectNoAxeViolations(page);

    // The log's forms are forbidden…
    for (const path of [
      `${meetingPath}/agenda/nuevo`,
      `${meetingPath}/acta`,
      `${meetingPath}/delegacion/nueva`,
    ]) {
      await page.goto(path);
      await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para editar reuniones");
    }
    await page.goto(`${meetingPath}/cerrar`);
    await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para cerrar reuniones");

    // …and the coordinator's captured POST, replayed with the technical user's session, is refused.
    await expectReplayRefused(technical, request);
    await page.goto(meetingPath);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    expect(await agendaTitles(page)).toEqual(["Informe de gestión", "Cierre", "Apertura"]);
    await coordinator.close();
    await technical.close();
  });

  it("closing asks for every delegate's attendance, then marks the meeting held", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    await page.goto(meetingPath);
    await page.getByRole("link", { name: "Marcar como realizada" }).click();
    await page.getByRole("heading", { level: 1, name: `Marcar como realizada: ${TITLE}` }).waitFor();
    // The minutes written before are in the editor, as text.
    await expect(page.getByRole("textbox", { name: /^Acta/ }).inputValue()).resolves.toContain(
      "- Presupuesto 2027",
    );
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Marcar como realizada" }).click();
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(
      `${TECHNICAL_PERSON}: Indicá si asistió o estuvo ausente.`,
    );
    await expect(summary.textContent()).resolves.toContain(
      `${OTHER_PERSON}: Indicá si asistió o estuvo ausente.`,
    );
    await expectNoAxeViolations(page);
    // Nothing was saved.
    await page.goto(meetingPath);
    await expect(page.getByRole("main").getByText("Realizada", { exact: true }).count()).resolves.toBe(0);
    await page.goto(`${meetingPath}/cerrar`);

    const attendance = page.getByRole("group", { name: "Asistencia de la delegación" });
    await attendance
      .getByRole("group", { name: new RegExp(TECHNICAL_PERSON) })
      .getByLabel("Asistió")
      .check();
    await attendance
      .getByRole("group", { name: new RegExp(OTHER_PERSON) })
      .getByLabel("Ausente")
      .check();
    await page.getByRole("button", { name: "Marcar como realizada" }).click();
    await page.waitForURL(/estado=cerrada/, { waitUntil: "commit" });
    await page.getByText("La reunión se cerró").waitFor();
    await page.getByRole("main").getByText("Realizada", { exact: true }).first().waitFor();
    const delegation = page.getByRole("region", { name: "Delegación de la Ciudad" });
    await expect(
      delegation.getByRole("row").filter({ hasText: TECHNICAL_PERSON }).textContent(),
    ).resolves.toContain("Asistió");
    await expect(
      delegation.getByRole("row").filter({ hasText: OTHER_PERSON }).textContent(),
    ).resolves.toContain("Ausente");
    await expect(page.getByRole("link", { name: "Marcar como realizada" }).count()).resolves.toBe(0);
    await expect(page.getByRole("region", { name: "Historial de cambios" }).textContent()).resolves.toContain(
      "Cerró la reunión",
    );
    await expectNoAxeViolations(page);
    await context.close();
  });
});
