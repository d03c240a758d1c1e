import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  appAlert,
  browserForFile,
  chooseSearched,
  expectNoAxeViolations,
  showsText,
  signInAs,
} from "./support";
import { captureAction, expectReplayRefused } from "./actions";
import { addDays, ddmmyyyy, todayBA } from "./dates";

// The demo seed gives UCCI one seat: the co-presidency, held by Martín Iriarte from
// 06/11/2025 to 06/11/2027 (db/seed/data/networks.json, holder by seat kind in db/seed/networks.ts).
const UCCI_SEAT = "Co-presidencia (con Madrid)";
const UCCI_HOLDER = "Martín Iriarte";

/** Opens a seat's page from the /cargos search. */
async function openSeat(page: Page, title: string): Promise<string> {
  await page.goto(`/cargos?status=all&q=${encodeURIComponent(title)}`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.waitForURL(/\/cargos\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  return new URL(page.url()).pathname;
}

/** The rows of the seat page's terms table, as text per cell. */
async function termRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole("region", { name: "Mandatos", exact: true }).locator("tbody tr");
  const out: string[][] = [];
  for (const row of await rows.all()) {
    out.push((await row.locator("th, td").allTextContents()).map((c) => c.replace(/\s+/g, " ").trim()));
  }
  return out;
}

describe("seats and terms", () => {
  const browser = browserForFile();

  it("a coordinator gives the UCCI co-presidency a new holder: the previous term ends the day before", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    await page.goto("/cargos");
    await page.getByRole("heading", { level: 1, name: "Cargos y mandatos" }).waitFor();
    await expectNoAxeViolations(page);

    // The network filter is a searched field: type, pick the match; the list keeps its seats.
    const network = page.getByRole("combobox", { name: "Red", exact: true });
    await network.fill("UCCI");
    await page
      .getByRole("listbox", { name: "Red", exact: true })
      .getByRole("option")
      .filter({ hasText: "UCCI" })
      .first()
      .click();
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/network=[0-9a-f-]{36}/);
    await expect(page.getByRole("combobox", { name: "Red", exact: true }).inputValue()).resolves.toMatch(
      /Capitales Iberoamericanas/,
    );
    await expect(page.getByRole("main").locator("tbody").textContent()).resolves.toContain(UCCI_SEAT);
    await expectNoAxeViolations(page);

    const seatPath = await openSeat(page, UCCI_SEAT);
    await expect(page.getByRole("region", { name: "Mandato actual" }).textContent()).resolves.toContain(
      UCCI_HOLDER,
    );
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Nuevo mandato" }).click();
    await page.getByRole("heading", { level: 1, name: "Nuevo mandato" }).waitFor();
    // The form says which term it will close.
    await expect(page.getByRole("main").textContent()).resolves.toContain(
      `el mandato vigente de ${UCCI_HOLDER} (desde el 06/11/2025) se cerrará`,
    );
    // A renewal starts from the current holder, the day after the current term ends (06/11/2027).
    await expect(page.getByRole("combobox", { name: "Titular" }).inputValue()).resolves.toBe(UCCI_HOLDER);
    await expect(page.getByLabel("Desde").inputValue()).resolves.toBe("2027-11-07");
    await expectNoAxeViolations(page);

    // A missing start is caught before sending, with the field named (the holder is pre-filled).
    await page.getByLabel("Desde").fill("");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    const summary = appAlert(page).filter({ hasText: "No se pudo guardar" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain("Desde: Este campo es obligatorio.");

    const today = todayBA();
    await chooseSearched(page, "Titular", "benavídez", "Lucía Benavídez");
    await page.getByLabel("Desde").fill(today);
    await page.getByLabel("Notas").fill("Asume la co-presidencia");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=mandato-reemplazo/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El mandato vigente anterior quedó finalizado" }).waitFor();
    await showsText(page, "Asume la co-presidencia");

    const rows = await termRows(page);
    expect(rows.slice(0, 2).map((r) => r.slice(0, 4))).toEqual([
      ["Lucía Benavídez (Actual)", ddmmyyyy(today), "Sin fecha de fin", "Vigente"],
      [UCCI_HOLDER, "06/11/2025", ddmmyyyy(addDays(today, -1)), "Finalizado"],
    ]);
    await expect(page.getByRole("region", { name: "Mandato actual" }).textContent()).resolves.toContain(
      "Lucía Benavídez",
    );
    // The seat's history tells the new term, naming the holder whose term it closed.
    const history = page.getByRole("region", { name: "Historial de cambios" });
    const newest = history.locator("tbody tr").first();
    await expect(newest.textContent()).resolves.toContain("Registró un mandato");
    await expect(newest.textContent()).resolves.toContain("Lucía Benavídez");
    await expect(newest.textContent()).resolves.toContain(UCCI_HOLDER);
    await expectNoAxeViolations(page);
    expect(seatPath).toMatch(/^\/cargos\//);
    await context.close();
  });

  it("a term set to end in 30 days is flagged on /cargos and listed under ?ending=30", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    await openSeat(page, UCCI_SEAT);
    const current = page.getByRole("region", { name: "Mandatos", exact: true }).locator("tbody tr").first();
    await current.getByRole("link", { name: /^Editar el mandato de / }).click();
    await page.getByRole("heading", { level: 1, name: /^Editar el mandato de / }).waitFor();
    await expectNoAxeViolations(page);
    const endsOn = addDays(todayBA(), 30);
    await page.getByLabel("Hasta").fill(endsOn);
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=mandato-guardado/, { waitUntil: "commit" });
    await showsText(page, ddmmyyyy(endsOn));
    await expect(page.getByRole("main").textContent()).resolves.toContain("Vence en 30 días");
    await expectNoAxeViolations(page);

    // Flagged in the default list, which is sorted by end date…
    await page.goto("/cargos");
    const row = page.locator("table tbody tr").filter({ hasText: UCCI_SEAT });
    await expect(row.textContent()).resolves.toContain("Vence en 30 días");
    await expect(row.locator("[data-ending]").getAttribute("data-ending")).resolves.toBe("urgent");
    await expectNoAxeViolations(page);

    // …the summary line leads to the 90-day view…
    const summary = page.getByRole("region", { name: "Vencimientos" });
    await expect(summary.textContent()).resolves.toMatch(/\d+ mandatos? vencen? en los próximos 90 días/);
    await summary.getByRole("link", { name: /en los próximos 90 días/ }).click();
    await page.waitForURL(/ending=90/);
    await page.locator("table tbody tr").filter({ hasText: UCCI_SEAT }).waitFor();
    await expectNoAxeViolations(page);

    // …and the 30-day window lists it too, every row flagged.
    await page.goto("/cargos?ending=30");
    const titles = await page.locator("table tbody tr td:first-child a").allTextContents();
    expect(titles).toContain(UCCI_SEAT);
    const badges = await page.locator("table tbody tr [data-ending]").count();
    expect(badges).toBe(titles.length);
    await expectNoAxeViolations(page);
    // …and on the network page, in the seats section.
    await page.goto("/redes?q=UCCI");
    await page
      .getByRole("link", { name: /Unión de Ciudades Capitales Iberoamericanas/ })
      .first()
      .click();
    await page.waitForURL(/\/redes\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
    const seatsSection = page.getByRole("region", { name: "Cargos de la Ciudad" });
    const networkRow = seatsSection.locator("tbody tr").filter({ hasText: UCCI_SEAT });
    await expect(networkRow.textContent()).resolves.toContain("Vence en 30 días");
    await expect(networkRow.locator("[data-ending]").getAttribute("data-ending")).resolves.toBe("urgent");
    await expectNoAxeViolations(page);

    // Filters combine: the seat is political, so the executive ones ending soon leave it out.
    await page.goto("/cargos?ending=30&kind=executive");
    await expect(page.locator("table tbody tr").filter({ hasText: UCCI_SEAT }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("two coordinators edit the same seat: the second gets a conflict with their input kept", async () => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    const a = await first.newPage();
    const b = await second.newPage();
    await signInAs(a, "coordinator");
    await signInAs(b, "coordinator");
    const seatPath = await openSeat(a, UCCI_SEAT);
    await a.getByRole("link", { name: "Editar cargo" }).click();
    await a.getByRole("heading", { level: 1, name: `Editar ${UCCI_SEAT}` }).waitFor();
    await expectNoAxeViolations(a);
    await b.goto(`${seatPath}/editar`);
    await b.getByRole("heading", { level: 1, name: `Editar ${UCCI_SEAT}` }).waitFor();
    await expectNoAxeViolations(b);

    await a.getByLabel("Cómo se renueva").fill("Elección por la Asamblea General (primera persona)");
    await a.getByRole("button", { name: "Guardar", exact: true }).click();
    await a.waitForURL(/estado=guardado/, { waitUntil: "commit" });
    await showsText(a, "Elección por la Asamblea General (primera persona)");
    await expectNoAxeViolations(a);

    await b.getByLabel("Cómo se renueva").fill("Elección por la Asamblea General (segunda persona)");
    await b.getByLabel("Notas").fill("Nota que no debe perderse");
    await b.getByRole("button", { name: "Guardar", exact: true }).click();
    await appAlert(b).filter({ hasText: "Conflicto de edición" }).waitFor();
    await expect(b.getByLabel("Cómo se renueva").inputValue()).resolves.toBe(
      "Elección por la Asamblea General (segunda persona)",
    );
    await expect(b.getByLabel("Notas").inputValue()).resolves.toBe("Nota que no debe perderse");
    await expectNoAxeViolations(b);

    // Plain "Guardar" again is still a conflict: overwriting takes an explicit choice.
    await b.getByRole("button", { name: "Guardar", exact: true }).click();
    await appAlert(b).filter({ hasText: "Conflicto de edición" }).waitFor();
    await expect(b.getByLabel("Notas").inputValue()).resolves.toBe("Nota que no debe perderse");
    await b.getByRole("button", { name: "Guardar mis datos de todos modos" }).click();
    await b.waitForURL(/estado=guardado/, { waitUntil: "commit" });
    await showsText(b, "Elección por la Asamblea General (segunda persona)");
    await showsText(b, "Nota que no debe perderse");
    await expectNoAxeViolations(b);
    await first.close();
    await second.close();
  });

  it("technical staff see no edit links, get forbidden forms, and a replayed action changes nothing", async () => {
    // Capture a real "new term" request (action id + body) from a coordinator's browser…
    const { context: coordinator, page: coordinatorPage } = await browser.signedInPage("coordinator");
    const seatPath = await openSeat(coordinatorPage, UCCI_SEAT);
    const termEditPath = await coordinatorPage
      .getByRole("region", { name: "Mandatos", exact: true })
      .getByRole("link", { name: /^Editar el mandato de / })
      .first()
      .getAttribute("href");
    const termsBefore = await termRows(coordinatorPage);
    await coordinatorPage.getByRole("link", { name: "Nuevo mandato" }).click();
    await coordinatorPage.getByRole("heading", { level: 1, name: "Nuevo mandato" }).waitFor();
    await expectNoAxeViolations(coordinatorPage);
    await chooseSearched(coordinatorPage, "Titular", "ocampo", "Pablo Ocampo");
    await coordinatorPage.getByLabel("Desde").fill(addDays(todayBA(), 2));
    const request = await captureAction(coordinatorPage, () =>
      coordinatorPage.getByRole("button", { name: "Guardar", exact: true }).click(),
    );

    // …then, as technical staff: read-only pages, forbidden forms…
    const { context: technical, page } = await browser.signedInPage("technical");
    await page.goto("/cargos");
    await page.getByRole("heading", { level: 1, name: "Cargos y mandatos" }).waitFor();
    await expect(page.getByRole("link", { name: "Nuevo cargo" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.goto(seatPath);
    await page.getByRole("heading", { level: 1, name: UCCI_SEAT }).waitFor();
    await showsText(page, "Mandatos");
    for (const name of ["Editar cargo", "Nuevo mandato"]) {
      await expect(page.getByRole("link", { name }).count()).resolves.toBe(0);
    }
    await expect(page.getByRole("link", { name: /^Editar el mandato de / }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Archivar cargo" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    for (const path of [`${seatPath}/editar`, `${seatPath}/mandatos/nuevo`, termEditPath!, "/cargos/nuevo"]) {
      await page.goto(path);
      await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para editar cargos");
      await expect(page.getByRole("button", { name: "Guardar", exact: true }).count()).resolves.toBe(0);
      await expectNoAxeViolations(page);
    }

    // …and the captured POST replayed with the technical user's cookies is refused.
    await expectReplayRefused(technical, request);

    await page.goto(seatPath);
    await showsText(page, "Mandatos");
    // Same terms as before (the coordinator's rows also have the edit links' column).
    expect(await termRows(page)).toEqual(termsBefore.map((r) => r.slice(0, 5)));
    await expect(page.getByRole("main").textContent()).resolves.not.toContain("Pablo Ocampo");
    await expectNoAxeViolations(page);
    await coordinator.close();
    await technical.close();
  });
});
