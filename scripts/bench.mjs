#!/usr/bin/env node
// npm run bench — server response time of every main page against its floor, measured in one run.
//
// For each database (PostgreSQL, then PGlite) holding the dataset (`--scale large` by default;
// created and seeded on first use, then reused):
//   1. capture: `next start` with the SQL recorder on (REDES_SQL_RECORD, db/client.ts), sign in
//      once through the real login form, request each page once and keep the statements it ran;
//   2. time: `next start` again without the recorder, same session cookie; N rounds, each
//      requesting the floor (/sesion: the app shell and one line, the framework's own cost) and
//      every page, one after another, timing each response to its last byte; on PostgreSQL the
//      panel's and the networks list's LCP and CLS are then measured in headless Chromium;
//   3. replay: with the server stopped, each page's statements — minus those the floor runs too
//      (the session check) — are run directly against the database (postgres.js, unnamed
//      statements as the app's driver sends them, or PGlite), one after another, N times.
// The ratio is page p50 / (floor p50 + SQL p50); the target is below 1.5 for every page.
// Results go to the console and into docs/performance.md ("Benchmark" and "Web vitals").
//
//   npm run bench [-- --requests 50 --scale large|ci|demo --db postgres,pglite --no-vitals --no-write --build]
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  argValue,
  distDir,
  ensureBuild,
  ensurePgliteDataset,
  ensurePostgresDataset,
  FLOOR_PATH,
  hasFlag,
  launchChromium,
  log,
  machine,
  newAuthSecret,
  newBrowserContext,
  percentile,
  pickPages,
  prettierWrite,
  root,
  signIn,
  startServer,
  timedGet,
  withDirectDb,
} from "./bench-lib.mjs";

const scale = argValue("scale", "large");
const requests = Math.max(1, Number(argValue("requests", 50)));
const databases = argValue("db", "postgres,pglite").split(",").filter(Boolean);
const vitalsRuns = Number(argValue("vitals-runs", 5));
const TARGET_RATIO = 1.5;
const LCP_TARGET_MS = 1000;
const CLS_TARGET = 0.05;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : "–");

// ── 1. capture ────────────────────────────────────────────────────────────────────────────

/** The recorder's JSON lines; instants come back as Date ({"$date": …}). */
function readRecorded(file, from) {
  if (!existsSync(file)) return [];
  // `from` is a size in bytes (statSync): slice the bytes, then decode.
  const text = readFileSync(file).subarray(from).toString("utf8");
  const revive = (_key, value) =>
    value && typeof value === "object" && !Array.isArray(value) && typeof value.$date === "string"
      ? new Date(value.$date)
      : value;
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line, revive));
}

async function captureSql(target, pages, authSecret) {
  const dir = mkdtempSync(join(tmpdir(), "redes-bench-"));
  const file = join(dir, "sql.jsonl");
  const server = await startServer(target, { authSecret, recordSqlTo: file });
  try {
    const cookie = await signIn(server.baseURL);
    const captured = {};
    for (const page of [{ key: "floor", path: FLOOR_PATH }, ...pages]) {
      await timedGet(server.baseURL, page.path, cookie); // warm the route once
      await sleep(200);
      const offset = existsSync(file) ? statSync(file).size : 0;
      const { status } = await timedGet(server.baseURL, page.path, cookie);
      if (status !== 200) throw new Error(`${page.path} answered ${status} while capturing its SQL`);
      await sleep(300); // anything the request finishes after its last byte
      captured[page.key] = readRecorded(file, offset);
    }
    return { captured, cookie };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's statements minus the floor's (same text, once each): what the page adds. */
function ownStatements(page, floor) {
  const left = new Map();
  for (const q of floor) left.set(q.sql, (left.get(q.sql) ?? 0) + 1);
  return page.filter((q) => {
    const n = left.get(q.sql) ?? 0;
    if (n > 0) {
      left.set(q.sql, n - 1);
      return false;
    }
    return true;
  });
}

// ── 2. time ───────────────────────────────────────────────────────────────────────────────

async function timePages(baseURL, pages, cookie) {
  const all = [{ key: "floor", path: FLOOR_PATH }, ...pages];
  const times = Object.fromEntries(all.map((p) => [p.key, []]));
  const errors = Object.fromEntries(all.map((p) => [p.key, 0]));
  for (let round = 0; round < 3; round++) for (const page of all) await timedGet(baseURL, page.path, cookie);
  for (let round = 0; round < requests; round++) {
    for (const page of all) {
      const { status, ms } = await timedGet(baseURL, page.path, cookie);
      if (status !== 200) errors[page.key] += 1;
      times[page.key].push(ms);
    }
    if ((round + 1) % 10 === 0) log(`  round ${round + 1}/${requests}`);
  }
  return { times, errors };
}

/** LCP and CLS of a page in headless Chromium (fresh page each run; the first run is cold). */
async function webVitals(baseURL, cookie, paths) {
  const browser = await launchChromium();
  try {
    const context = await newBrowserContext(browser, baseURL);
    await context.addCookies([{ name: cookie.name, value: cookie.value, url: baseURL }]);
    await context.addInitScript(() => {
      const vitals = { lcp: 0, cls: 0, lcpElement: "" };
      window.__vitals = vitals;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          vitals.lcp = entry.startTime;
          const el = entry.element;
          vitals.lcpElement = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}` : "";
        }
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) vitals.cls += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    const results = [];
    for (const { label, path } of paths) {
      const runs = [];
      for (let run = 0; run < vitalsRuns; run++) {
        const page = await context.newPage();
        const response = await page.goto(path, { waitUntil: "load" });
        if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()} in Chromium`);
        await page.waitForTimeout(1000);
        runs.push(await page.evaluate(() => window.__vitals));
        await page.close();
      }
      results.push({
        label,
        path,
        cold: runs[0],
        lcpMedian: percentile(
          runs.map((r) => r.lcp),
          50,
        ),
        lcpMax: Math.max(...runs.map((r) => r.lcp)),
        clsMax: Math.max(...runs.map((r) => r.cls)),
        element: runs.at(-1).lcpElement,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

// ── 3. replay ─────────────────────────────────────────────────────────────────────────────

async function replaySql(target, statementsByPage) {
  return withDirectDb(target, async ({ query }) => {
    const result = {};
    for (const [key, statements] of Object.entries(statementsByPage)) {
      const each = statements.map(() => []);
      const run = async () => {
        const started = performance.now();
        for (const [i, s] of statements.entries()) {
          const t = performance.now();
          await query(s.sql, s.params);
          each[i].push(performance.now() - t);
        }
        return performance.now() - started;
      };
      await run();
      await run();
      const times = [];
      for (let i = 0; i < requests; i++) times.push(await run());
      result[key] = times;
      // The slowest statements of the page, for whoever tunes them (console only).
      const slowest = statements
        .map((s, i) => ({ sql: s.sql, p50: percentile(each[i], 50) }))
        .sort((a, b) => b.p50 - a.p50)
        .slice(0, 3)
        .filter((s) => s.p50 >= 5);
      for (const s of slowest) log(`  ${key}: ${fmt(s.p50)} ms  ${s.sql.replace(/\s+/g, " ").slice(0, 220)}`);
    }
    return result;
  });
}

// ── the run ───────────────────────────────────────────────────────────────────────────────

async function benchDatabase(driver) {
  const target =
    driver === "postgres"
      ? { driver, url: await ensurePostgresDataset(scale) }
      : { driver, dir: ensurePgliteDataset(scale) };
  const pages = await pickPages(target);
  const authSecret = newAuthSecret();

  log(`${driver}: capturing each page's SQL…`);
  const { captured, cookie } = await captureSql(target, pages, authSecret);
  const own = Object.fromEntries(pages.map((p) => [p.key, ownStatements(captured[p.key], captured.floor)]));

  log(`${driver}: timing ${pages.length} pages and the floor, ${requests} rounds…`);
  const server = await startServer(target, { authSecret });
  let timing;
  let vitals = null;
  try {
    timing = await timePages(server.baseURL, pages, cookie);
    if (driver === "postgres" && !hasFlag("no-vitals")) {
      log(`${driver}: LCP and CLS in Chromium…`);
      vitals = await webVitals(
        server.baseURL,
        cookie,
        pages.filter((p) => ["panel", "networks"].includes(p.key)),
      );
    }
  } finally {
    await server.stop();
  }

  log(`${driver}: replaying the SQL directly…`);
  const sqlTimes = await replaySql(target, own);

  const floor = timing.times.floor;
  const floorP50 = percentile(floor, 50);
  const floorP95 = percentile(floor, 95);
  const rows = pages.map((page) => {
    const t = timing.times[page.key];
    const p50 = percentile(t, 50);
    const sqlP50 = percentile(sqlTimes[page.key], 50);
    return {
      ...page,
      p50,
      p95: percentile(t, 95),
      floorP50,
      floorP95,
      statements: own[page.key].length,
      sqlP50,
      sqlP95: percentile(sqlTimes[page.key], 95),
      ratio: p50 / (floorP50 + sqlP50),
      errors: timing.errors[page.key],
    };
  });
  return { driver, rows, floorErrors: timing.errors.floor, vitals, floorStatements: captured.floor.length };
}

function table(result) {
  const head =
    "| page | path | p50 ms | p95 ms | floor p50 / p95 ms | SQL statements | SQL p50 / p95 ms | ratio | errors |\n" +
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
  const lines = result.rows.map(
    (r) =>
      `| ${r.label} | \`${r.path.replace(/[0-9a-f-]{36}/, "<id>")}\` | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.floorP50)} / ${fmt(r.floorP95)} | ${r.statements} | ${fmt(r.sqlP50)} / ${fmt(r.sqlP95)} | ${r.ratio.toFixed(2)}${r.ratio < TARGET_RATIO ? "" : " ✖"} | ${r.errors} |`,
  );
  return [head, ...lines].join("\n");
}

function vitalsTable(vitals) {
  const head =
    "| page | LCP cold ms | LCP median ms | LCP max ms | CLS max | LCP element |\n| --- | ---: | ---: | ---: | ---: | --- |";
  const lines = vitals.map(
    (v) =>
      `| ${v.label} (\`${v.path}\`) | ${fmt(v.cold.lcp)} | ${fmt(v.lcpMedian)} | ${fmt(v.lcpMax)}${v.lcpMax < LCP_TARGET_MS ? "" : " ✖"} | ${v.clsMax.toFixed(3)}${v.clsMax < CLS_TARGET ? "" : " ✖"} | \`${v.element}\` |`,
  );
  return [head, ...lines].join("\n");
}

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->` (or appends a section). */
function replaceSection(doc, name, heading, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) return doc.slice(0, from) + block + doc.slice(to + end.length);
  return `${doc.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
}

function writeDoc(results, info, started) {
  const path = join(root, "docs", "performance.md");
  let doc = existsSync(path)
    ? readFileSync(path, "utf8")
    : "# Performance\n\nHow fast Redes is on the large dataset, and how that is measured.\n";
  const when = new Date(started).toISOString().replace(/\.\d+Z$/, " UTC");
  const env =
    `Run of ${when} (\`npm run bench -- --scale ${scale} --requests ${requests}\`), production build, ` +
    `one \`next start\` process. Machine: ${info.cores} cores (${info.cpuModel}), ${info.memoryGb} GB of memory, ` +
    `load average at the start ${info.load || "?"}. Node ${info.node}, Next.js ${info.next}, React ${info.react}, ` +
    `PostgreSQL ${info.postgres} (postgres.js ${info.postgresJs}), PGlite ${info.pglite}, Drizzle ${info.drizzle}.`;
  const sections = results.map((r) => {
    const title =
      r.driver === "postgres"
        ? `### PostgreSQL ${info.postgres}`
        : "### PGlite — embedded mode, not production capacity";
    const worst = Math.max(...r.rows.map((row) => row.ratio));
    return `${title}\n\n${table(r)}\n\nFloor (\`${FLOOR_PATH}\`): errors ${r.floorErrors}, ${r.floorStatements} statement(s) of its own (the session check), left out of every page's SQL. Highest ratio: ${worst.toFixed(2)} (target below ${TARGET_RATIO}).`;
  });
  doc = replaceSection(doc, "bench", "Benchmark", `${env}\n\n${sections.join("\n\n")}`);
  const vitals = results.find((r) => r.vitals)?.vitals;
  if (vitals) {
    doc = replaceSection(
      doc,
      "vitals",
      "Web vitals",
      `Run of ${when}: PostgreSQL, dataset \`${scale}\`, headless Chromium (1280×800, no throttling) on the same machine as the server, signed in as an administrator; ${vitalsRuns} loads of each page, the first with an empty cache. LCP is the last \`largest-contentful-paint\` entry, CLS the sum of every \`layout-shift\` entry without recent input (both by PerformanceObserver), read 1 s after the load event. Targets: LCP under ${LCP_TARGET_MS} ms, CLS under ${CLS_TARGET}.\n\n${vitalsTable(vitals)}`,
    );
  }
  writeFileSync(path, doc);
  prettierWrite(path);
  log(`wrote ${path}`);
}

async function main() {
  const started = Date.now();
  ensureBuild({ force: hasFlag("build") });
  const info = await machine(databases.includes("postgres") ? await ensurePostgresDataset(scale) : null);
  log(`build ${distDir}, dataset ${scale}, ${requests} requests a page, databases: ${databases.join(", ")}`);
  const results = [];
  for (const driver of databases) {
    if (driver !== "postgres" && driver !== "pglite") throw new Error(`--db ${driver}: use postgres, pglite`);
    results.push(await benchDatabase(driver));
    const r = results.at(-1);
    console.log(`\n${r.driver}\n${table(r)}\n`);
    if (r.vitals) console.log(`${vitalsTable(r.vitals)}\n`);
  }
  if (!hasFlag("no-write")) writeDoc(results, info, started);
  const failing = results.flatMap((r) => r.rows.filter((row) => !(row.ratio < TARGET_RATIO) || row.errors));
  if (failing.length) {
    console.log(`✖ ${failing.length} page(s) at or above ${TARGET_RATIO} or with errors`);
    process.exitCode = 1;
  } else console.log(`✔ every page below ${TARGET_RATIO}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
