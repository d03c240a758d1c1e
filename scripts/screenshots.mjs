#!/usr/bin/env node
// Takes screenshots of the main pages for the README and for visual review:
//   node scripts/screenshots.mjs [baseURL] [outDir]
// against a running server with the demo data (npm run dev). Uses the system Chromium (scripts/chromium.mjs).
// PAGES: the pages at 1366 px; PHONE_PAGES: those at 390 px, a phone's first screen (FULL=1: the
// whole page), named phone-*.png; "@meeting" there is the signed-in person's next meeting.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";

const baseURL = process.argv[2] ?? "http://localhost:3000";
const outDir = process.argv[3] ?? "docs/screenshots";
const pages = (process.env.PAGES ?? "/,/redes,/redes/nueva").split(",").filter(Boolean);
const phonePages = (process.env.PHONE_PAGES ?? "/mi-participacion,@meeting,/compromisos,/redes")
  .split(",")
  .filter(Boolean);
const role = process.env.EMAIL ?? "coordinacion@redes.local";
const nameOf = (path) => (path === "/" ? "panel" : path.replace(/^[/@]/, "").replace(/[/?=&]/g, "_"));
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({
  baseURL,
  viewport: { width: 1366, height: 900 },
  locale: "es-AR",
});
const page = await context.newPage();
await page.goto("/login");
await page.screenshot({ path: `${outDir}/login.png` });
await page.getByLabel("Correo electrónico").fill(role);
await page.getByLabel("Contraseña").fill("redes-demo-2026");
await page.getByRole("button", { name: "Ingresar" }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/login"), { waitUntil: "commit" });
await page.waitForLoadState("networkidle");
for (const path of pages) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const name = nameOf(path);
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: process.env.FULL === "1" });
  console.log(`${outDir}/${name}.png`);
}

// A phone: 390 px wide, with a phone's viewport handling and touch, signed in as above.
const phone = await browser.newContext({
  baseURL,
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: "es-AR",
  storageState: await context.storageState(),
});
const phonePage = await phone.newPage();
for (const entry of phonePages) {
  let path = entry;
  if (entry === "@meeting") {
    await phonePage.goto("/mi-participacion");
    await phonePage.waitForLoadState("networkidle");
    const href = await phonePage
      .locator('main a[href^="/reuniones/"]')
      .evaluateAll((links) =>
        links.map((a) => a.getAttribute("href")).find((h) => /^\/reuniones\/[0-9a-f-]{36}$/.test(h)),
      );
    if (!href) throw new Error("no meeting linked from /mi-participacion");
    path = href;
  }
  await phonePage.goto(path);
  await phonePage.waitForLoadState("networkidle");
  const file = `${outDir}/phone-${nameOf(entry)}.png`;
  await phonePage.screenshot({ path: file, fullPage: process.env.FULL === "1" });
  console.log(file);
}
await browser.close();
