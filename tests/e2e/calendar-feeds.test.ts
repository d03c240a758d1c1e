import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { appAlert, baseURL, browserForFile, expectNoAxeViolations, signInAs } from "./support";

/** A calendar app's view of a feed: the events' UID, summary, link and zone. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    zones: calendar.getAllSubcomponents("vtimezone").map((z) => String(z.getFirstPropertyValue("tzid"))),
    events: calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        url: String(vevent.getFirstPropertyValue("url")),
        tzid: vevent.getFirstProperty("dtstart")?.getParameter("tzid") as string | undefined,
      };
    }),
  };
}

describe("calendar subscription links", () => {
  const browser = browserForFile();

  it("a technical user creates a «solo mías» link, a calendar app reads it, and revoking it ends access", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL() });
    const page = await context.newPage();
    await signInAs(page, "technical");
    await page.goto("/calendario/suscripcion");
    await page.getByRole("heading", { name: "Suscripción al calendario", level: 1 }).waitFor();
    const main = page.getByRole("main");
    await main.getByText("Todavía no creaste ningún enlace.").waitFor();
    for (const app of ["Google Calendar", "Outlook", "Apple Calendar", "Thunderbird"]) {
      await main.getByRole("heading", { name: app, level: 3 }).waitFor();
    }
    await expectNoAxeViolations(page);

    // Create a link with only the user's own meetings.
    await page.getByLabel("Solo mías").check();
    await page.getByRole("button", { name: "Crear enlace" }).click();
    const field = page.getByLabel("Enlace de suscripción");
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(
      new RegExp(`^${baseURL().replace(/[.]/g, "\\.")}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`),
    );
    await page.getByRole("button", { name: "Copiar enlace" }).click();
    await page.getByRole("status").filter({ hasText: "Enlace copiado" }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);
    await expectNoAxeViolations(page);

    // The table lists it, never used yet.
    const table = page.getByRole("table", { name: "Enlaces de suscripción activos" });
    await table.waitFor();
    const rows = table.locator("tbody tr");
    await expect(rows.count()).resolves.toBe(1);
    const rowText = await rows.first().textContent();
    expect(rowText).toContain("Solo mías");
    expect(rowText).toContain("Todas las redes");
    expect(rowText).toContain("Nunca");

    // A calendar app has no session: the link alone opens the feed.
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const feed = readCalendar(await response.text());
    expect(feed.name).toBe("Redes · Mis reuniones");
    const summaries = feed.events.map((e) => e.summary);
    expect(summaries).toContain("Reunión virtual de la Unidad Temática de Ambiente y Desarrollo Sostenible");
    expect(summaries).toContain("Webinario: financiamiento climático para gobiernos locales");
    // The coordinators' own forums (no technical delegation) are not in a «solo mías» feed.
    expect(summaries).not.toContain("Reunión virtual de Sherpas");
    for (const event of feed.events) {
      expect(event.uid).toMatch(/^[0-9a-f-]{36}@redes\.buenosaires$/);
      expect(event.url).toBe(`${baseURL()}/reuniones/${event.uid.split("@")[0]}`);
      expect(feed.zones).toContain(event.tzid);
    }

    // The page now shows when the link was last read.
    await page.reload();
    await table.waitFor();
    expect(await rows.first().textContent()).not.toContain("Nunca");

    // Revoke, confirming first.
    await page.getByRole("button", { name: /^Revocar el enlace creado el / }).click();
    await page.getByRole("group", { name: /¿Revocar este enlace\?/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sí, revocar" }).click();
    await page.waitForURL(/estado=revocado/, { waitUntil: "commit" });
    await appAlert(page).filter({ hasText: "El enlace se revocó." }).waitFor();
    await main.getByText("Todavía no creaste ningún enlace.").waitFor();
    await expectNoAxeViolations(page);

    // The revoked link answers exactly like a link that never existed.
    const revoked = await fetch(url);
    expect(revoked.status).toBe(404);
    const unknown = await fetch(`${baseURL()}/api/calendar/${"A".repeat(43)}.ics`);
    expect(unknown.status).toBe(404);
    expect(await revoked.text()).toBe(await unknown.text());
    await context.close();
  });

  it("a signed-in user downloads one meeting as an .ics file; an anonymous visitor is sent to sign in", async () => {
    const { context, page } = await browser.signedInPage("viewer");
    await page.goto("/redes?q=UCCI");
    await page.getByRole("link", { name: "Unión de Ciudades Capitales Iberoamericanas" }).click();
    const meetingLink = page.locator('a[href^="/reuniones/"]').first();
    await meetingLink.waitFor();
    const href = (await meetingLink.getAttribute("href"))!;
    const id = href.split("/")[2]!;

    const response = await context.request.get(`${href}/ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[a-z0-9-]+\.ics"$/);
    const file = readCalendar(await response.text());
    expect(file.events).toHaveLength(1);
    expect(file.events[0]!.uid).toBe(`${id}@redes.buenosaires`);
    expect(file.zones).toEqual([file.events[0]!.tzid]);

    const missing = await context.request.get("/reuniones/00000000-0000-4000-8000-000000000000/ics");
    expect(missing.status()).toBe(404);
    const anonymous = await fetch(`${baseURL()}${href}/ics`, { redirect: "manual" });
    expect([302, 303, 307]).toContain(anonymous.status);
    expect(anonymous.headers.get("location")).toContain("/login");
    await context.close();
  });
});
