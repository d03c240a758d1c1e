import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, expectNoAxeViolations, showsText } from "./support";

// The record-form shell, on real forms: an edit conflict merged field by field, every error in
// one pass (a rule across fields as the user types), and a text limit shown instead of cut.

/** The edit page of the CIDEU network (no other browser test edits it). */
async function openNetworkEdit(page: Page): Promise<string> {
  await page.goto("/redes?q=CIDEU");
  await page.getByRole("link", { name: /Centro Iberoamericano de Desarrollo/ }).click();
  await page.getByRole("link", { name: "Editar red" }).click();
  await page.waitForURL(/\/editar$/);
  return page.url();
}

const save = (page: Page) => page.getByRole("button", { name: "Guardar", exact: true }).click();
const saveAnyway = (page: Page) =>
  page.getByRole("button", { name: "Guardar mis datos de todos modos" }).click();

/** The conflict panel, once loaded (it arrives with the conflict, after the alert's title). */
async function conflictPanel(page: Page) {
  const panel = appAlert(page).filter({ hasText: "Conflicto de edición" });
  await panel.getByRole("button", { name: "Guardar mis datos de todos modos" }).waitFor();
  return panel;
}

/** The conflict panel's choice for a field: which radio is checked, and the two values shown. */
async function choiceOf(page: Page, label: string) {
  const group = page.getByRole("group", { name: label, exact: true });
  const theirs = group.getByRole("radio", { name: /^Versión guardada:/ });
  const mine = group.getByRole("radio", { name: /^Mis datos:/ });
  return {
    checked: (await theirs.isChecked()) ? "theirs" : (await mine.isChecked()) ? "mine" : "none",
    text: (await group.textContent()) ?? "",
    theirs,
    mine,
  };
}

/** The message next to a field ("" when it has none: the element is there only with an error). */
const fieldError = (page: Page, id: string) =>
  page.evaluate((field) => document.getElementById(`${field}-error`)?.textContent ?? "", id);

/** The detail page's "term: value" pairs (the record's own: the first of each term, before its history). */
async function details(page: Page): Promise<Record<string, string>> {
  await page.locator("dl dt").first().waitFor();
  return page.evaluate(() => {
    const pairs: Record<string, string> = {};
    for (const dt of document.querySelectorAll("dl dt")) {
      const term = dt.textContent?.trim() ?? "";
      if (!(term in pairs)) pairs[term] = dt.nextElementSibling?.textContent?.trim() ?? "";
    }
    return pairs;
  });
}

describe("record forms", () => {
  const browser = browserForFile();

  it("save anyway after a conflict keeps the other tab's change to a field this one left alone", async () => {
    const { context, page: tabA } = await browser.signedInPage("coordinator");
    const editUrl = await openNetworkEdit(tabA);
    const tabB = await context.newPage();
    await tabB.goto(editUrl);
    await tabB.getByLabel("Sede").waitFor();

    await tabA.getByLabel("Alcance geográfico").fill("Iberoamérica (pestaña A)");
    await save(tabA);
    await tabA.waitForURL(/estado=guardada/, { waitUntil: "commit" });

    await tabB.getByLabel("Sede").fill("Barcelona (pestaña B)");
    await save(tabB);
    const conflict = await conflictPanel(tabB);
    // The same user in another tab is told so, not "another person".
    await expect(conflict.textContent()).resolves.toContain("Vos guardaste este registro en otra pestaña");
    await expect(conflict.textContent()).resolves.not.toContain("Otra persona");
    // The two differing fields, each with the side that changed it chosen.
    const scope = await choiceOf(tabB, "Alcance geográfico");
    expect(scope.checked).toBe("theirs");
    expect(scope.text).toContain("Iberoamérica (pestaña A)");
    const seat = await choiceOf(tabB, "Sede");
    expect(seat.checked).toBe("mine");
    expect(seat.text).toContain("Barcelona (pestaña B)");
    await expect(conflict.getByRole("group").count()).resolves.toBe(2);
    // Nothing typed left the form.
    await expect(tabB.getByLabel("Sede").inputValue()).resolves.toBe("Barcelona (pestaña B)");
    await expectNoAxeViolations(tabB);

    await saveAnyway(tabB);
    await tabB.waitForURL(/estado=guardada/, { waitUntil: "commit" });
    await showsText(tabB, "Barcelona (pestaña B)");
    const saved = await details(tabB);
    expect(saved["Alcance geográfico"]).toBe("Iberoamérica (pestaña A)");
    expect(saved["Sede"]).toBe("Barcelona (pestaña B)");
    await context.close();
  });

  it("another person's save: the panel says so and the user's per-field choice is what is saved", async () => {
    const { context, page: mine } = await browser.signedInPage("coordinator");
    const editUrl = await openNetworkEdit(mine);
    const { context: adminContext, page: other } = await browser.signedInPage("admin");
    await other.goto(editUrl);
    await other.getByLabel("Alcance geográfico").fill("Global (administración)");
    await other.getByLabel("Sede").fill("Madrid (administración)");
    await save(other);
    await other.waitForURL(/estado=guardada/, { waitUntil: "commit" });

    await mine.getByLabel("Alcance geográfico").fill("Regional (coordinación)");
    await mine.getByLabel("Notas sobre la membresía").fill("Nota de la coordinación");
    await save(mine);
    const conflict = await conflictPanel(mine);
    await expect(conflict.textContent()).resolves.toContain("Otra persona modificó este registro");
    const scope = await choiceOf(mine, "Alcance geográfico");
    expect(scope.checked).toBe("mine");
    expect((await choiceOf(mine, "Sede")).checked).toBe("theirs");
    expect((await choiceOf(mine, "Notas sobre la membresía")).checked).toBe("mine");
    // The user decides the administration's scope is right after all.
    await scope.theirs.check();

    await saveAnyway(mine);
    await mine.waitForURL(/estado=guardada/, { waitUntil: "commit" });
    await showsText(mine, "Nota de la coordinación");
    const saved = await details(mine);
    expect(saved["Alcance geográfico"]).toBe("Global (administración)");
    expect(saved["Sede"]).toBe("Madrid (administración)");
    await context.close();
    await adminContext.close();
  });

  it("reports an invalid link and an end before the start at once, and the end as it is typed", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    await page.goto("/reuniones/nueva");
    await page.getByRole("combobox", { name: "Red", exact: true }).selectOption({ label: "Mercociudades" });
    await page.getByLabel("Título").fill("Reunión con dos errores (prueba)");
    await page.getByLabel("Tipo").selectOption({ index: 1 });
    await page.getByLabel("Fecha de inicio").fill("2027-06-10");
    await page.getByLabel("Hora de inicio").fill("10:00");
    await page.getByLabel("Hora de finalización").fill("12:00");
    // The end, set before the start: its message appears next to it before any save.
    await page.getByLabel("Fecha de finalización").fill("2027-06-09");
    await expect
      .poll(() => fieldError(page, "endDate"))
      .toBe("La finalización no puede ser anterior al comienzo.");
    await expect(page.getByLabel("Fecha de finalización").getAttribute("aria-invalid")).resolves.toBe("true");
    // Fields not reached yet are not flagged.
    await expect(page.getByLabel("Enlace de conexión").getAttribute("aria-invalid")).resolves.toBeNull();

    await page.getByLabel("Enlace de conexión").fill("reunion.example");
    await save(page);
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    const listed = await summary.getByRole("listitem").allTextContents();
    expect(listed).toEqual(
      expect.arrayContaining([
        "Fecha de finalización: La finalización no puede ser anterior al comienzo.",
        expect.stringMatching(/^Enlace de conexión: Ingresá una dirección web completa/),
      ]),
    );
    await expect(fieldError(page, "onlineUrl")).resolves.toMatch(/dirección web completa/);
    await expect(fieldError(page, "endDate")).resolves.toBe(
      "La finalización no puede ser anterior al comienzo.",
    );
    // Fixing the end clears its message as it is set.
    await page.getByLabel("Fecha de finalización").fill("2027-06-10");
    await expect.poll(() => fieldError(page, "endDate")).toBe("");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("a long text is kept whole: a counter near the limit, and the limit in the message", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    await openNetworkEdit(page);
    const name = page.locator("#name");
    const counter = page.locator("#name-count");
    // No maxlength: the browser would cut a paste without a word.
    await expect(name.getAttribute("maxlength")).resolves.toBeNull();
    await name.fill("n".repeat(183));
    await expect(counter.textContent()).resolves.toBe("183 / 200 caracteres");
    await name.fill("n".repeat(100));
    await expect(counter.count()).resolves.toBe(0);

    // A 5,000-character paste stays whole; the counter says by how much it is over.
    const pasted = "Texto pegado muy largo ".repeat(220).slice(0, 5000);
    await name.fill("");
    await name.focus();
    // As a paste arrives: text inserted by the user, which a maxlength attribute would cut.
    await page.keyboard.insertText(pasted);
    await expect(name.inputValue()).resolves.toBe(pasted);
    await expect(counter.textContent()).resolves.toBe("5000 / 200 caracteres: sobran 4800");
    await save(page);
    await expect
      .poll(() => fieldError(page, "name"))
      .toBe("El texto es demasiado largo: máximo 200 caracteres.");
    await expect(name.inputValue()).resolves.toBe(pasted);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
