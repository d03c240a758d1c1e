import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserForFile, expectNoAxeViolations, signInAs } from "./support";

// The demo seed (db/seed/calendar.ts) confirms, within the next 60 days: a UCCI meeting in
// Madrid at 09:30 local time, a Mercociudades council in Montevideo at 10:00, and two meetings
// whose delegation includes the technical demo user's person (Julián Pereyra).
const MADRID_MEETING = "Encuentro de Directores de Relaciones Internacionales";
const MONTEVIDEO_MEETING = "Reunión del Consejo";
const TECHNICAL_PERSON = "Julián Pereyra";
const TECHNICAL_MEETINGS = [
  "Reunión virtual de la Unidad Temática de Ambiente y Desarrollo Sostenible",
  "Webinario: financiamiento climático para gobiernos locales",
];
const UCCI = "Unión de Ciudades Capitales Iberoamericanas";
const MERCOCIUDADES = "Mercociudades";

const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];

/** A date or time as Buenos Aires sees an instant. */
function inBuenosAires(instant: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Argentina/Buenos_Aires",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}
const todayBA = () => inBuenosAires(new Date().toISOString()).date;
const addMonths = (month: string, n: number) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + m - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
};
/** "diciembre de 2026" (the heading capitalises it with CSS only). */
const monthHeading = (month: string) => `${MONTHS[Number(month.slice(5)) - 1]} de ${month.slice(0, 4)}`;

/** The period heading (h2) of the calendar, once the page has streamed. */
const periodHeading = (page: Page) => page.locator("#calendario-periodo");

/** The agenda's rows (a table, one meeting a row) whose link has this title. */
const agendaRows = (page: Page, title: string): Locator =>
  page
    .getByRole("main")
    .locator("tbody tr")
    .filter({ has: page.getByRole("link", { name: title, exact: true }) });

const text = async (locator: Locator) => ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();

/** The calendar's network filter: a searched field (combobox), not a list of every network. */
const networkField = (page: Page) => page.getByRole("combobox", { name: "Red", exact: true });

/** Chooses a network in the filter as a user does: type, wait for the match, click it. */
async function chooseNetwork(page: Page, query: string, name: string) {
  const field = networkField(page);
  await field.click();
  await page.keyboard.type(query);
  await page
    .getByRole("listbox", { name: "Red", exact: true })
    .getByRole("option")
    .filter({ has: page.locator(`span:text-is("${name}")`) })
    .click();
  await expect(field.inputValue()).resolves.toBe(name);
}

describe("forum calendar", () => {
  const browser = browserForFile();

  it("a coordinator browses months with the keyboard, filters by network, and sees both clocks and statuses", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInAs(page, "coordinator");
    await page.goto("/calendario");
    await page.getByRole("heading", { level: 1, name: "Calendario" }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Calendario/);
    const thisMonth = todayBA().slice(0, 7);
    await expect(text(periodHeading(page))).resolves.toBe(monthHeading(thisMonth));

    // A real table named by the month, weeks starting on Monday, today marked.
    const table = page.getByRole("table", { name: monthHeading(thisMonth) });
    await table.waitFor();
    await expect(table.getByRole("columnheader").allTextContents()).resolves.toEqual([
      "lunes",
      "martes",
      "miércoles",
      "jueves",
      "viernes",
      "sábado",
      "domingo",
    ]);
    const todayCell = table.locator('td[aria-current="date"]');
    await expect(todayCell.count()).resolves.toBe(1);
    await expect(todayCell.locator("time").getAttribute("datetime")).resolves.toBe(todayBA());
    await expect(
      page.getByRole("link", { name: "Suscribirse desde tu calendario" }).getAttribute("href"),
    ).resolves.toBe("/calendario/suscripcion");
    await expectNoAxeViolations(page);

    // Next month and back, with Tab and Enter only.
    const monthNav = page.getByRole("navigation", { name: "Cambiar de mes" });
    await monthNav.getByRole("link", { name: "Mes anterior" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      "Mes siguiente →",
    );
    await page.keyboard.press("Enter");
    const nextMonth = addMonths(thisMonth, 1);
    await page.waitForURL(new RegExp(`[?&]month=${nextMonth}`));
    await expect.poll(() => text(periodHeading(page))).toBe(monthHeading(nextMonth));
    await expect(page.locator('td[aria-current="date"]').count()).resolves.toBe(0);
    await monthNav.getByRole("link", { name: "Mes siguiente" }).focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      "← Mes anterior",
    );
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`[?&]month=${thisMonth}`));
    await expect.poll(() => text(periodHeading(page))).toBe(monthHeading(thisMonth));

    // No network is in the page before searching (there are hundreds): only what is typed asks.
    await expect(page.locator('li[role="option"]').count()).resolves.toBe(0);
    // Filter by network, found by its acronym (a GET form: the filter lands in the URL).
    await chooseNetwork(page, "ucci", UCCI);
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/[?&]network=[0-9a-f-]{36}/);
    const networkId = new URL(page.url()).searchParams.get("network")!;
    // The page names the chosen network (read by id); the form carries its id.
    await expect(networkField(page).inputValue()).resolves.toBe(UCCI);
    await expect(page.locator('input[type=hidden][name="network"]').inputValue()).resolves.toBe(networkId);

    // The agenda keeps the filter; every entry is a UCCI meeting.
    await page
      .getByRole("navigation", { name: "Vista del calendario" })
      .getByRole("link", { name: "Agenda" })
      .click();
    await page.waitForURL(/view=agenda/);
    expect(new URL(page.url()).searchParams.get("network")).toBe(networkId);
    await expect.poll(() => text(periodHeading(page))).toMatch(/^Desde el \d{2}\/\d{2}\/\d{4}$/);
    const entries = page.getByRole("main").locator("tbody tr");
    await entries.first().waitFor();
    for (const entry of await entries.all()) {
      await expect(text(entry)).resolves.toContain("Unión de Ciudades Capitales Iberoamericanas");
    }

    // The Madrid meeting: its own time, and the Buenos Aires time beside it.
    const madrid = agendaRows(page, MADRID_MEETING).first();
    await madrid.waitFor();
    const startsAt = (await madrid.locator(".meeting-clock time").first().getAttribute("datetime"))!;
    const ba = inBuenosAires(startsAt);
    const madridText = await text(madrid);
    expect(madridText).toContain("09:30 (Madrid)");
    expect(madridText).toContain(`${ba.time} BA`);
    expect(ba.time).not.toBe("09:30");
    // Confirmed and tentative say so in words (and tentative ones have a dashed border).
    expect(madridText).toContain("Confirmada");
    expect(madridText).not.toContain("Tentativa");
    const tentative = page.getByRole("main").locator('tbody tr [data-status="tentative"]').first();
    await tentative.waitFor();
    await expect(text(tentative)).resolves.toContain("Tentativa");
    await expect(tentative.evaluate((el) => getComputedStyle(el).borderStyle)).resolves.toBe("dashed");
    await expect(
      madrid.locator("[data-status]").evaluate((el) => getComputedStyle(el).borderStyle),
    ).resolves.toBe("solid");
    await expectNoAxeViolations(page);

    // The same meeting in its month's grid, on its Buenos Aires day, with both times.
    await page.goto(`/calendario?month=${ba.date.slice(0, 7)}&network=${networkId}`);
    const cell = page.locator("td").filter({ has: page.locator(`time[datetime="${ba.date}"]`) });
    const inGrid = cell
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: MADRID_MEETING }) });
    await inGrid.waitFor();
    const gridText = await text(inGrid);
    expect(gridText).toContain("09:30 (Madrid)");
    expect(gridText).toContain(`${ba.time} BA`);
    expect(gridText).toContain("Confirmada");
    await expect(inGrid.getByRole("link", { name: MADRID_MEETING }).getAttribute("href")).resolves.toMatch(
      /^\/reuniones\/[0-9a-f-]{36}$/,
    );
    await expectNoAxeViolations(page);

    // Montevideo keeps Buenos Aires' clock: one time is enough.
    await page.goto("/calendario?view=agenda&status=confirmed");
    await chooseNetwork(page, "mercociudades", MERCOCIUDADES);
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/[?&]network=[0-9a-f-]{36}/);
    expect(new URL(page.url()).searchParams.get("status")).toBe("confirmed");
    expect(new URL(page.url()).searchParams.get("view")).toBe("agenda");
    const montevideo = agendaRows(page, MONTEVIDEO_MEETING).first();
    await montevideo.waitFor();
    const montevideoText = await text(montevideo);
    expect(montevideoText).toContain("10:00");
    expect(montevideoText).toContain("Montevideo");
    expect(montevideoText).not.toContain("BA");

    // "Limpiar filtros" drops the filters and keeps the view.
    await page.getByRole("link", { name: "Limpiar filtros" }).click();
    await page.waitForURL((url) => url.pathname === "/calendario" && url.search === "?view=agenda");
    await context.close();
  });

  it("on a phone the same table reads as a list of days with the same meetings, each rendered once", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, "viewer");
    // The month of the Madrid meeting (found through the agenda).
    await page.goto("/calendario?view=agenda&status=confirmed");
    const madrid = agendaRows(page, MADRID_MEETING).first();
    await madrid.waitFor();
    const ba = inBuenosAires((await madrid.locator(".meeting-clock time").first().getAttribute("datetime"))!);
    const month = ba.date.slice(0, 7);
    await page.goto(`/calendario?month=${month}`);
    const table = page.getByRole("table", { name: monthHeading(month) });
    await table.waitFor();
    // One markup for both screens: no weekday row, no blank or empty days, no sideways scrolling.
    await expect(table.getByRole("columnheader").first().isVisible()).resolves.toBe(false);
    const visibleDays = await table
      .locator("td")
      .evaluateAll((cells) => cells.filter((c) => getComputedStyle(c).display !== "none").length);
    const daysWithMeetings = await table
      .locator("td")
      .evaluateAll((cells) => cells.filter((c) => c.querySelector("li[data-status]")).length);
    expect(visibleDays).toBe(daysWithMeetings);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    const day = table
      .locator("td")
      .filter({ has: page.getByRole("heading", { level: 3, name: ba.date.split("-").reverse().join("/") }) });
    await expect(day.getByRole("heading", { level: 3 }).isVisible()).resolves.toBe(true);
    await expect(text(day)).resolves.toContain(MADRID_MEETING);
    await expect(text(day)).resolves.toContain("09:30 (Madrid)");
    // Each meeting is in the page once (not once per screen size).
    await expect(page.getByRole("link", { name: MADRID_MEETING, exact: true }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("a busy day shows its first meetings and links to that day's agenda for the rest", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInAs(page, "coordinator");
    // Five meetings on one day of this suite's own (far from the demo's dates).
    const busyDay = "2031-06-18";
    for (let i = 1; i <= 5; i++) {
      await page.goto("/reuniones/nueva");
      await page.getByLabel("Red").selectOption({ label: "Metropolis" });
      await page.getByLabel("Título").fill(`Jornada de prueba del calendario ${i}`);
      await page.getByLabel("Tipo").selectOption({ label: "Grupo de trabajo" });
      await page.getByLabel("Fecha de inicio").fill(busyDay);
      await page.getByLabel("Fecha de finalización").fill(busyDay);
      await page.getByRole("button", { name: "Guardar", exact: true }).click();
      await page.waitForURL(/\/reuniones\/[0-9a-f-]{36}\?estado=creada/, { waitUntil: "commit" });
    }

    await page.goto(`/calendario?month=${busyDay.slice(0, 7)}&status=not_cancelled`);
    const table = page.getByRole("table", { name: monthHeading(busyDay.slice(0, 7)) });
    await table.waitFor();
    const cell = table.locator("td").filter({ has: page.locator(`time[datetime="${busyDay}"]`) });
    const total = await table.locator("li[data-status]").count();
    await expect(cell.locator("li[data-status]").count()).resolves.toBe(3);
    const more = cell.getByRole("link", { name: /^y \d+ más el miércoles 18\/06\/2031$/ });
    const hidden = Number((await text(more)).match(/^y (\d+) más/)?.[1]);
    expect(hidden).toBeGreaterThanOrEqual(2);
    // The status line still counts every meeting of the month.
    const monthStatus = page.getByRole("main").getByRole("status").filter({ hasText: / en / });
    const allHidden = (await table.getByRole("link", { name: /^y \d+ más / }).allTextContents())
      .map((t) => Number(t.match(/^y (\d+) más/)?.[1] ?? 0))
      .reduce((a, b) => a + b, 0);
    await expect(text(monthStatus)).resolves.toMatch(new RegExp(`^${total + allHidden} reuniones en `));
    await expectNoAxeViolations(page);

    // The link keeps the filters and opens the agenda of that one day, with every meeting.
    await more.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/view=agenda/);
    const url = new URL(page.url());
    expect(url.searchParams.get("from")).toBe(busyDay);
    expect(url.searchParams.get("to")).toBe(busyDay);
    expect(url.searchParams.get("status")).toBe("not_cancelled");
    const entries = page.getByRole("main").locator("tbody tr");
    await entries.first().waitFor();
    await expect(entries.count()).resolves.toBe(3 + hidden);
    for (let i = 1; i <= 5; i++) {
      await expect(
        agendaRows(page, `Jornada de prueba del calendario ${i}`).count(),
      ).resolves.toBeGreaterThanOrEqual(1);
    }
    await context.close();
  });

  it("an old bookmark with the Spanish parameter names lands, once, on the current names", async () => {
    const { context, page } = await browser.signedInPage("viewer");
    await page.goto("/calendario?vista=agenda&estado=confirmed&mias=1&desde=2020-01-01");
    await page.waitForURL(
      (url) =>
        url.pathname === "/calendario" &&
        url.search === "?view=agenda&status=confirmed&mine=1&from=2020-01-01",
    );
    await expect(page.getByLabel("Solo mías").isChecked()).resolves.toBe(true);
    // The month view's old name still means the month.
    await page.goto("/calendario?vista=mes&mes=2026-12");
    await page.waitForURL((url) => url.search === "?view=mes&month=2026-12");
    await expect.poll(() => text(periodHeading(page))).toBe(monthHeading("2026-12"));
    await context.close();
  });

  it("technical staff's «solo mías» lists only meetings where they are in the delegation", async () => {
    const { context, page } = await browser.signedInPage("technical");
    await page.goto("/calendario?view=agenda");
    const status = page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: /reuni(ón|ones) desde/ });
    await status.waitFor();
    const everything = Number((await text(status)).match(/^(\d+)/)?.[1] ?? 0);

    await page.getByLabel("Solo mías").check();
    await page.getByRole("button", { name: "Aplicar" }).click();
    await page.waitForURL(/[?&]mine=1/);
    await expect(page.getByLabel("Solo mías").isChecked()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    const links = page.getByRole("main").locator("tbody tr").getByRole("link");
    await links.first().waitFor();
    const titles = await links.allTextContents();
    for (const title of TECHNICAL_MEETINGS) expect(titles).toContain(title);
    const mine = Number((await text(status)).match(/^(\d+)/)?.[1] ?? 0);
    expect(mine).toBe(titles.length);
    expect(mine).toBeLessThan(everything);

    // Each one has the technical user's person in its delegation.
    const hrefs = await Promise.all((await links.all()).map((link) => link.getAttribute("href")));
    for (const href of hrefs) {
      await page.goto(href!);
      const delegation = page.getByRole("region", { name: "Delegación de la Ciudad" });
      await delegation.waitFor();
      await expect(text(delegation)).resolves.toContain(TECHNICAL_PERSON);
    }

    // The month grid with the same filter: the month of the first one, and nothing else.
    await page.goto("/calendario?view=agenda&mine=1");
    const first = agendaRows(page, TECHNICAL_MEETINGS[0]!).first();
    await first.waitFor();
    const month = inBuenosAires(
      (await first.locator(".meeting-clock time").first().getAttribute("datetime"))!,
    ).date.slice(0, 7);
    await page.goto(`/calendario?month=${month}`);
    const monthStatus = page.getByRole("main").getByRole("status").filter({ hasText: / en / });
    await monthStatus.waitFor();
    const monthAll = Number((await text(monthStatus)).match(/^(\d+)/)?.[1] ?? 0);
    await page.goto(`/calendario?month=${month}&mine=1`);
    const table = page.getByRole("table");
    await table.waitFor();
    await expect(page.getByLabel("Solo mías").isChecked()).resolves.toBe(true);
    const gridTitles = await table.getByRole("link").allTextContents();
    expect(gridTitles).toContain(TECHNICAL_MEETINGS[0]);
    expect(gridTitles.length).toBe(Number((await text(monthStatus)).match(/^(\d+)/)?.[1] ?? -1));
    expect(gridTitles.length).toBeLessThan(monthAll);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
