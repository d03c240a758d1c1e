import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, chooseSearched, expectNoAxeViolations, showsText } from "./support";
import { captureAction, expectReplayRefused } from "./actions";
import { addDays, ddmmyyyy, todayBA } from "./dates";

// The demo's technical user (tecnica@redes.local) is Julián Pereyra, of the Secretaría de
// Ambiente (SECAMB); Ana Lucero is another technical person of the same department
// (db/seed/data/people.json). These tests create their own commitments and leave the demo
// ones alone.
const OWN_OWNER = "Julián Pereyra";
const OTHER_OWNER = "Ana Lucero";

/** Opens Mercociudades' page from the directory; returns its id. */
async function openMercociudades(page: Page): Promise<string> {
  await page.goto("/redes?q=Mercociudades");
  await page.getByRole("link", { name: "Mercociudades", exact: true }).first().click();
  await page.waitForURL(/\/redes\/[0-9a-f-]{36}$/);
  await page.getByRole("heading", { name: "Compromisos abiertos", level: 2 }).waitFor();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** Creates a commitment through the form (as a coordinator); returns its page's path. */
async function createCommitment(
  page: Page,
  fields: { title: string; owner: string; network: string; dueOn?: string },
): Promise<string> {
  await page.goto("/compromisos/nuevo");
  await page.getByRole("heading", { level: 1, name: "Nuevo compromiso" }).waitFor();
  await page.getByLabel("Título").fill(fields.title);
  await page.getByLabel("Red").selectOption({ label: fields.network });
  await chooseSearched(page, "Responsable", fields.owner, fields.owner);
  if (fields.dueOn) await page.getByLabel("Fecha de vencimiento").fill(fields.dueOn);
  await page.getByRole("button", { name: "Guardar", exact: true }).click();
  await page.waitForURL(/\/compromisos\/[0-9a-f-]{36}\?estado=creado/, { waitUntil: "commit" });
  await page.getByRole("heading", { level: 1, name: fields.title }).waitFor();
  return new URL(page.url()).pathname;
}

/** The "Datos del compromiso" list as { label: value }. */
async function details(page: Page): Promise<Record<string, string>> {
  const region = page.getByRole("region", { name: "Datos del compromiso" });
  const out: Record<string, string> = {};
  for (const row of await region.locator("dl > div").all()) {
    const label = (await row.locator("dt").textContent())?.trim() ?? "";
    out[label] = ((await row.locator("dd").textContent()) ?? "").replace(/\s+/g, " ").trim();
  }
  return out;
}

const history = (page: Page) => page.getByRole("region", { name: "Historial de cambios" });

describe("commitments", () => {
  const browser = browserForFile();

  it("a coordinator creates a commitment from a meeting, finds it under its network overdue first, and edits it", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    const networkId = await openMercociudades(page);
    const panel = page.getByRole("region", { name: "Compromisos abiertos" });
    await expect(panel.getByRole("link", { name: "Nuevo compromiso" }).getAttribute("href")).resolves.toBe(
      `/compromisos/nuevo?network=${networkId}`,
    );
    // Each listed commitment links to its page.
    await expect(panel.locator('tbody a[href^="/compromisos/"]').count()).resolves.toBeGreaterThan(0);
    const meetingLink = page
      .getByRole("region", { name: "Reuniones" })
      .locator('a[href^="/reuniones/"]:not([href$="nueva"]):not([href*="?"])')
      .first();
    const meetingTitle = ((await meetingLink.textContent()) ?? "").trim();
    const meetingId = (await meetingLink.getAttribute("href"))!.split("/").at(-1)!;
    await expectNoAxeViolations(page);

    // The URL a meeting page links to: network and meeting come prefilled, and the page says which meeting.
    await page.goto(`/compromisos/nuevo?reunion=${meetingId}`);
    await page.getByRole("heading", { level: 1, name: "Nuevo compromiso" }).waitFor();
    await expect(page.getByRole("main").textContent()).resolves.toContain(
      `Compromiso surgido de la reunión ${meetingTitle} (Mercociudades)`,
    );
    await expect(page.getByLabel("Red").inputValue()).resolves.toBe(networkId);
    await expect(page.getByLabel("Reunión").inputValue()).resolves.toBe(meetingId);
    await expectNoAxeViolations(page);

    // The meetings and bodies offered are the chosen network's: another network brings its own
    // (asked of the server), and back on Mercociudades its meeting can be chosen again.
    const optionValues = (label: string) =>
      page
        .getByLabel(label, { exact: true })
        .locator("option")
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const mercociudadesMeetings = await optionValues("Reunión");
    expect(mercociudadesMeetings).toContain(meetingId);
    await page.getByLabel("Red").selectOption({ label: "Unión de Ciudades Capitales Iberoamericanas" });
    await expect.poll(() => optionValues("Reunión")).not.toEqual([]);
    const ucciMeetings = await optionValues("Reunión");
    expect(ucciMeetings.filter((id) => mercociudadesMeetings.includes(id))).toEqual([]);
    await expect(page.getByLabel("Reunión").inputValue()).resolves.toBe("");
    await expect(page.getByLabel("Órgano").inputValue()).resolves.toBe("");
    await page.getByLabel("Red").selectOption(networkId);
    await expect.poll(() => optionValues("Reunión")).toEqual(mercociudadesMeetings);
    await page.getByLabel("Reunión").selectOption(meetingId);

    // Nothing typed: refused in the browser, each field named.
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain("Responsable: Este campo es obligatorio.");
    await expect(summary.textContent()).resolves.toContain("Título: Este campo es obligatorio.");
    await expectNoAxeViolations(page);

    const title = "Circular entre las áreas el acta de la reunión (prueba)";
    const today = todayBA();
    await page.getByLabel("Título").fill(title);
    await chooseSearched(page, "Responsable", "pereyra", OWN_OWNER);
    await page.getByLabel("Fecha de vencimiento").fill(addDays(today, -3));
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    // Added from a meeting: back to the meeting, which lists it with the confirmation.
    await page.waitForURL(`**/reuniones/${meetingId}?estado=compromiso-creado`, { waitUntil: "commit" });
    const fromMeeting = page.getByRole("region", { name: "Compromisos surgidos" });
    await fromMeeting
      .locator('[data-alert="success"]')
      .filter({ hasText: "El compromiso se registró." })
      .waitFor();
    const editHref = await fromMeeting
      .getByRole("row")
      .filter({ hasText: title })
      .getByRole("link", { name: /^Editar/ })
      .getAttribute("href");
    const path = editHref!.replace(/\/editar$/, "");
    expect(path).toMatch(/^\/compromisos\/[0-9a-f-]{36}$/);
    await page.goto(path);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const data = await details(page);
    expect(data).toMatchObject({
      Responsable: "Julián Pereyra",
      // Left empty: the owner's department.
      "Área / repartición": "Secretaría de Ambiente",
      Estado: "Abierto",
      Red: "Mercociudades",
    });
    expect(data.Vencimiento).toContain(ddmmyyyy(addDays(today, -3)));
    expect(data.Vencimiento).toContain("Vencido hace 3 días");
    expect(data["Reunión"]).toContain(meetingTitle);
    await expect(
      page
        .getByRole("region", { name: "Datos del compromiso" })
        .getByRole("link", { name: meetingTitle, exact: false })
        .getAttribute("href"),
    ).resolves.toBe(`/reuniones/${meetingId}`);
    await expect(history(page).textContent()).resolves.toContain("Creó el compromiso");
    await expectNoAxeViolations(page);

    // "Ver todos" on the network page: the network's commitments, overdue first.
    await openMercociudades(page);
    await page.getByRole("link", { name: "Ver todos los compromisos de la red" }).click();
    await page.waitForURL(new RegExp(`/compromisos\\?network=${networkId}$`));
    await page.getByRole("heading", { level: 1, name: "Compromisos" }).waitFor();
    // The network filter is a searched field: it shows the name, the form carries the id.
    await expect(page.getByRole("combobox", { name: "Red" }).inputValue()).resolves.toBe("Mercociudades");
    await expect(page.locator('input[type=hidden][name="network"]').inputValue()).resolves.toBe(networkId);
    const rows = page.locator("table tbody tr");
    await rows.filter({ hasText: title }).waitFor();
    await expect(rows.filter({ hasText: title }).textContent()).resolves.toContain("Vencido hace 3 días");
    const networksShown = await page.locator("table tbody tr td:nth-child(2)").allTextContents();
    expect(new Set(networksShown)).toEqual(new Set(["Mercociudades"]));
    const overdueFlags = await rows.evaluateAll((trs) => trs.map((tr) => tr.hasAttribute("data-overdue")));
    // Overdue ones on top, none after the first that is not.
    expect(overdueFlags[0]).toBe(true);
    expect(overdueFlags.slice(overdueFlags.indexOf(false)).includes(true)).toBe(false);
    await expectNoAxeViolations(page);
    // "Solo vencidos" keeps it; the "open" status filter too; "done" leaves it out.
    await page.getByLabel("Solo vencidos").check();
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/overdue=1/);
    await rows.filter({ hasText: title }).waitFor();
    // An old bookmark (?red=, the Spanish name of before) lands once on the current name.
    await page.goto(`/compromisos?red=${networkId}&status=done`);
    await page.waitForURL(new RegExp(`/compromisos\\?network=${networkId}&status=done$`));
    await page.getByRole("heading", { level: 1, name: "Compromisos" }).waitFor();
    await expect(rows.filter({ hasText: title }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    // Edit: a new due date and notes; a second tab on the old version gets a conflict that keeps its input.
    await page.goto(path);
    const stale = await context.newPage();
    await stale.goto(`${path}/editar`);
    await stale.getByRole("heading", { level: 1, name: "Editar compromiso" }).waitFor();
    await page.getByRole("link", { name: "Editar compromiso" }).click();
    await page.getByRole("heading", { level: 1, name: "Editar compromiso" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("Fecha de vencimiento").fill(addDays(today, 10));
    await page.getByLabel("Notas").fill("Se acordó una semana más con la unidad temática");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=guardado/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "Los cambios se guardaron." }).waitFor();
    const edited = await details(page);
    expect(edited.Vencimiento).toContain(ddmmyyyy(addDays(today, 10)));
    expect(edited.Vencimiento).toContain("Vence en 10 días");
    expect(edited.Notas).toBe("Se acordó una semana más con la unidad temática");
    await expect(history(page).textContent()).resolves.toContain("Modificó el compromiso");
    await expectNoAxeViolations(page);

    await stale.getByLabel("Notas").fill("Nota de la otra pestaña, que no se pierde");
    await stale.getByRole("button", { name: "Guardar", exact: true }).click();
    await appAlert(stale).filter({ hasText: "Conflicto de edición" }).waitFor();
    await expect(stale.getByLabel("Notas").inputValue()).resolves.toBe(
      "Nota de la otra pestaña, que no se pierde",
    );
    // The searched owner keeps its choice too.
    await expect(stale.getByRole("combobox", { name: "Responsable" }).inputValue()).resolves.toBe(OWN_OWNER);
    await expectNoAxeViolations(stale);
    await stale.getByRole("button", { name: "Guardar mis datos de todos modos" }).click();
    await stale.waitForURL(/estado=guardado/, { waitUntil: "commit" });
    await showsText(stale, "Nota de la otra pestaña, que no se pierde");
  });

  it("technical staff move their own commitment to done and are refused on someone else's, also by a replayed action", async () => {
    const { page: coordinator } = await browser.signedInPage("coordinator");
    const today = todayBA();
    const ownTitle = "Enviar a la red el informe de avance del plan climático (prueba)";
    const otherTitle = "Actualizar la ficha de la Ciudad en el sitio de la red (prueba)";
    const ownPath = await createCommitment(coordinator, {
      title: ownTitle,
      owner: OWN_OWNER,
      network: "Mercociudades",
      dueOn: addDays(today, -1),
    });
    const otherPath = await createCommitment(coordinator, {
      title: otherTitle,
      owner: OTHER_OWNER,
      network: "Mercociudades",
    });

    // Capture a real "Actualizar estado" request for the other person's commitment (a
    // coordinator may send it), aborted before it reaches the server…
    await coordinator.goto(otherPath);
    const progress = coordinator.getByRole("region", { name: "Actualizar estado" });
    await progress.getByLabel("Estado").selectOption({ label: "Cumplido" });
    const request = await captureAction(coordinator, () =>
      progress.getByRole("button", { name: "Actualizar estado" }).click(),
    );

    // …then, as the technical user: their own commitment moves to done.
    const { context: technicalContext, page } = await browser.signedInPage("technical");
    await page.goto(ownPath);
    await page.getByRole("heading", { level: 1, name: ownTitle }).waitFor();
    await expect(page.getByRole("link", { name: "Editar compromiso" }).count()).resolves.toBe(0);
    expect((await details(page)).Vencimiento).toContain("Vencido hace 1 día");
    await expectNoAxeViolations(page);
    const form = page.getByRole("region", { name: "Actualizar estado" });
    await form.getByLabel("Estado").selectOption({ label: "Cumplido" });
    await form.getByLabel("Fecha de cumplimiento").waitFor();
    await form.getByLabel("Notas").fill("Enviado a la secretaría técnica");
    await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Actualizar estado" }).click();
    await page.waitForURL(/estado=estado-actualizado/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El estado del compromiso se actualizó." }).waitFor();
    const done = await details(page);
    expect(done).toMatchObject({
      Estado: "Cumplido",
      "Fecha de cumplimiento": ddmmyyyy(today),
      Vencimiento: ddmmyyyy(addDays(today, -1)),
      Notas: "Enviado a la secretaría técnica",
    });
    await expect(history(page).textContent()).resolves.toContain("Actualizó el estado del compromiso");
    await expectNoAxeViolations(page);

    // Someone else's: readable, with no form; the edit and new pages are forbidden.
    await page.goto(otherPath);
    await page.getByRole("heading", { level: 1, name: otherTitle }).waitFor();
    await expect(page.getByRole("region", { name: "Actualizar estado" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Actualizar estado" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    for (const path of [`${otherPath}/editar`, `${ownPath}/editar`, "/compromisos/nuevo"]) {
      await page.goto(path);
      await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para editar compromisos");
      await expect(page.getByRole("button", { name: "Guardar", exact: true }).count()).resolves.toBe(0);
      await expectNoAxeViolations(page);
    }
    await page.goto("/compromisos");
    await page.getByRole("heading", { level: 1, name: "Compromisos" }).waitFor();
    await expect(page.getByRole("link", { name: "Nuevo compromiso" }).count()).resolves.toBe(0);

    // The captured POST replayed with the technical user's session is refused.
    await expectReplayRefused(technicalContext, request);

    await page.goto(otherPath);
    await page.getByRole("heading", { level: 1, name: otherTitle }).waitFor();
    expect((await details(page)).Estado).toBe("Abierto");
    const events = await history(page).locator("tbody tr").count();
    expect(events).toBe(1);
    await expect(history(page).textContent()).resolves.not.toContain("Actualizó el estado");
  });
});
