import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseURL, browserForFile, DEMO, loginThroughPage, postCredentials } from "./support";

/**
 * A session is a fact on the server: once it ends, a copy of its cookie taken before opens
 * nothing — not a page, not an export, not a route handler, not a server action posted from a
 * form that was already open in another tab.
 */

/** The session cookie of a browser context, as a Cookie header. */
async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** What an endpoint answered: its status, where it redirected, and its body. */
interface Answer {
  status: number;
  location: string;
  type: string;
  body: string;
}

/** What each kind of endpoint answers to a request carrying this cookie, without following redirects. */
async function probe(cookie: string) {
  const get = async (path: string): Promise<Answer> => {
    const response = await fetch(`${baseURL()}${path}`, { headers: { cookie }, redirect: "manual" });
    return {
      status: response.status,
      location: response.headers.get("location") ?? "",
      type: response.headers.get("content-type") ?? "",
      body: await response.text(),
    };
  };
  return {
    page: await get("/redes?q=capitales"),
    export: await get("/exportar/redes/csv"),
    search: await get("/api/buscar/redes?q=capitales"),
  };
}

/** A network's name: data, not a word of the message catalogs (which every page carries). */
const DATA = "Unión de Ciudades Capitales Iberoamericanas";

/** Refused as a visitor without a session: sent to the login page, with none of the data. */
function expectSentToLogin(answer: Answer) {
  expect(answer.status).toBeGreaterThanOrEqual(300);
  expect(answer.status).toBeLessThan(400);
  expect(answer.location).toMatch(/\/login/);
  expect(answer.body).not.toContain(DATA);
}

describe("server-side sessions", () => {
  const browser = browserForFile();

  it("a cookie copied before 'Cerrar sesión' is refused everywhere afterwards", async () => {
    const mine = await browser.newContext();
    const page = await mine.newPage();
    await loginThroughPage(page, "coordinator");
    const copied = await cookieHeader(mine);

    // Before: the copy works like the original.
    const before = await probe(copied);
    expect(before.page.status).toBe(200);
    expect(before.page.body).toContain(DATA);
    expect(before.export.status).toBe(200);
    expect(before.export.type).toMatch(/text\/csv/);
    expect(before.search.status).toBe(200);
    expect(before.search.body).toContain(DATA);
    expect(before.export.body).toContain(DATA);

    // Another tab, opened with the copy, has a form on screen.
    const thief = await browser.newContext();
    await thief.addCookies(await mine.cookies());
    const tab = await thief.newPage();
    await tab.goto("/areas-tematicas");
    await tab.getByLabel("Nombre de la nueva área").fill("Área fantasma de la sesión copiada");

    // The owner signs out.
    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await page.waitForURL(/\/login/, { waitUntil: "commit" });

    const after = await probe(copied);
    expectSentToLogin(after.page);
    expectSentToLogin(after.export);
    expectSentToLogin(after.search);

    // The form already open in the other tab posts its server action: refused, nothing created.
    const posted = tab.waitForResponse((r) => r.request().method() === "POST");
    await tab.getByRole("button", { name: "Crear área" }).click();
    await posted;
    const areas = await fetch(`${baseURL()}/areas-tematicas`, {
      headers: { cookie: await signedInCookie() },
    });
    const listed = await areas.text();
    expect(listed).toContain("Áreas temáticas");
    expect(listed).not.toContain("Área fantasma");
  });

  it("Mi cuenta lists the open sessions; 'Cerrar' ends another device's, 'Cerrar las demás' keeps this one", async () => {
    const laptop = await browser.newPage();
    const phone = await browser.newPage();
    const desk = await browser.newPage();
    for (const p of [laptop, phone, desk]) await loginThroughPage(p, "technical");
    const phoneCookie = await cookieHeader(phone.context());

    await desk.goto("/cuenta#sesiones");
    const table = desk.getByRole("table", { name: "Tus sesiones abiertas" });
    await table.waitFor();
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await table.locator("tr.session-current").count()).toBe(1);
    await expect(table.locator("tr.session-current").textContent()).resolves.toContain("Esta sesión");
    expect(await table.textContent()).toContain("Chrome");

    // Close one other session by its button: exactly one fewer, and that browser is out.
    const others = await table.locator("tr.session-other").count();
    await table
      .locator("tr.session-other")
      .first()
      .getByRole("button", { name: /^Cerrar la sesión de/ })
      .click();
    await desk.waitForURL(/estado=sesion-cerrada/);
    await desk.getByText("La sesión se cerró").waitFor();
    expect(
      await desk.getByRole("table", { name: "Tus sesiones abiertas" }).locator("tr.session-other").count(),
    ).toBe(others - 1);

    await desk.getByRole("button", { name: "Cerrar las demás sesiones" }).click();
    await desk.waitForURL(/estado=otras-cerradas/);
    expect(
      await desk.getByRole("table", { name: "Tus sesiones abiertas" }).locator("tr.session-other").count(),
    ).toBe(0);
    // This browser stays in; the phone and the laptop are out.
    await desk.goto("/mi-participacion");
    expect(new URL(desk.url()).pathname).toBe("/mi-participacion");
    for (const p of [laptop, phone]) {
      await p.goto("/mi-participacion");
      await p.waitForURL(/\/login\?sesion=vencida/);
    }
    expectSentToLogin((await probe(phoneCookie)).search);
  });
});

/** A fresh coordinator session's cookie, to look at the data as someone signed in. */
async function signedInCookie(): Promise<string> {
  const { response, cookie } = await postCredentials(DEMO.coordinator);
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c.includes("session-token"));
  return [cookie, ...session].join("; ");
}
