import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAlert, browserForFile, expectNoAxeViolations } from "./support";

const MERCOCIUDADES = "Mercociudades";
const GCOM = "Pacto Global de Alcaldes por el Clima y la Energía";
const NEW_BODY = "Grupo de Movilidad Sostenible";
const UUID = "[0-9a-f-]{36}";

/** Opens a network's page from the directory search and returns its path (/redes/<id>). */
async function openNetwork(page: Page, query: string, name: string): Promise<string> {
  await page.goto(`/redes?q=${encodeURIComponent(query)}`);
  await page.getByRole("link", { name, exact: true }).first().click();
  await page.waitForURL(new RegExp(`/redes/${UUID}$`));
  return new URL(page.url()).pathname;
}

const generateButton = (page: Page) => page.getByRole("button", { name: /^Crear \d+ reuni/ });
const previewRows = (page: Page) =>
  page.getByRole("region", { name: /^Fechas previstas entre/ }).locator("tbody tr");

/** All the text of a PDF, page by page, with the size of each page in points. */
async function readPdf(bytes: Buffer) {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: { width: number; height: number; text: string }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const p = await pdf.getPage(n);
    const [x0, y0, x1, y1] = p.view as [number, number, number, number];
    const content = await p.getTextContent();
    const text = content.items
      .map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
      .join("");
    pages.push({ width: x1 - x0, height: y1 - y0, text });
  }
  await pdf.destroy();
  return pages;
}

/** Text compared without whitespace: a PDF breaks lines and splits runs where the page did not. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((t) => t.trim()).filter(Boolean);
}

describe("tentative meetings from a body's cadence, and the briefing pack", () => {
  const browser = browserForFile();

  it("a demo body whose next year is already planned gets nothing new; an irregular one says why", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    await openNetwork(page, MERCOCIUDADES, MERCOCIUDADES);
    const tree = page.getByRole("region", { name: "Órganos e instancias" });
    await tree.getByRole("link", { name: "Consejo", exact: true }).click();
    await page.waitForURL(new RegExp(`/organos/${UUID}$`));
    await page.getByRole("link", { name: "Generar reuniones tentativas" }).click();
    await page.getByRole("heading", { name: "Generar reuniones tentativas", level: 1 }).waitFor();

    // Every 6 months: the confirmed Council meeting and the tentative one after it are the year.
    await page.getByText("No hay reuniones para crear").waitFor();
    const rows = previewRows(page);
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.filter({ hasText: "Ya existe" }).count()).resolves.toBe(2);
    await expect(rows.getByRole("link", { name: "Reunión del Consejo", exact: true }).count()).resolves.toBe(
      1,
    );
    await expect(generateButton(page).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    // An irregular body: the page explains why nothing can be generated.
    await page.goBack();
    await page.waitForURL(new RegExp(`/organos/${UUID}$`));
    await page.getByRole("link", { name: "Mercociudades", exact: true }).first().click();
    await page.waitForURL(new RegExp(`/redes/${UUID}$`));
    await tree.getByRole("link", { name: "Dirección Ejecutiva", exact: true }).click();
    await page.getByRole("link", { name: "Generar reuniones tentativas" }).click();
    await page.getByRole("heading", { name: "Generar reuniones tentativas", level: 1 }).waitFor();
    await expect(appAlert(page).textContent()).resolves.toContain(
      "no tiene una frecuencia regular de reuniones",
    );
    await expect(generateButton(page).count()).resolves.toBe(0);
    await context.close();
  });

  it("a coordinator generates a body's tentative meetings for the next year, once, and confirms one in Montevideo", async () => {
    const { context, page } = await browser.signedInPage("coordinator");
    const networkPath = await openNetwork(page, "Pacto Global", GCOM);

    // A new body of the network that meets every six months, usually in March.
    await page.goto(`${networkPath}/organos/nuevo`);
    await page.getByLabel("Nombre").fill(NEW_BODY);
    await page.getByLabel("Tipo de órgano").selectOption({ label: "Grupo de trabajo" });
    await page.getByLabel("Frecuencia de reuniones").selectOption({ label: "Semestral" });
    await page.getByLabel("Mes habitual").selectOption({ label: "Marzo" });
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(new RegExp(`/organos/${UUID}\\?estado=creado`), { waitUntil: "commit" });
    const bodyPath = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Generar reuniones tentativas" }).click();
    await page.waitForURL(`**${bodyPath}/generar`);
    await page.getByRole("heading", { name: "Generar reuniones tentativas", level: 1 }).waitFor();
    const rows = previewRows(page);
    // The next 12 months hold one March and one September.
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.filter({ hasText: "Se creará" }).count()).resolves.toBe(2);
    const months = await texts(rows.locator("th"));
    expect(months.some((m) => m.startsWith("Marzo de "))).toBe(true);
    expect(months.some((m) => m.startsWith("Septiembre de "))).toBe(true);
    await expectNoAxeViolations(page);
    // The same preview in a second tab, to be confirmed after the first tab has created them.
    const stale = await context.newPage();
    await stale.goto(`${bodyPath}/generar`);
    await generateButton(stale).waitFor();

    await generateButton(page).click();
    await page.waitForURL(/estado=creadas&cantidad=2/, { waitUntil: "commit" });
    await page.getByText("Se crearon 2 reuniones tentativas.").waitFor();
    await expect(rows.filter({ hasText: "Ya existe" }).count()).resolves.toBe(2);
    await expect(generateButton(page).count()).resolves.toBe(0);
    const titles = await texts(rows.getByRole("link"));
    expect(titles).toHaveLength(2);
    for (const title of titles)
      expect(title).toMatch(new RegExp(`^${NEW_BODY} — (marzo|septiembre) de \\d{4}$`));
    await expectNoAxeViolations(page);

    // The stale tab is refused, sees the updated dates and cannot create duplicates.
    await generateButton(stale).click();
    await appAlert(stale).filter({ hasText: "La lista cambió mientras la revisabas" }).waitFor();
    await stale.getByText("No hay reuniones para crear").waitFor();
    await expect(generateButton(stale).count()).resolves.toBe(0);
    await expect(previewRows(stale).filter({ hasText: "Ya existe" }).count()).resolves.toBe(2);

    // Running it again creates nothing.
    await page.goto(`${bodyPath}/generar`);
    await page.getByText("No hay reuniones para crear").waitFor();
    await expect(generateButton(page).count()).resolves.toBe(0);

    // Both appear on the network's page as tentative.
    await page.goto(networkPath);
    const meetingsRegion = page.getByRole("region", { name: "Reuniones" });
    for (const title of titles) {
      const item = meetingsRegion.locator("tbody tr", {
        has: page.getByRole("link", { name: title, exact: true }),
      });
      await expect(item.textContent()).resolves.toContain("Tentativa");
    }

    // The network announced the first one: confirmed in Montevideo.
    const first = titles[0]!;
    await meetingsRegion.getByRole("link", { name: first, exact: true }).click();
    await page.waitForURL(new RegExp(`/reuniones/${UUID}$`));
    await page.getByText("Reunión tentativa: generada a partir de la periodicidad del órgano.").waitFor();
    await page.getByRole("link", { name: "Editar reunión" }).click();
    await page.getByLabel("Estado").selectOption({ label: "Confirmada" });
    await page.getByLabel("Zona horaria de la reunión").selectOption("America/Montevideo");
    await page.getByLabel("Hora de inicio").fill("09:30");
    await page.getByLabel("Hora de finalización").fill("17:00");
    await page.getByLabel("Sede o lugar").fill("Intendencia de Montevideo");
    await page.getByLabel("Ciudad").fill("Montevideo");
    await page.getByLabel("País").fill("Uruguay");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=guardada/, { waitUntil: "commit" });
    const details = page.getByRole("region", { name: "Datos de la reunión" });
    await details.getByText("Intendencia de Montevideo, Montevideo, Uruguay").waitFor();
    // Montevideo's clocks show Buenos Aires time: one time, 09:30.
    await expect(details.textContent()).resolves.toContain("09:30");
    await expect(page.getByText("Reunión tentativa: generada").count()).resolves.toBe(0);
    await expect(
      page.getByRole("main").getByText("Confirmada", { exact: true }).count(),
    ).resolves.toBeGreaterThan(0);

    // Still that month's occurrence: the preview shows it confirmed and creates nothing.
    await page.goto(`${bodyPath}/generar`);
    const confirmed = rows.filter({ has: page.getByRole("link", { name: first, exact: true }) });
    await expect(confirmed.textContent()).resolves.toContain("Confirmada");
    await expect(generateButton(page).count()).resolves.toBe(0);
    await context.close();
  });

  it("staff who may not create meetings do not see the button and are refused the page", async () => {
    const { context, page } = await browser.signedInPage("head");
    await openNetwork(page, MERCOCIUDADES, MERCOCIUDADES);
    await page
      .getByRole("region", { name: "Órganos e instancias" })
      .getByRole("link", { name: "Consejo", exact: true })
      .click();
    await page.waitForURL(new RegExp(`/organos/${UUID}$`));
    await page.getByRole("heading", { name: "Consejo", level: 1 }).waitFor();
    await expect(page.getByRole("link", { name: "Generar reuniones tentativas" }).count()).resolves.toBe(0);
    await page.goto(`${new URL(page.url()).pathname}/generar`);
    await expect(appAlert(page).textContent()).resolves.toContain("Sin permiso para generar reuniones");
    await context.close();
  });

  it("the briefing pack of a demo meeting shows its sections and prints on A4 without the app's chrome", async () => {
    const { context, page } = await browser.signedInPage("head");
    await openNetwork(page, MERCOCIUDADES, MERCOCIUDADES);
    const meetingTitle = "Reunión virtual de la Unidad Temática de Ambiente y Desarrollo Sostenible";
    await page.getByRole("region", { name: "Reuniones" }).getByRole("link", { name: meetingTitle }).click();
    await page.waitForURL(new RegExp(`/reuniones/${UUID}$`));
    await page.goto(`${new URL(page.url()).pathname}/ficha`);

    await page.getByRole("heading", { name: meetingTitle, level: 1 }).waitFor();
    for (const name of [
      "La reunión",
      "La red",
      "Cargos de la Ciudad en la red",
      "Delegación de la Ciudad",
      "Agenda",
      "Reunión anterior: para revisar primero",
    ]) {
      await page.getByRole("region", { name, exact: true }).waitFor();
    }
    const network = page.getByRole("region", { name: "La red", exact: true });
    await expect(network.textContent()).resolves.toContain(MERCOCIUDADES);
    const delegates = await texts(
      page
        .getByRole("region", { name: "Delegación de la Ciudad" })
        .locator("tbody tr td:first-child .font-medium"),
    );
    expect(delegates).toContain("Carolina Funes");
    expect(delegates).toContain("Julián Pereyra");
    await expect(page.getByRole("link", { name: /direccion@redes\.local/ }).count()).resolves.toBe(1);
    const agenda = await texts(
      page.getByRole("region", { name: "Agenda", exact: true }).locator("li > .font-medium"),
    );
    expect(agenda.length).toBeGreaterThanOrEqual(3);

    // The previous meeting of the Unit: held months ago, with the city's open commitments.
    const previous = page.getByRole("region", { name: "Reunión anterior: para revisar primero" });
    const previousText = (await previous.textContent()) ?? "";
    expect(previousText).toMatch(/Unidad Temática de Ambiente y Desarrollo Sostenible — \p{L}+ de \d{4}/u);
    expect(previousText).toContain("Realizada");
    expect(previousText).toContain(
      "Enviar a la unidad temática el inventario de emisiones actualizado de la Ciudad",
    );
    expect(previousText).toContain("Compartir la experiencia del plan de acción climática");
    expect(previousText).toContain("Vencido");
    await expect(previous.getByRole("heading", { name: "Decisiones" }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    // "Descargar PDF" opens the browser's print dialog (whose "Save as PDF" writes the file).
    const download = page.getByRole("button", { name: "Descargar PDF" });
    await expect(download.isVisible()).resolves.toBe(true);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await download.click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);

    // Printed: no header, navigation or toolbar; A4 pages with the pack's content.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Navegación principal" }).isVisible()).resolves.toBe(
      false,
    );
    await expect(download.isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = await readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const p of pages) {
      expect(Math.abs(p.width - 595)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.height - 842)).toBeLessThanOrEqual(1);
    }
    const printed = squeeze(pages.map((p) => p.text).join(" "));
    expect(printed).toContain(squeeze(meetingTitle));
    expect(printed).toContain(squeeze(MERCOCIUDADES));
    for (const item of agenda) expect(printed).toContain(squeeze(item));
    for (const name of delegates) expect(printed).toContain(squeeze(name));
    expect(printed).toContain(squeeze("Enviar a la unidad temática el inventario de emisiones"));
    // None of the app's chrome: the header's tagline and sign-out, the navigation, the toolbar.
    for (const chrome of [
      "Relaciones Multilaterales · Ciudad de Buenos Aires",
      "Cerrar sesión",
      "Calendario",
      "Personas",
      "Descargar PDF",
      "Guardar como PDF",
      "Volver a la reunión",
    ]) {
      expect(printed).not.toContain(squeeze(chrome));
    }
    await context.close();
  });
});
