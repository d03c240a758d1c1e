// Shared pieces of the benchmark (scripts/bench.mjs) and the load test (scripts/load.mjs):
// the large dataset on PostgreSQL or PGlite, the production server, signing in through the
// real login form, the main pages and the machine description.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import postgres from "postgres";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";

export const root = resolve(new URL("..", import.meta.url).pathname);
export const distDir = process.env.NEXT_DIST_DIR || ".next";
export const BENCH_ACCOUNT = "admin@redes.local";
export const BENCH_PASSWORD = "redes-demo-2026";
export const FLOOR_PATH = "/sesion";
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

export function argValue(name, fallback) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index === -1) return fallback;
  const arg = args[index];
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (args[index + 1] ?? fallback);
}
export const hasFlag = (name) => process.argv.slice(2).includes(`--${name}`);

export const log = (line) => console.log(`[bench] ${line}`);

export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/** Builds the production bundle when there is none (or when asked to). */
export function ensureBuild({ force = false } = {}) {
  if (!force && existsSync(join(root, distDir, "BUILD_ID"))) return;
  log(`building the production bundle into ${distDir}…`);
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

// ── The dataset ───────────────────────────────────────────────────────────────────────────

export function benchPostgresUrl(scale) {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  return `postgres://postgres@127.0.0.1:5432/redes_bench_${scale}`;
}

export function benchPgliteDir(scale) {
  return resolve(root, process.env.BENCH_PGLITE_DIR ?? `data/bench-pglite-${scale}`);
}

function seed(scale, env) {
  const args = [
    "tsx",
    "--conditions=react-server",
    "scripts/db-seed.ts",
    ...(scale === "demo" ? [] : ["--scale", scale]),
  ];
  log(`seeding (${scale}) — the large dataset takes minutes…`);
  const started = Date.now();
  const result = spawnSync("npx", args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error("seeding failed");
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** A PostgreSQL database holding the dataset: created and seeded on first use, then reused. */
export async function ensurePostgresDataset(scale) {
  const url = benchPostgresUrl(scale);
  const name = new URL(url).pathname.slice(1);
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 as one from pg_database where datname = ${name}`;
    if (!exists) await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const db = postgres(url, { max: 1, onnotice: () => {} });
  let seeded = false;
  try {
    const [row] = await db`select to_regclass('public.users') is not null as ok`;
    if (row.ok) seeded = (await db`select count(*)::int as n from users`)[0].n > 0;
  } finally {
    await db.end();
  }
  if (!seeded) seed(scale, { DATABASE_URL: url });
  return url;
}

/** A PGlite directory holding the dataset: seeded on first use, then reused. */
export function ensurePgliteDataset(scale) {
  const dir = benchPgliteDir(scale);
  if (!existsSync(join(dir, "PG_VERSION"))) seed(scale, { DATABASE_URL: "", PGLITE_DIR: dir });
  return dir;
}

/**
 * Runs `fn(query)` with a plain query function on the dataset: postgres.js on PostgreSQL, or
 * PGlite opened on the directory (only while no server holds it).
 */
export async function withDirectDb(target, fn) {
  if (target.driver === "postgres") {
    const sql = postgres(target.url, { max: 1, onnotice: () => {} });
    try {
      return await fn({
        driver: "postgres",
        // As the app sends them: Drizzle's postgres.js driver runs every query as an unnamed
        // statement, parsed and planned on each execution with its parameters. A named
        // (prepared) statement would be planned once and then reuse a generic plan, which
        // the app never gets: the replay would time other plans than the page's.
        query: (text, params = []) => sql.unsafe(text, params, { prepare: false }),
      });
    } finally {
      await sql.end({ timeout: 5 });
    }
  }
  const { PGlite } = await import("@electric-sql/pglite");
  // The extensions db/client.ts loads (pgliteOptions): the migrations need them.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const client = await PGlite.create(target.dir, { extensions: { pg_trgm, unaccent } });
  try {
    return await fn({
      driver: "pglite",
      query: async (text, params = []) => (await client.query(text, params)).rows,
    });
  } finally {
    await client.close();
  }
}

/** Ids for the pages that need one: the busiest network and meeting, the audit log's page 1,000. */
export async function pickPages(target) {
  // Only ids the pages accept (an RFC 9562 uuid: version and variant digits; see z.uuid()).
  const valid = (column) =>
    `${column}::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'`;
  return withDirectDb(target, async ({ query }) => {
    const [network] = await query(
      `select n.id from networks n join meetings m on m.network_id = n.id
       where ${valid("n.id")} group by n.id order by count(*) desc, n.id limit 1`,
    );
    const [meeting] = await query(
      `select m.id from meetings m join delegation_members d on d.meeting_id = m.id
       where ${valid("m.id")} group by m.id order by count(*) desc, m.id limit 1`,
    );
    // Page 1,000 of the log (50 events a page, newest first): older than the 49,950th newest.
    const [cursor] = await query(`select id from audit_events order by id desc offset 49950 limit 1`);
    const month = new Date().toISOString().slice(0, 7);
    const pages = [
      { key: "panel", label: "Panel", path: "/" },
      { key: "networks", label: "Redes, con filtro (regionales)", path: "/redes?kind=regional" },
      { key: "network", label: "Una red (la de más reuniones)", path: `/redes/${network.id}` },
      { key: "calendar", label: `Calendario, mes ${month}`, path: `/calendario?month=${month}` },
      { key: "meeting", label: "Una reunión (la de más delegados)", path: `/reuniones/${meeting.id}` },
      { key: "commitments", label: "Compromisos", path: "/compromisos" },
      { key: "coverage", label: "Matriz de cobertura", path: "/cobertura" },
      { key: "audit1", label: "Auditoría, página 1", path: "/admin/auditoria" },
    ];
    if (cursor)
      pages.push({
        key: "audit1000",
        label: "Auditoría, página 1.000",
        path: `/admin/auditoria?before=${Number(cursor.id) + 1}`,
      });
    return pages;
  });
}

// ── The server ────────────────────────────────────────────────────────────────────────────

export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `next start` on the dataset; resolves once /api/health answers 200. */
export async function startServer(target, { authSecret, recordSqlTo } = {}) {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: target.driver === "postgres" ? target.url : "",
      PGLITE_DIR: target.driver === "pglite" ? target.dir : "",
      AUTH_SECRET: authSecret,
      REDES_SEED_DEMO: "0",
      // The benchmark signs in as the demo administrator, whom the default policy would first
      // send to enrol a second factor (every page a redirect to it): it times pages, not that step.
      REDES_MFA_REQUIRED_ROLES: "none",
      REDES_SQL_RECORD: recordSqlTo ?? "",
      // A production server refuses the recorder (it writes every parameter) without this consent.
      REDES_SQL_RECORD_IN_PRODUCTION: recordSqlTo ? "acepto-registrar-parametros" : "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${output}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseURL,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

// ── Signing in ────────────────────────────────────────────────────────────────────────────

function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error("Chromium not found: `sudo apt-get install chromium` or set CHROMIUM_PATH");
  return path;
}

export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export async function newBrowserContext(browser, baseURL) {
  return browser.newContext({
    baseURL,
    locale: "es-AR",
    timezoneId: "America/Argentina/Buenos_Aires",
    viewport: { width: 1280, height: 800 },
  });
}

/** Signs in once through the real login form; returns the session cookie header. */
export async function signIn(baseURL) {
  const browser = await launchChromium();
  try {
    const context = await newBrowserContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Correo electrónico").fill(BENCH_ACCOUNT);
    await page.getByLabel("Contraseña").fill(BENCH_PASSWORD);
    await page.getByRole("button", { name: "Ingresar" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { waitUntil: "commit" });
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
    if (!session) throw new Error("signing in gave no session cookie");
    return new SessionCookie(session.name, session.value);
  } finally {
    await browser.close();
  }
}

/** The session cookie, renewed from each response (the session's idle timeout moves with it). */
export class SessionCookie {
  constructor(name, value) {
    this.name = name;
    this.value = value;
  }
  get header() {
    return `${this.name}=${this.value}`;
  }
  update(response) {
    for (const line of response.headers.getSetCookie?.() ?? []) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      if (pair.slice(0, eq) === this.name && pair.slice(eq + 1)) this.value = pair.slice(eq + 1);
    }
  }
}

/** GET a page signed in; resolves with the status and the time to the last byte (ms). */
export async function timedGet(baseURL, path, cookie) {
  const started = performance.now();
  const response = await fetch(`${baseURL}${path}`, {
    headers: { cookie: cookie.header },
    redirect: "manual",
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  cookie.update(response);
  return { status: response.status, ms };
}

// ── The machine ───────────────────────────────────────────────────────────────────────────

export async function machine(postgresUrl) {
  const cpu = cpus();
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return "?";
    }
  };
  let postgresVersion = "?";
  if (postgresUrl) {
    const sql = postgres(postgresUrl, { max: 1, onnotice: () => {} });
    try {
      postgresVersion = (await sql`show server_version`)[0].server_version;
    } finally {
      await sql.end();
    }
  }
  let load = "";
  try {
    load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    // not Linux
  }
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model ?? "?",
    memoryGb: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    next: pkg("next"),
    react: pkg("react"),
    postgres: postgresVersion,
    pglite: pkg("@electric-sql/pglite"),
    postgresJs: pkg("postgres"),
    drizzle: pkg("drizzle-orm"),
    load,
  };
}

export function newAuthSecret() {
  return randomBytes(32).toString("base64url");
}

/** Formats a written document the way the repository's format check expects. */
export function prettierWrite(path) {
  spawnSync("npx", ["prettier", "--write", path], { cwd: root, stdio: "ignore" });
}
