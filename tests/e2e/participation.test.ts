import type { BrowserContext, Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  appAlert,
  browserForFile,
  chooseSearched,
  expectNoAxeViolations,
  gotoSettled,
  login,
  signInAs,
} from "./support";
import { captureAction, expectReplayRefused } from "./actions";
import { addDays, ddmmyyyy, todayBA } from "./dates";

// "Mi participación" as the demo's technical user (tecnica@redes.local = Julián Pereyra, of
// the Secretaría de Ambiente). In the demo data he is the focal point of Mercociudades' thematic
// unit on environment and has other active assignments; Ana Lucero is another technical person
// of the same department (db/seed). A coordinator first creates what this suite changes — an
// upcoming meeting with Julián in its delegation and a commitment he owns — so the demo's own
// records are only read (and one participation update is added to his own assignment).

const STAMP = Date.now().toString(36);
const MEETING_TITLE = `Reunión preparatoria de la unidad temática (mi participación ${STAMP})`;
const OWN_COMMITMENT = `Enviar el relevamiento de buenas prácticas (mi participación ${STAMP})`;
const UPDATE_TEXT = `Presenté el avance del inventario de emisiones en la reunión virtual (${STAMP}).`;
const OWN_ASSIGNMENT = "Mercociudades — Unidad Temática de Ambiente y Desarrollo Sostenible";
const OTHER_PERSON = "Ana Lucero";
const OTHER_COMMITMENT = "Completar el reporte anual de la Ciudad ante el Pacto Global de Alcaldes";

const assignmentCard = (page: Page, heading: string) =>
  page.getByRole("region", { name: "Mis asignaciones activas" }).getByRole("article", { name: heading });
const commitmentCard = (page: Page, title: string) =>
  page.getByRole("region", { name: "Mis compromisos pendientes" }).getByRole("article", { name: title });
const lastUpdate = async (card: Locator) =>
  ((await card.locator("[data-last-update]").textContent()) ?? "").replace(/\s+/g, " ").trim();

/** A page in a phone-sized context of its own, signed in as the technical user. */
async function phonePage(
  browser: ReturnType<typeof browserForFile>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signInAs(page, "technical");
  return { context, page };
}

/**
 * After a save the page comes back at the card that was saved: its confirmation is inside
 * `card`, holds the focus and is on screen (the page scrolled down to it when it lies below the
 * first screen), and it is the only one.
 */
async function expectBackAt(page: Page, card: Locator, text: string): Promise<void> {
  const flash = card.locator('[data-alert="success"]').filter({ hasText: text });
  await flash.waitFor();
  await expect.poll(() => flash.evaluate((el) => el === document.activeElement)).toBe(true);
  const box = (await flash.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  // A card lower than the first screen is reached by scrolling, not by a jump to the top.
  const top = await flash.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  if (top > page.viewportSize()!.height) {
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  }
  await expect(appAlert(page).filter({ hasText: text }).count()).resolves.toBe(1);
}

/** A record page's "label → value" list (the first <dl> of the given region). */
async function details(region: Locator): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const row of await region.locator("dl > div").all()) {
    const label = (await row.locator("dt").textContent())?.trim() ?? "";
    out[label] = ((await row.locator("dd").textContent()) ?? "").replace(/\s+/g, " ").trim();
  }
  return out;
}

describe("my participation", () => {
  const browser = browserForFile();
  const today = todayBA();
  let ownCommitmentPath = "";
  let meetingPath = "";

  beforeAll(async () => {
    // A coordinator prepares the suite's own records.
    const { page: coordinator } = await browser.signedInPage("coordinator");

    await coordinator.goto("/reuniones/nueva");
    await coordinator.getByLabel("Red").selectOption({ label: "Mercociudades" });
    await coordinator.getByLabel("Título").fill(MEETING_TITLE);
    await coordinator.getByLabel("Tipo").selectOption({ label: "Grupo de trabajo" });
    await coordinator.getByLabel("Fecha de inicio").fill(addDays(today, 6));
    await coordinator.getByLabel("Fecha de finalización").fill(addDays(today, 6));
    await coordinator.getByRole("button", { name: "Guardar", exact: true }).click();
    await coordinator.waitForURL(/\/reuniones\/[0-9a-f-]{36}\?estado=creada/, { waitUntil: "commit" });
    meetingPath = new URL(coordinator.url()).pathname;
    await coordinator.getByRole("heading", { level: 1, name: MEETING_TITLE }).waitFor();
    for (const [person, role] of [
      ["Julián Pereyra", "Orador/a"],
      [OTHER_PERSON, "Delegado/a"],
    ] as const) {
      await coordinator.getByRole("link", { name: "Agregar persona" }).click();
      await coordinator.getByRole("heading", { level: 1, name: "Agregar persona a la delegación" }).waitFor();
      await chooseSearched(coordinator, "Persona", person.toLowerCase(), person);
      await coordinator.getByLabel("Rol en la delegación").selectOption({ label: role });
      await coordinator.getByRole("button", { name: "Guardar", exact: true }).click();
      await coordinator.waitForURL(/estado=persona-agregada/, { waitUntil: "commit" });
    }

    await coordinator.goto("/compromisos/nuevo");
    await coordinator.getByRole("heading", { level: 1, name: "Nuevo compromiso" }).waitFor();
    await coordinator.getByLabel("Título").fill(OWN_COMMITMENT);
    await coordinator.getByLabel("Red").selectOption({ label: "Mercociudades" });
    await chooseSearched(coordinator, "Responsable", "pereyra", "Julián Pereyra");
    await coordinator.getByLabel("Fecha de vencimiento").fill(addDays(today, -1));
    await coordinator.getByRole("button", { name: "Guardar", exact: true }).click();
    await coordinator.waitForURL(/\/compromisos\/[0-9a-f-]{36}\?estado=creado/, { waitUntil: "commit" });
    ownCommitmentPath = new URL(coordinator.url()).pathname;
  }, 180_000);

  it("shows technical staff their own assignments, upcoming meetings and commitments, and nobody else's", async () => {
    const page = await browser.newPage();
    // Technical staff start here: `/` (where sign-in lands) brings them to Mi participación.
    await login(page, "technical");
    expect(new URL(page.url()).pathname).toBe("/mi-participacion");
    await page.getByRole("heading", { level: 1, name: "Mi participación" }).waitFor();

    // With an overdue commitment, the commitments come first, and the links to each part say so.
    const jump = page.getByRole("navigation", { name: "En esta página" });
    await expect(jump.getByRole("link").allTextContents()).resolves.toEqual([
      "Mis compromisos pendientes (hay vencidos)",
      "Mis asignaciones activas",
      "Mis próximas reuniones",
    ]);
    await expect(jump.getByRole("link").first().getAttribute("href")).resolves.toBe("#mis-compromisos");
    await expect(
      page.getByRole("main").getByRole("heading", { level: 2 }).first().textContent(),
    ).resolves.toBe("Mis compromisos pendientes");
    await expect(page.getByRole("main").textContent()).resolves.toContain("Julián Pereyra");

    // Assignments: his active ones, each with role, start and last update.
    const assignments = page.getByRole("region", { name: "Mis asignaciones activas" });
    const headings = await assignments.getByRole("heading", { level: 3 }).allTextContents();
    expect(headings).toContain(OWN_ASSIGNMENT);
    expect(headings.some((h) => h.startsWith("C40 Cities Climate Leadership Group"))).toBe(true);
    const own = assignmentCard(page, OWN_ASSIGNMENT);
    await expect(own.textContent()).resolves.toContain("Punto focal");
    await expect(own.getByRole("heading", { name: "Últimas novedades" }).count()).resolves.toBe(1);
    await expect(own.getByRole("heading", { name: "Registrar una novedad" }).count()).resolves.toBe(1);

    // Meetings: the upcoming one with him in the delegation, his attendance and the answer buttons.
    const meetings = page.getByRole("region", { name: "Mis próximas reuniones" });
    const row = meetings.getByRole("row").filter({ hasText: MEETING_TITLE });
    await expect(row.textContent()).resolves.toContain("Orador/a");
    await expect(row.textContent()).resolves.toContain("Invitado/a");
    await expect(row.getByRole("button", { name: "Confirmar mi asistencia" }).count()).resolves.toBe(1);

    // Commitments: his pending ones, the overdue first, each with the status form.
    const commitments = page.getByRole("region", { name: "Mis compromisos pendientes" });
    const cards = commitments.getByRole("article");
    await expect(cards.first().locator('[data-due="overdue"]').count()).resolves.toBe(1);
    await expect(commitmentCard(page, OWN_COMMITMENT).textContent()).resolves.toContain("Vencido hace 1 día");

    // Nobody else's: Ana Lucero's commitment and assignments are not here.
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).not.toContain(OTHER_COMMITMENT);
    expect(main).not.toContain(OTHER_PERSON);
    await expectNoAxeViolations(page);
  });

  it("posts a participation update: validated in the browser, nothing typed lost, and the last update changes", async () => {
    const { page } = await phonePage(browser);
    await page.goto("/mi-participacion");
    const card = assignmentCard(page, OWN_ASSIGNMENT);
    await card.waitFor();
    const before = await lastUpdate(card);
    expect(before).not.toContain(ddmmyyyy(today));

    // Empty kind and text, and a date in the future: refused next to each field and in the summary.
    await expect(card.getByLabel("Fecha").inputValue()).resolves.toBe(today);
    await card.getByLabel("Fecha").fill(addDays(today, 1));
    await card.getByRole("button", { name: "Registrar novedad" }).click();
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    const summaryText = (await summary.textContent()) ?? "";
    expect(summaryText).toContain("Fecha: La fecha no puede ser posterior a hoy.");
    expect(summaryText).toContain("Tipo de novedad: Este campo es obligatorio.");
    expect(summaryText).toContain("Novedad: Contá brevemente la novedad.");
    await expect(card.getByRole("textbox", { name: "Novedad" }).getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await expect(card.textContent()).resolves.toContain("Contá brevemente la novedad.");
    await expectNoAxeViolations(page);

    // What was typed stays while the rest is fixed.
    await card.getByRole("textbox", { name: "Novedad" }).fill(UPDATE_TEXT);
    await card.getByRole("combobox", { name: "Tipo de novedad" }).selectOption({ label: "Reunión" });
    await card.getByRole("button", { name: "Registrar novedad" }).click();
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain("La fecha no puede ser posterior a hoy.");
    await expect(card.getByRole("textbox", { name: "Novedad" }).inputValue()).resolves.toBe(UPDATE_TEXT);
    await card.getByLabel("Fecha").fill(today);
    await card.getByRole("button", { name: "Registrar novedad" }).click();
    await page.waitForURL(/estado=novedad-registrada/, { waitUntil: "commit" });
    // Back at this card, not at the top of the page: its confirmation is there, with the focus.
    const after = assignmentCard(page, OWN_ASSIGNMENT);
    await expectBackAt(page, after, "La novedad se registró y la asignación quedó actualizada.");

    // The card now shows today's update first and today as its last update; the form is empty again.
    await after.getByText(UPDATE_TEXT).waitFor();
    const updated = await lastUpdate(after);
    expect(updated).not.toBe(before);
    expect(updated).toContain(ddmmyyyy(today));
    const firstUpdate = after.locator("[data-updates] > li").first();
    await expect(firstUpdate.textContent()).resolves.toContain(UPDATE_TEXT);
    await expect(firstUpdate.textContent()).resolves.toContain(ddmmyyyy(today));
    await expect(after.getByRole("textbox", { name: "Novedad" }).inputValue()).resolves.toBe("");
    await expectNoAxeViolations(page);

    // The assignment's own page shows it in its history and links to the log.
    await after.getByRole("link", { name: `Ficha de la asignación en ${OWN_ASSIGNMENT}` }).click();
    await page.waitForURL(/\/asignaciones\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
    const history = page.getByRole("region", { name: "Historial de cambios" });
    await history.getByText("Registró una novedad de participación").first().waitFor();
    await expect(history.textContent()).resolves.toContain(UPDATE_TEXT);
    await page.getByRole("link", { name: "Registrar una novedad" }).click();
    await page.waitForURL(/\/mi-participacion\/asignaciones\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
    await page.getByRole("region", { name: "Novedades registradas" }).getByText(UPDATE_TEXT).waitFor();
    await expectNoAxeViolations(page);
  }, 180_000);

  it("confirms attendance on an upcoming meeting and moves an own commitment to done, on a phone", async () => {
    const { page } = await phonePage(browser);
    await page.goto("/mi-participacion");
    const row = page
      .getByRole("region", { name: "Mis próximas reuniones" })
      .getByRole("row")
      .filter({ hasText: MEETING_TITLE });
    // The answer is in the meeting's own cell, on screen on a phone, under the question.
    const confirm = row.getByRole("button", { name: "Confirmar mi asistencia" });
    await expect(
      row.getByRole("rowheader").getByRole("button", { name: "Confirmar mi asistencia" }).count(),
    ).resolves.toBe(1);
    await confirm.scrollIntoViewIfNeeded();
    const box = (await confirm.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(row.textContent()).resolves.toContain("Avisá si vas a asistir.");
    await confirm.click();
    await page.waitForURL(/estado=asistencia-confirmada/, { waitUntil: "commit" });
    await expectBackAt(page, row, "Confirmaste tu asistencia.");
    // The row says what was answered instead of asking again.
    await expect(row.locator("[data-own-attendance]").textContent()).resolves.toBe(
      "Confirmaste tu asistencia.",
    );
    await expect(row.textContent()).resolves.not.toContain("Avisá si vas a asistir");
    await expect(row.textContent()).resolves.toContain("Confirmado/a");
    await expect(row.getByRole("button", { name: "Confirmar mi asistencia" }).count()).resolves.toBe(0);
    await expect(row.getByRole("button", { name: "No voy a asistir" }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    // The meeting's own page agrees.
    await page.goto(meetingPath);
    const delegation = page.getByRole("region", { name: "Delegación de la Ciudad" });
    await expect(
      delegation.getByRole("row").filter({ hasText: "Julián Pereyra" }).textContent(),
    ).resolves.toContain("Confirmado/a");
    await expect(
      delegation.getByRole("row").filter({ hasText: OTHER_PERSON }).textContent(),
    ).resolves.toContain("Invitado/a");

    await page.goto("/mi-participacion");
    const card = commitmentCard(page, OWN_COMMITMENT);
    // Under way first: still pending, so the confirmation is in its own card.
    await card.getByRole("combobox", { name: "Estado" }).selectOption({ label: "En curso" });
    await card.getByRole("button", { name: "Actualizar estado" }).click();
    await page.waitForURL(/estado=compromiso-actualizado/, { waitUntil: "commit" });
    await expectBackAt(page, card, "El estado del compromiso se actualizó.");
    await page.goto("/mi-participacion");
    await card.getByRole("combobox", { name: "Estado" }).selectOption({ label: "Cumplido" });
    await card.getByLabel("Fecha de cumplimiento").waitFor();
    await card.getByRole("textbox", { name: "Notas" }).fill("Enviado a la secretaría técnica de la red");
    await expectNoAxeViolations(page);
    await card.getByRole("button", { name: "Actualizar estado" }).click();
    await page.waitForURL(/estado=compromiso-actualizado/, { waitUntil: "commit" });
    // Done: it leaves the pending list, whose top holds the confirmation (and the focus)…
    await expectBackAt(
      page,
      page.getByRole("region", { name: "Mis compromisos pendientes" }),
      "El estado del compromiso se actualizó.",
    );
    await expect(commitmentCard(page, OWN_COMMITMENT).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    // …and its page says so.
    await page.goto(ownCommitmentPath);
    await page.getByRole("heading", { level: 1, name: OWN_COMMITMENT }).waitFor();
    expect(await details(page.getByRole("region", { name: "Datos del compromiso" }))).toMatchObject({
      Estado: "Cumplido",
      "Fecha de cumplimiento": ddmmyyyy(today),
      Notas: "Enviado a la secretaría técnica de la red",
    });
  }, 180_000);

  it("refuses opening or posting to someone else's assignment or commitment, also by a replayed action, and changes nothing", async () => {
    const { context, page } = await browser.signedInPage("technical");

    // Someone else's assignment and commitment (Ana Lucero's, from the demo data).
    await page.goto(`/asignaciones?q=${encodeURIComponent(OTHER_PERSON)}`);
    await page
      .getByRole("link", { name: new RegExp(`^Ver la asignación de ${OTHER_PERSON}`) })
      .first()
      .click();
    await page.waitForURL(/\/asignaciones\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
    const otherAssignmentId = new URL(page.url()).pathname.split("/").at(-1)!;
    const otherData = page.getByRole("region", { name: "Datos de la asignación" });
    await otherData.waitFor();
    const otherBefore = await details(otherData);
    const otherHistory = page.getByRole("region", { name: "Historial de cambios" });
    const otherEvents = await otherHistory.locator("tbody tr").count();
    // No way in from her assignment's page…
    await expect(page.getByRole("link", { name: "Registrar una novedad" }).count()).resolves.toBe(0);
    // …and the log page, opened directly, is refused.
    await page.goto(`/mi-participacion/asignaciones/${otherAssignmentId}`);
    await expect(appAlert(page).textContent()).resolves.toContain(
      "Sin permiso para registrar novedades en esta asignación",
    );
    await expect(page.getByRole("button", { name: "Registrar novedad" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await page.goto(`/compromisos?q=${encodeURIComponent(OTHER_COMMITMENT)}`);
    await page.getByRole("link", { name: OTHER_COMMITMENT }).first().click();
    await page.waitForURL(/\/compromisos\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
    const otherCommitmentPath = new URL(page.url()).pathname;
    const otherCommitmentId = otherCommitmentPath.split("/").at(-1)!;
    await page.getByRole("heading", { level: 1, name: OTHER_COMMITMENT }).waitFor();
    const commitmentBefore = await details(page.getByRole("region", { name: "Datos del compromiso" }));

    // Capture real requests of his own forms on /mi-participacion (aborted, never sent)…
    await page.goto("/mi-participacion");
    const own = assignmentCard(page, OWN_ASSIGNMENT);
    const ownAssignmentId = (await own.getAttribute("data-assignment"))!;
    await own.getByRole("combobox", { name: "Tipo de novedad" }).selectOption({ label: "Aporte" });
    await own.getByRole("textbox", { name: "Novedad" }).fill("Novedad inyectada en una asignación ajena");
    const updateRequest = await captureAction(page, () =>
      own.getByRole("button", { name: "Registrar novedad" }).click(),
    );
    await page.goto("/mi-participacion");
    const ownCommitment = page
      .getByRole("region", { name: "Mis compromisos pendientes" })
      .getByRole("article")
      .first();
    const ownCommitmentId = (await ownCommitment.getAttribute("data-commitment"))!;
    await ownCommitment.getByRole("combobox", { name: "Estado" }).selectOption({ label: "Descartado" });
    const progressRequest = await captureAction(page, () =>
      ownCommitment.getByRole("button", { name: "Actualizar estado" }).click(),
    );

    // …and replay them with someone else's ids: refused, no redirect.
    await expectReplayRefused(context, updateRequest, { from: ownAssignmentId, to: otherAssignmentId });
    await expectReplayRefused(context, progressRequest, { from: ownCommitmentId, to: otherCommitmentId });

    // Nothing changed: her assignment's last update and history, her commitment's status.
    await page.goto(`/asignaciones/${otherAssignmentId}`);
    await otherData.waitFor();
    expect(await details(otherData)).toEqual(otherBefore);
    await expect(otherHistory.locator("tbody tr").count()).resolves.toBe(otherEvents);
    await expect(otherHistory.textContent()).resolves.not.toContain("Novedad inyectada");
    await page.goto(otherCommitmentPath);
    await page.getByRole("heading", { level: 1, name: OTHER_COMMITMENT }).waitFor();
    expect(await details(page.getByRole("region", { name: "Datos del compromiso" }))).toEqual(
      commitmentBefore,
    );
    // His own records were not touched either (the captured requests never reached the server).
    await gotoSettled(page, "/mi-participacion");
    await page.getByRole("region", { name: "Mis compromisos pendientes" }).waitFor();
    await expect(page.getByRole("main").textContent()).resolves.not.toContain("Novedad inyectada");
    await expect(
      page
        .getByRole("region", { name: "Mis compromisos pendientes" })
        .locator(`[data-commitment="${ownCommitmentId}"]`)
        .count(),
    ).resolves.toBe(1);
  });
});
