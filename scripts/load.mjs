#!/usr/bin/env node
// npm run bench:load — load test with autocannon against `next start` on PostgreSQL.
//
// Signs in once through the real login form, then runs, one after the other in the same run:
//   1. the main pages: C connections (20) for D seconds (60), each connection cycling through
//      the panel, the networks list with a filter, a network, the calendar month, a meeting,
//      the commitments, the coverage matrix and the audit log (pages 1 and 1,000);
//   2. the floor: the same connections and duration on /sesion only (the app shell, no query).
// Reports errors (non-2xx and socket errors), p50/p95/p99 latency (from every response), the
// throughput of both runs and their ratio (target: the pages' at least half the floor's), and
// writes them into docs/performance.md ("Load test").
//
//   npm run bench:load [-- --connections 20 --duration 60 --scale large --no-write]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import {
  argValue,
  distDir,
  ensureBuild,
  ensurePostgresDataset,
  FLOOR_PATH,
  hasFlag,
  log,
  machine,
  newAuthSecret,
  percentile,
  pickPages,
  prettierWrite,
  root,
  signIn,
  startServer,
  timedGet,
} from "./bench-lib.mjs";

const scale = argValue("scale", "large");
const connections = Number(argValue("connections", 20));
const duration = Number(argValue("duration", 60));
const P95_TARGET_MS = 300;

function run(baseURL, cookie, paths) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = {};
    const instance = autocannon(
      {
        url: baseURL,
        connections,
        duration,
        timeout: 30,
        headers: { cookie: cookie.header },
        requests: paths.map((path) => ({ method: "GET", path })),
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies, statuses })),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

function summary(name, { result, latencies, statuses }) {
  const non2xx = Object.entries(statuses)
    .filter(([code]) => !code.startsWith("2"))
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    name,
    requests: latencies.length,
    throughput: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    errors: result.errors + result.timeouts + non2xx,
    statuses,
  };
}

async function main() {
  ensureBuild({ force: hasFlag("build") });
  const url = await ensurePostgresDataset(scale);
  const info = await machine(url);
  const target = { driver: "postgres", url };
  const pages = await pickPages(target);
  const server = await startServer(target, { authSecret: newAuthSecret() });
  let pagesRun;
  let floorRun;
  try {
    const cookie = await signIn(server.baseURL);
    for (const page of [{ path: FLOOR_PATH }, ...pages]) {
      const { status } = await timedGet(server.baseURL, page.path, cookie);
      if (status !== 200) throw new Error(`${page.path} answered ${status}`);
    }
    const floorAlone = Math.max(50, (await timedGet(server.baseURL, FLOOR_PATH, cookie)).ms);
    log(`main pages: ${connections} connections, ${duration} s…`);
    pagesRun = summary(
      "main pages",
      await run(
        server.baseURL,
        cookie,
        pages.map((p) => p.path),
      ),
    );
    // Requests autocannon gave up on keep rendering on the server: let them finish before the
    // floor's run, so that it measures the floor and not the backlog.
    const settleUntil = Date.now() + 120_000;
    while (Date.now() < settleUntil) {
      const { ms } = await timedGet(server.baseURL, FLOOR_PATH, cookie);
      if (ms < 2 * floorAlone) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    log(`floor (${FLOOR_PATH}): ${connections} connections, ${duration} s…`);
    floorRun = summary("floor", await run(server.baseURL, cookie, [FLOOR_PATH]));
  } finally {
    await server.stop();
  }
  const ratio = pagesRun.throughput / floorRun.throughput;
  const row = (s) =>
    `| ${s.name} | ${s.requests} | ${s.errors} | ${s.p50.toFixed(0)} | ${s.p95.toFixed(0)}${s.name === "main pages" && s.p95 >= P95_TARGET_MS ? " ✖" : ""} | ${s.p99.toFixed(0)} | ${s.max.toFixed(0)} | ${s.throughput.toFixed(1)} |`;
  const tableText = [
    "| run | requests | errors | p50 ms | p95 ms | p99 ms | max ms | requests/s |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    row(pagesRun),
    row(floorRun),
  ].join("\n");
  console.log(`\n${tableText}\n\nthroughput of the main pages / floor: ${ratio.toFixed(2)}`);

  const ok = pagesRun.errors === 0 && floorRun.errors === 0 && pagesRun.p95 < P95_TARGET_MS && ratio >= 0.5;
  if (!hasFlag("no-write")) {
    const path = join(root, "docs", "performance.md");
    let doc = existsSync(path) ? readFileSync(path, "utf8") : "# Performance\n";
    const when = new Date().toISOString().replace(/\.\d+Z$/, " UTC");
    const body =
      `Run of ${when} (\`npm run bench:load -- --scale ${scale} --connections ${connections} --duration ${duration}\`): ` +
      `autocannon against one \`next start\` process (build \`${distDir}\`) on PostgreSQL ${info.postgres}, ` +
      `${connections} connections signed in as an administrator, ${duration} s cycling through ${pages.length} main pages ` +
      `(${pages.map((p) => `\`${p.path.replace(/[0-9a-f-]{36}/, "<id>")}\``).join(", ")}), then ${duration} s on the floor ` +
      `(\`${FLOOR_PATH}\`) in the same run, once the server has finished what the first part left running. Load generator, server and database share the machine: ${info.cores} cores ` +
      `(${info.cpuModel}), ${info.memoryGb} GB, load average at the start ${info.load || "?"}; Node ${info.node}, Next.js ${info.next}. ` +
      `Latencies are from every response (time to the last byte).\n\n${tableText}\n\n` +
      `Throughput of the main pages: ${(ratio * 100).toFixed(0)} % of the floor's (target: at least 50 %). ` +
      `p95 of the main pages: ${pagesRun.p95.toFixed(0)} ms (target: under ${P95_TARGET_MS} ms). ` +
      `Status codes: main pages ${JSON.stringify(pagesRun.statuses)}, floor ${JSON.stringify(floorRun.statuses)}.` +
      (ok ? "" : " **Targets not met in this run.**");
    const start = "<!-- load:start -->";
    const end = "<!-- load:end -->";
    const block = `${start}\n${body}\n${end}`;
    const from = doc.indexOf(start);
    const to = doc.indexOf(end);
    doc =
      from >= 0 && to > from
        ? doc.slice(0, from) + block + doc.slice(to + end.length)
        : `${doc.trimEnd()}\n\n## Load test\n\n${block}\n`;
    writeFileSync(path, doc);
    prettierWrite(path);
    log(`wrote ${path}`);
  }
  if (!ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
