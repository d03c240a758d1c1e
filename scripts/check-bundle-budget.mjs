#!/usr/bin/env node
// Bundle budget: first-load JavaScript of every page route, gzip, from the production build.
//
// For each page in <distDir>/server/app-paths-manifest.json, the JavaScript a first visit loads
// is the framework's root chunks (build-manifest.json → rootMainFiles) plus every chunk its
// client reference manifest lists for the route's segments (root and group layouts, error and
// not-found boundaries, the page: entryJSFiles). Each chunk counts once, gzipped at level 9.
// The polyfill chunk is left out: it is `nomodule` and modern browsers never load it.
//
// The framework's root chunks (React, React DOM, the Next.js router and runtime) are the same
// on every route and weigh about 129 kB gzip on their own with Next 16 and React 19, so a
// 130 kB ceiling on the whole first load could not hold for any page. The check therefore
// has two limits, both printed with the total:
//   - BUNDLE_BUDGET_KB (130): the route's own first-load JavaScript (everything beyond the
//     framework's root chunks: the app's client components and the libraries they pull in);
//   - FRAMEWORK_BUDGET_KB (135): the framework's root chunks, so that an upgrade or a change
//     that inflates what every route loads is noticed too.
// The sizes match what Chromium downloads for a first visit (checked against the Resource
// Timing entries of /, /redes, /compromisos and /reuniones/nueva: within 1 %).
//
// zod (about 30 kB gzip) is never first-load JavaScript: the forms load their schema after the
// page (components/forms/use-record-form.ts), and one static import of a schema module from a
// client component would bring it back into every page that holds the component. A route whose
// first-load chunks hold zod fails the check.
//
// Prints a table (largest first) and exits 1 when any route, or the framework, is above its
// limit, or when a route loads zod at once.
//
//   node scripts/check-bundle-budget.mjs            (reads NEXT_DIST_DIR or .next)
//   BUNDLE_BUDGET_KB=130 node scripts/check-bundle-budget.mjs --dist .next-bench
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const distArg = args.indexOf("--dist");
const distDir = distArg >= 0 ? args[distArg + 1] : process.env.NEXT_DIST_DIR || ".next";
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 130);
const frameworkBudgetKb = Number(process.env.FRAMEWORK_BUDGET_KB ?? 135);

const read = (path) => readFileSync(join(distDir, path), "utf8");
if (!existsSync(join(distDir, "build-manifest.json"))) {
  console.error(`✖ No production build in ${distDir} (run \`next build\` first).`);
  process.exit(1);
}

const buildManifest = JSON.parse(read("build-manifest.json"));
const appPaths = JSON.parse(read("server/app-paths-manifest.json"));
const rootMain = buildManifest.rootMainFiles ?? [];

const gzipCache = new Map();
function gzipBytes(file) {
  if (!gzipCache.has(file)) {
    const path = join(distDir, file.replace(/^\/?_next\//, ""));
    gzipCache.set(file, gzipSync(readFileSync(path), { level: 9 }).length);
  }
  return gzipCache.get(file);
}

/** The client reference manifest is a script that assigns globalThis.__RSC_MANIFEST[entry]. */
function clientManifest(entry, serverFile) {
  const file = join("server", serverFile.replace(/\.js$/, "_client-reference-manifest.js"));
  if (!existsSync(join(distDir, file))) return null;
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  runInNewContext(read(file), sandbox);
  const manifests = sandbox.__RSC_MANIFEST ?? {};
  return manifests[entry] ?? Object.values(manifests)[0] ?? null;
}

/** Whether a chunk holds zod (its schemas keep their definition under `_zod.def`). */
const zodChunks = new Map();
function holdsZod(file) {
  if (!zodChunks.has(file)) zodChunks.set(file, read(file).includes("_zod.def"));
  return zodChunks.get(file);
}

/** "/(app)/redes/[id]/page" → "/redes/[id]". */
const routeName = (entry) =>
  entry
    .replace(/\/page$/, "")
    .split("/")
    .filter((part) => part && !/^\(.*\)$/.test(part))
    .reduce((path, part) => `${path}/${part}`, "") || "/";

const rows = [];
for (const [entry, serverFile] of Object.entries(appPaths)) {
  if (!entry.endsWith("/page")) continue; // route handlers send no JavaScript
  const manifest = clientManifest(entry, serverFile);
  if (!manifest) continue;
  const files = new Set(rootMain);
  for (const chunks of Object.values(manifest.entryJSFiles ?? {}))
    for (const chunk of chunks) files.add(chunk);
  const bytes = [...files].reduce((sum, file) => sum + gzipBytes(file), 0);
  const own = [...files].filter((f) => !rootMain.includes(f)).reduce((sum, file) => sum + gzipBytes(file), 0);
  rows.push({ route: routeName(entry), files: files.size, own, bytes, zod: [...files].some(holdsZod) });
}

if (rows.length === 0) {
  console.error(`✖ No page routes found in ${distDir}/server/app-paths-manifest.json.`);
  process.exit(1);
}

const kb = (n) => (n / 1024).toFixed(1);
const shared = rootMain.reduce((sum, file) => sum + gzipBytes(file), 0);
const width = Math.max(...rows.map((r) => r.route.length), 5);
rows.sort((a, b) => b.own - a.own || a.route.localeCompare(b.route));
console.log(`First-load JavaScript per route (gzip) · build ${distDir}`);
console.log(
  `Limits: the route's own JavaScript ≤ ${budgetKb} kB; the framework's root chunks ≤ ${frameworkBudgetKb} kB`,
);
const frameworkOver = shared > frameworkBudgetKb * 1024;
console.log(
  `Framework root chunks, shared by every route: ${kb(shared)} kB${frameworkOver ? "  ✖ over budget" : ""}`,
);
console.log(
  `${"route".padEnd(width)}  ${"chunks".padStart(6)}  ${"route kB".padStart(8)}  ${"total kB".padStart(8)}`,
);
const over = [];
for (const row of rows) {
  const fail = row.own > budgetKb * 1024;
  if (fail) over.push(row);
  console.log(
    `${row.route.padEnd(width)}  ${String(row.files).padStart(6)}  ${kb(row.own).padStart(8)}  ${kb(row.bytes).padStart(8)}${fail ? "  ✖ over budget" : ""}${row.zod ? "  ✖ loads zod at once" : ""}`,
  );
}
const withZod = rows.filter((row) => row.zod);
if (withZod.length)
  console.error(
    `✖ ${withZod.length} route(s) load zod with the page (a client component imports a schema module statically): ${withZod.map((r) => r.route).join(", ")}`,
  );
if (over.length || frameworkOver || withZod.length) {
  if (over.length)
    console.error(
      `✖ ${over.length} route(s) load more than ${budgetKb} kB gzip of their own JavaScript: ${over.map((r) => r.route).join(", ")}`,
    );
  if (frameworkOver) console.error(`✖ The framework's root chunks are above ${frameworkBudgetKb} kB gzip.`);
  process.exit(1);
}
console.log(
  `✔ ${rows.length} routes within ${budgetKb} kB of their own JavaScript (largest: ${rows[0].route}, ${kb(rows[0].own)} kB; ${kb(rows[0].bytes)} kB with the framework)`,
);
