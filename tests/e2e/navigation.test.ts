import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signedInBrowser } from "./support";

// Links prefetch on intent, not on sight (components/ui/link.tsx): a page full of links — the
// navigation, a calendar month of meetings — must not make the server render each of them
// in the background, and a link the pointer rests on is prefetched so that its page opens at
// once, without a full page load.

const session = signedInBrowser("coordinator");

/** Router requests (prefetches and client navigations) carry the RSC header. */
const isRouterRequest = (request: Request) => request.headers()["rsc"] === "1";

/**
 * Rests the pointer on the page's heading, where no link is: a link that a page lays out under
 * a resting pointer is hovered, and so prefetched, by design — wherever the last click left the
 * pointer (the sign-in button, a navigation link) would decide what "on load" prefetches.
 * Returns a check that the point is still off every link on the page shown afterwards.
 */
async function restPointerOffLinks(page: Page) {
  const box = await page.getByRole("heading", { level: 1 }).boundingBox();
  const point = { x: Math.round(box!.x + 4), y: Math.round(box!.y + box!.height / 2) };
  await page.mouse.move(point.x, point.y);
  return async () =>
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("a") === null, point),
    ).toBe(true);
}

describe("links", () => {
  it("are not prefetched when they come into view, but when the pointer rests on them", async () => {
    const { page } = session;
    const routerRequests: string[] = [];
    page.on("request", (request) => {
      if (isRouterRequest(request)) routerRequests.push(new URL(request.url()).pathname);
    });
    await page.goto("/calendario?view=agenda&from=2020-01-01", { waitUntil: "networkidle" });
    const pointerOffLinks = await restPointerOffLinks(page);
    routerRequests.length = 0;
    await page.reload({ waitUntil: "networkidle" });
    await pointerOffLinks();
    const meetingLinks = page.locator('main a[href^="/reuniones/"]');
    expect(await meetingLinks.count()).toBeGreaterThan(5);
    await page.waitForTimeout(1_000);
    expect(routerRequests).toEqual([]);

    const nav = page.getByRole("navigation", { name: "Navegación principal" });
    const networks = nav.getByRole("link", { name: "Redes", exact: true });
    await networks.hover();
    await expect.poll(() => routerRequests).toContain("/redes");

    // The click is a client-side navigation: no new document is loaded.
    const documents: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "document") documents.push(request.url());
    });
    await networks.click();
    await page.waitForURL((url) => url.pathname === "/redes");
    await page.getByRole("heading", { level: 1, name: "Redes" }).waitFor();
    expect(documents).toEqual([]);
  });

  it("in a LinkArea (the month grid, the coverage matrix) plain anchors prefetch on intent and open on the client", async () => {
    const { page } = session;
    // A month that has meetings: the first day of the agenda from 2020 on (its day column).
    await page.goto("/calendario?view=agenda&from=2020-01-01");
    const firstDay = await page
      .getByRole("main")
      .locator("tbody time[datetime]")
      .first()
      .getAttribute("datetime");
    expect(firstDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const pointerOffLinks = await restPointerOffLinks(page);

    const routerRequests: string[] = [];
    page.on("request", (request) => {
      if (isRouterRequest(request)) routerRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(`/calendario?month=${firstDay!.slice(0, 7)}`, { waitUntil: "networkidle" });
    await pointerOffLinks();
    const grid = page.getByRole("table", { name: /de \d{4}$/ });
    const meeting = grid.locator('li[data-status] a[href^="/reuniones/"]').first();
    const href = await meeting.getAttribute("href");
    await page.waitForTimeout(500);
    expect(routerRequests).toEqual([]);

    await meeting.hover();
    await expect.poll(() => routerRequests).toContain(href);

    // A click with a modifier is the browser's: the meeting opens in a new tab, this one stays.
    const [tab] = await Promise.all([
      page.context().waitForEvent("page"),
      meeting.click({ modifiers: ["ControlOrMeta"] }),
    ]);
    await tab.close();
    expect(new URL(page.url()).pathname).toBe("/calendario");

    const documents: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "document") documents.push(request.url());
    });
    await meeting.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(documents).toEqual([]);
  });

  it("the pages' own links are plain anchors that open on the client; downloads stay downloads", async () => {
    const { page } = session;
    await page.goto("/redes", { waitUntil: "networkidle" });
    // "Nueva red" (a ButtonLink) and a network's name: no client component per link.
    const create = page.getByRole("main").getByRole("link", { name: "Nueva red" });
    const routerRequests: string[] = [];
    page.on("request", (request) => {
      if (isRouterRequest(request)) routerRequests.push(new URL(request.url()).pathname);
    });
    await create.hover();
    await expect.poll(() => routerRequests).toContain("/redes/nueva");

    const documents: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "document") documents.push(request.url());
    });
    await create.click();
    await page.waitForURL((url) => url.pathname === "/redes/nueva");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(documents).toEqual([]);

    // An export link is a download, left to the browser: no navigation of the router.
    await page.goto("/redes", { waitUntil: "networkidle" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(new URL(page.url()).pathname).toBe("/redes");
  });
});
