import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, chooseSearched, expectNoAxeViolations } from "./support";
import { addDays, ddmmyyyy, todayBA } from "./dates";

// The meeting form's defaults and the way back from it, then what a coordinator records from a
// meeting's page (decisions, commitments) without leaving it. The suite works on a body of its
// own, created here, so that "the length of the body's latest meeting" is the suite's doing.

const STAMP = Date.now().toString(36);
const BODY = `Comisión de seguimiento (${STAMP})`;
const UUID = "[0-9a-f-]{36}";

async function openUcci(page: Page): Promise<string> {
  await page.goto("/redes?q=UCCI");
  await page
    .getByRole("link", { name: /Unión de Ciudades Capitales/ })
    .first()
    .click();
  await page.waitForURL(new RegExp(`/redes/${UUID}$`));
  return new URL(page.url()).pathname;
}

const save = (page: Page) => page.getByRole("button", { name: "Guardar", exact: true }).click();
const cancelHref = (page: Page) =>
  page.getByRole("link", { name: "Cancelar", exact: true }).getAttribute("href");

describe("meetings: the new-meeting form and recording from a meeting", () => {
  const browser = browserForFile();
  const today = todayBA();
  const meetingDate = addDays(today, 100);
  let ucciPath = "";
  let meetingPath = "";

  it("Cancelar on the new-meeting form goes back where the user came from, never off the site", async () => {
    const { context, page } = await browser.signedInPage("coordinator");

    // Cancelar goes back where the user came from: the agenda view of the calendar, query included…
    await page.goto("/calendario?view=agenda");
    await page.getByRole("link", { name: "Nueva reunión" }).click();
    await page.getByRole("heading", { name: "Nueva reunión", level: 1 }).waitFor();
    await expect(cancelHref(page)).resolves.toBe("/calendario?view=agenda");
    await page.getByRole("link", { name: "Cancelar", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/calendario" && url.search === "?view=agenda");
    // …or to the page a link names in ?volver=, but only a path of this site.
    await page.goto("/reuniones/nueva?volver=%2Fcargos%3Fq%3Dconsejo");
    await expect(cancelHref(page)).resolves.toBe("/cargos?q=consejo");
    for (const elsewhere of ["https://example.org/redes", "//example.org/redes", "/\\example.org"]) {
      await page.goto(`/reuniones/nueva?volver=${encodeURIComponent(elsewhere)}`);
      await expect(cancelHref(page), elsewhere).resolves.toBe("/calendario");
    }
    await context.close();
  }, 120_000);

  it("the end date follows the start: the same day, then the length of the body's latest meeting", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    ucciPath = await openUcci(page);

    // A body of the suite's own, with no meetings yet.
    await page.goto(`${ucciPath}/organos/nuevo`);
    await page.getByLabel("Nombre").fill(BODY);
    await page.getByLabel("Tipo de órgano").selectOption({ label: "Grupo de trabajo" });
    await save(page);
    await page.waitForURL(new RegExp(`/organos/${UUID}\\?estado=creado`), { waitUntil: "commit" });

    // Its first meeting: the end date fills in with the start date (the body has no history).
    const first = addDays(today, 40);
    await page.goto(`/reuniones/nueva?network=${ucciPath.split("/").pop()}`);
    await page.getByLabel("Órgano", { exact: true }).selectOption({ label: BODY });
    await page.getByLabel("Título").fill(`Primera sesión (${STAMP})`);
    await page.getByLabel("Tipo").selectOption({ label: "Grupo de trabajo" });
    await page.getByLabel("Fecha de inicio").fill(first);
    await expect(page.getByLabel("Fecha de finalización").inputValue()).resolves.toBe(first);
    // This one lasts three days.
    await page.getByLabel("Fecha de finalización").fill(addDays(first, 2));
    await page.getByLabel("Ciudad").fill("Madrid");
    await save(page);
    await page.waitForURL(new RegExp(`/reuniones/${UUID}\\?estado=creada`), { waitUntil: "commit" });

    // The next one proposes the same length from the start typed; a start typed again moves it.
    await page.goto(`/reuniones/nueva?network=${ucciPath.split("/").pop()}`);
    await page.getByLabel("Órgano", { exact: true }).selectOption({ label: BODY });
    await page.getByLabel("Título").fill(`Segunda sesión (${STAMP})`);
    await page.getByLabel("Tipo").selectOption({ label: "Grupo de trabajo" });
    await page.getByLabel("Fecha de inicio").fill(addDays(meetingDate, -7));
    await expect(page.getByLabel("Fecha de finalización").inputValue()).resolves.toBe(
      addDays(meetingDate, -5),
    );
    await page.getByLabel("Fecha de inicio").fill(meetingDate);
    await expect(page.getByLabel("Fecha de finalización").inputValue()).resolves.toBe(
      addDays(meetingDate, 2),
    );
    // An end date of the user's own stays when the start moves again.
    await page.getByLabel("Fecha de finalización").fill(addDays(meetingDate, 5));
    await page.getByLabel("Fecha de inicio").fill(addDays(meetingDate, 1));
    await expect(page.getByLabel("Fecha de finalización").inputValue()).resolves.toBe(
      addDays(meetingDate, 5),
    );
    await context.close();
  }, 180_000);

  it("a virtual meeting asks for no venue and its page shows the link; an end date left empty is the start date", async () => {
    expect(ucciPath).toMatch(new RegExp(`^/redes/${UUID}$`));
    const { context, page } = await browser.signedInPage("coordinator");
    await page.goto(`/reuniones/nueva?network=${ucciPath.split("/").pop()}`);
    await page.getByLabel("Título").fill(`Segunda sesión (${STAMP})`);
    await page.getByLabel("Tipo").selectOption({ label: "Grupo de trabajo" });
    await page.getByLabel("Fecha de inicio").fill(meetingDate);
    // A one-day meeting after all: the end date left empty is the start date, not an error.
    await page.getByLabel("Fecha de finalización").fill("");

    // Virtual: no venue, city or country to fill in; the link stays.
    await expect(page.getByLabel("Sede o lugar").count()).resolves.toBe(1);
    await page.getByLabel("Modalidad").selectOption({ label: "Virtual" });
    for (const label of ["Sede o lugar", "Ciudad", "País"]) {
      await expect(page.getByLabel(label, { exact: true }).count(), label).resolves.toBe(0);
    }
    await expect(page.getByLabel("Enlace de conexión").count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await save(page);
    await page.waitForURL(new RegExp(`/reuniones/${UUID}\\?estado=creada`), { waitUntil: "commit" });
    meetingPath = new URL(page.url()).pathname;

    // The meeting page says Virtual and where the link will be, not "Sede a confirmar".
    const details = page.getByRole("region", { name: "Datos de la reunión" });
    const text = (await details.textContent()) ?? "";
    expect(text).toContain("Virtual");
    expect(text).toContain("Enlace a confirmar");
    expect(text).not.toContain("Sede a confirmar");
    expect(text).not.toContain("Lugar");
    expect(text).toContain(`${ddmmyyyy(meetingDate)}`);
    await page.getByRole("link", { name: "Editar reunión" }).click();
    await page.getByLabel("Enlace de conexión").fill("https://meet.example.org/sesion");
    await save(page);
    await page.waitForURL(/estado=guardada/, { waitUntil: "commit" });
    await details.getByRole("link", { name: "https://meet.example.org/sesion" }).waitFor();
    await expect(details.textContent()).resolves.not.toContain("Enlace a confirmar");
    await context.close();
  }, 180_000);

  it("decisions and commitments added from a meeting go back to it, one after another; a due date before the meeting is pointed out", async () => {
    expect(meetingPath).toMatch(new RegExp(`^/reuniones/${UUID}$`));
    const { context, page } = await browser.signedInPage("coordinator");
    await page.goto(meetingPath);

    // Two decisions in a row: "Guardar y agregar otra" opens the form again, empty.
    await page.getByRole("link", { name: "Agregar decisión" }).click();
    await page.getByRole("heading", { name: "Nueva decisión", level: 1 }).waitFor();
    const decision = page.getByRole("textbox", { name: "Decisión" });
    await decision.fill(`Aprobar el plan de trabajo (${STAMP})`);
    await page.getByRole("button", { name: "Guardar y agregar otra" }).click();
    await page.waitForURL(new RegExp(`${meetingPath}/decisiones/nueva\\?estado=decision-creada`), {
      waitUntil: "commit",
    });
    await appAlert(page).filter({ hasText: "La decisión se registró. Podés agregar otra." }).waitFor();
    await expect(decision.inputValue()).resolves.toBe("");
    await expectNoAxeViolations(page);
    await decision.fill(`Convocar a la próxima sesión (${STAMP})`);
    await save(page);
    await page.waitForURL(`**${meetingPath}?estado=decision-creada`, { waitUntil: "commit" });
    const decisions = page.getByRole("region", { name: "Decisiones" });
    await decisions.getByText(`Aprobar el plan de trabajo (${STAMP})`).waitFor();
    await decisions.getByText(`Convocar a la próxima sesión (${STAMP})`).waitFor();

    // A commitment: a due date before the meeting is allowed, with a warning beside the field.
    await page.getByRole("link", { name: "Agregar compromiso" }).click();
    await page.getByRole("heading", { name: "Nuevo compromiso", level: 1 }).waitFor();
    const warning = page.locator("[data-due-warning]");
    await page.getByLabel("Título").fill(`Preparar el informe (${STAMP})`);
    await chooseSearched(page, "Responsable", "pereyra", "Julián Pereyra");
    await page.getByLabel("Fecha de vencimiento").fill(addDays(meetingDate, 10));
    await expect(warning.textContent()).resolves.toBe("");
    await page.getByLabel("Fecha de vencimiento").fill(addDays(meetingDate, -3));
    await expect
      .poll(() => warning.textContent())
      .toBe(
        `Atención: el vencimiento es anterior a la reunión (${ddmmyyyy(meetingDate)}). Se puede guardar igual.`,
      );
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Guardar y agregar otro" }).click();
    await page.waitForURL(/\/compromisos\/nuevo\?.*estado=creado/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El compromiso se registró. Podés agregar otro." }).waitFor();
    await expect(page.getByLabel("Título").inputValue()).resolves.toBe("");
    await expect(warning.textContent()).resolves.toBe("");
    await page.getByLabel("Título").fill(`Circular el acta (${STAMP})`);
    await chooseSearched(page, "Responsable", "pereyra", "Julián Pereyra");
    await save(page);
    await page.waitForURL(`**${meetingPath}?estado=compromiso-creado`, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El compromiso se registró." }).waitFor();
    const commitments = page.getByRole("region", { name: "Compromisos surgidos" });
    for (const title of [`Preparar el informe (${STAMP})`, `Circular el acta (${STAMP})`]) {
      await expect(commitments.getByRole("row").filter({ hasText: title }).count(), title).resolves.toBe(1);
    }
    await context.close();
  }, 180_000);
});
