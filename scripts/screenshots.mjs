#!/usr/bin/env node
// Takes screenshots of the main pages for the README and for visual review:
//   node scripts/screenshots.mjs [baseURL] [outDir]
// against a running server with the demo data (npm run dev). Uses the system Chromium (scripts/chromium.mjs).
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";

const baseURL = process.argv[2] ?? "http://localhost:3000";
const outDir = process.argv[3] ?? "docs/screenshots";
const pages = (process.env.PAGES ?? "/,/redes,/redes/nueva").split(",");
const role = process.env.EMAIL ?? "coordinacion@redes.local";
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
  const name = path === "/" ? "panel" : path.replace(/^\//, "").replace(/[/?=&]/g, "_");
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: process.env.FULL === "1" });
  console.log(`${outDir}/${name}.png`);
}
await browser.close();
