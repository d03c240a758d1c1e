import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signedInBrowser } from "./support";

// Links prefetch on intent, not on sight (components/ui/link.tsx): a page full of links — the
// navigation, a calendar month of meetings — must not make the server render each of them
// in the background, and a link the pointer rests on is prefetched so that its page opens at
// once, without a full page load.

const session = signedInBrowser("coordinator");

/** Router requests (prefetches and client navigations) carry the RSC header. */
const isRouterRequest = (request: Request) => request.headers()["rsc"] === "1";

describe("links", () => {
  it("are not prefetched when they come into view, but when the pointer rests on them", async () => {
    const { page } = session;
    const routerRequests: string[] = [];
    page.on("request", (request) => {
      if (isRouterRequest(request)) routerRequests.push(new URL(request.url()).pathname);
    });
    await page.goto("/calendario?vista=agenda&desde=2020-01-01", { waitUntil: "networkidle" });
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
});
