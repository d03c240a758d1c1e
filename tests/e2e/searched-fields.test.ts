import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, expectNoAxeViolations } from "./support";

// A record form's searched field (here the commitment form's Responsable) as people really use
// it: typing without accents, typing a whole name and leaving with Tab instead of clicking the
// suggestion, and typing a name nobody has. The demo's technical person is "Julián Pereyra"
// (db/seed/data/people.json); the commitments made here are this file's own.
const PERSON = "Julián Pereyra";

async function openNewCommitment(page: Page, title: string) {
  await page.goto("/compromisos/nuevo");
  await page.getByRole("heading", { level: 1, name: "Nuevo compromiso" }).waitFor();
  await page.getByLabel("Título").fill(title);
  await page.getByLabel("Red").selectOption({ label: "Mercociudades" });
  return page.getByRole("combobox", { name: "Responsable", exact: true });
}

describe("searched fields of record forms", () => {
  const browser = browserForFile();

  it("finds people without accents, and a whole name typed and left with Tab is chosen and saved", async () => {
    const { page } = await browser.signedInPage("coordinator");
    const owner = await openNewCommitment(page, "Prueba de búsqueda sin tildes");

    // "julian" (no accent, lower case) offers Julián.
    await owner.fill("julian");
    const listbox = page.getByRole("listbox", { name: "Responsable", exact: true });
    await listbox.getByRole("option", { name: new RegExp(PERSON) }).waitFor();

    // The whole name, typed without accents and in other case, then Tab: no click on the
    // suggestion, yet it is the choice (the hidden id is set) and the text stays.
    await owner.fill("JULIAN pereyra");
    await page.keyboard.press("Tab");
    await expect
      .poll(() => page.locator('input[type=hidden][name="ownerPersonId"]').inputValue(), { timeout: 15_000 })
      .toMatch(/^[0-9a-f-]{36}$/);
    await expect(owner.inputValue()).resolves.toBe(PERSON);
    await expect(owner.getAttribute("aria-invalid")).resolves.toBeNull();

    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/\/compromisos\/[0-9a-f-]{36}\?estado=creado/, { waitUntil: "commit" });
    await page.getByRole("heading", { level: 1, name: "Prueba de búsqueda sin tildes" }).waitFor();
    await expect(page.getByRole("main").textContent()).resolves.toContain(PERSON);
  }, 120_000);

  it("a name typed and saved at once (Enter, no Tab) is resolved first, then saved", async () => {
    const { page } = await browser.signedInPage("coordinator");
    const owner = await openNewCommitment(page, "Prueba de nombre con Enter");
    await owner.fill("julián pereyra");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/compromisos\/[0-9a-f-]{36}\?estado=creado/, { waitUntil: "commit" });
    await page.getByRole("heading", { level: 1, name: "Prueba de nombre con Enter" }).waitFor();
    await expect(page.getByRole("main").textContent()).resolves.toContain(PERSON);
  }, 120_000);

  it("a name nobody has: 'Sin resultados' shows, the text stays, the field says why and nothing is saved", async () => {
    const { page } = await browser.signedInPage("coordinator");
    const title = "Prueba de responsable inexistente";
    const owner = await openNewCommitment(page, title);
    await owner.fill("Zzyzx Nadiez");

    // Shown in the list's place, not only announced.
    const none = page.getByText("Sin resultados.", { exact: true }).and(page.locator(":not([role=status])"));
    await none.waitFor({ state: "visible" });
    await expect(page.getByRole("status").filter({ hasText: "Sin resultados." }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    // Leaving the field keeps the text and says, next to it, what is missing.
    await page.keyboard.press("Tab");
    const message = page.getByText("Elegí una persona de la lista.", { exact: true });
    await message.waitFor({ state: "visible" });
    await expect(owner.inputValue()).resolves.toBe("Zzyzx Nadiez");
    await expect(owner.getAttribute("aria-invalid")).resolves.toBe("true");
    const messageId = await message.getAttribute("id");
    expect(messageId).toBeTruthy();
    expect((await owner.getAttribute("aria-describedby"))?.split(" ")).toContain(messageId);
    await expectNoAxeViolations(page);

    // Saving is refused in the browser: the page stays, the field gets the focus back, the
    // text is still there, and no commitment was made.
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await expect
      .poll(() => owner.evaluate((el) => el === document.activeElement), { timeout: 15_000 })
      .toBe(true);
    expect(new URL(page.url()).pathname).toBe("/compromisos/nuevo");
    await expect(owner.inputValue()).resolves.toBe("Zzyzx Nadiez");
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(appAlert(page).filter({ hasText: "obligatorio" }).count()).resolves.toBe(0);
    // Typing again takes the message away until the field is left again.
    await page.keyboard.type("x");
    await message.waitFor({ state: "detached" });
    await expect(owner.getAttribute("aria-invalid")).resolves.toBeNull();

    await page.goto(`/compromisos?q=${encodeURIComponent(title)}`);
    await page.getByText("No hay compromisos que coincidan").first().waitFor();
  }, 120_000);
});
