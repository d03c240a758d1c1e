import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backoffMs, THROTTLE } from "@/lib/auth/throttle";
import { startServer, type RunningServer } from "./servers";
import type { Page } from "playwright-core";
import { appAlert, baseURL, DEMO, DEMO_PASSWORD, launchBrowser, newContext } from "./support";

/**
 * The sign-in throttle seen from outside, as scripts sign in (Auth.js's CSRF endpoint, then the
 * credentials callback): what address the server believes, and the device cookie that keeps the
 * owner out of an attacker's lockout. Auth.js answers a refused attempt with a redirect to the
 * login page carrying the reason: code=credentials (checked and wrong) or code=throttled.
 */

interface Client {
  base: string;
  cookies: Map<string, string>;
  csrfToken: string;
}

async function newClient(base: string): Promise<Client> {
  const response = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookies = new Map<string, string>();
  for (const c of response.headers.getSetCookie()) {
    const [pair = ""] = c.split(";");
    const eq = pair.indexOf("=");
    cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return { base, cookies, csrfToken };
}

interface Attempt {
  outcome: "signed_in" | "credentials" | "throttled" | "other";
  setCookies: string[];
}

async function attempt(
  client: Client,
  email: string,
  password: string,
  forwardedFor?: string,
): Promise<Attempt> {
  const response = await fetch(`${client.base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: new URLSearchParams({ csrfToken: client.csrfToken, email, password, callbackUrl: "/" }),
  });
  const setCookies = response.headers.getSetCookie();
  const location = response.headers.get("location") ?? "";
  const code = new URL(location, client.base).searchParams.get("code");
  const signedIn = response.status === 302 && setCookies.some((c) => /authjs\.session-token=[^;]/.test(c));
  return {
    outcome: signedIn ? "signed_in" : code === "credentials" || code === "throttled" ? code : "other",
    setCookies,
  };
}

/** Every statement a server ran (REDES_SQL_RECORD) that mentions `needle` in its parameters. */
function statementsMentioning(sqlLog: string, needle: string): { sql: string; params: string }[] {
  return readFileSync(sqlLog, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { sql: string; params: unknown[] })
    .map((s) => ({ sql: s.sql, params: JSON.stringify(s.params) }))
    .filter((s) => s.params.includes(needle));
}

/**
 * An attacker without a device cookie keeps guessing `email`'s password from ever-changing
 * addresses, trying again as soon as a block ends, until `failures` guesses were checked: the
 * last one blocks the account (for untrusted browsers) for 2^(failures - 6) s — e.g. 8 s after
 * 9, 32 s after 11 — long enough for what the test checks next. Returns the outcomes.
 */
async function lockAccount(base: string, email: string, failures: number, firstHost = 0): Promise<string[]> {
  const attacker = await newClient(base);
  const outcomes: string[] = [];
  let checked = 0;
  for (let i = 0; checked < failures; i++) {
    const { outcome } = await attempt(
      attacker,
      email,
      `adivinando-${i}`,
      `203.0.113.${(firstHost + i) % 250}`,
    );
    outcomes.push(outcome);
    if (outcome === "credentials") checked++;
    else await new Promise((r) => setTimeout(r, 250));
  }
  return outcomes;
}

describe("parallel guessing", () => {
  it("100 wrong passwords for one account sent at once evaluate no more than the account's budget", async () => {
    const client = await newClient(baseURL());
    const email = `paralelo.${randomBytes(3).toString("hex")}@redes.local`;
    const started = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => attempt(client, email, `adivinanza-${i}`)),
    );
    const elapsed = Date.now() - started;
    const checked = outcomes.filter((o) => o.outcome === "credentials").length;
    // Each evaluated password leaves one failed sign-in in the audit log; refused ones do not.
    const evaluated = statementsMentioning(inject("sqlLog"), email).filter(
      (s) => /insert into "audit_events"/i.test(s.sql) && s.params.includes("auth.sign_in_failed"),
    );
    // What 100 attempts in a row over the same time would get evaluated: the free failures, the
    // one that starts the first block, and one more each time a block ends within that time.
    let budget = THROTTLE.account.freeFailures + 1;
    for (let t = backoffMs("account", budget); t <= elapsed; t += backoffMs("account", budget)) budget++;
    expect(outcomes.every((o) => o.outcome === "credentials" || o.outcome === "throttled")).toBe(true);
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(budget);
    expect(evaluated.length).toBe(checked);
    expect(outcomes.filter((o) => o.outcome === "throttled").length).toBe(100 - checked);
  });
});

describe("client address without trusted proxies", () => {
  it("a spoofed X-Forwarded-For never reaches the throttle or the audit log", async () => {
    const client = await newClient(baseURL());
    const email = `spoof.${randomBytes(3).toString("hex")}@redes.local`;
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) {
      // A different made-up address every time, as an attacker dodging a per-address limit would send.
      const spoof = `6.6.${i}.6, 203.0.113.${i + 100}`;
      outcomes.push((await attempt(client, email, `clave-${i}`, spoof)).outcome);
    }
    // The account's own limit applies whatever the header says…
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("credentials"));
    expect(outcomes).toContain("throttled");
    // …and the made-up addresses were never stored: the audit events of this e-mail record no
    // address, and no statement of the server ever carried one of them.
    const statements = statementsMentioning(inject("sqlLog"), email);
    const audits = statements.filter(
      (s) => /insert into "audit_events"/i.test(s.sql) && s.params.includes("auth.sign_in_failed"),
    );
    expect(audits.length).toBeGreaterThanOrEqual(5);
    for (const audit of audits) expect(audit.params).toMatch(/\\?"ip\\?":null/);
    const log = readFileSync(inject("sqlLog"), "utf8");
    expect(log).not.toMatch(/6\.6\.\d\.6|203\.0\.113\.1\d\d/);
  });
});

describe("behind one trusted proxy (REDES_TRUSTED_PROXIES=1)", () => {
  let server: RunningServer | undefined;
  let base = "";
  let sqlLog = "";

  beforeAll(async () => {
    server = await startServer({
      name: "proxy",
      env: (dataDir) => ({
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        REDES_TRUSTED_PROXIES: "1",
        REDES_SQL_RECORD: join(dataDir, "statements.jsonl"),
        REDES_SQL_RECORD_IN_PRODUCTION: "acepto-registrar-parametros",
      }),
      onOutput: (chunk, stream) => stream === "stderr" && process.stderr.write(`[proxy-server] ${chunk}`),
    });
    base = server.baseURL;
    sqlLog = join(server.dataDir, "statements.jsonl");
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("the address is the entry the proxy appended: varying spoofed entries before it do not dodge the per-address limit", async () => {
    const client = await newClient(base);
    const address = "198.51.100.77";
    // 51 failures on as many e-mails (no account limit is reached) from one address, each with
    // different made-up entries before the one the proxy appended.
    for (let i = 0; i <= 50; i++) {
      const result = await attempt(
        client,
        `oficina.${i}@redes.local`,
        "clave-equivocada",
        `10.${i}.0.1, 6.6.6.${i}, ${address}`,
      );
      expect(result.outcome).toBe("credentials");
    }
    // The address is blocked now, whatever it claims before the proxy's entry…
    expect((await attempt(client, "otra.persona@redes.local", "x", `6.6.6.200, ${address}`)).outcome).toBe(
      "throttled",
    );
    // …while another address is not.
    expect((await attempt(client, "otra.persona@redes.local", "x", "6.6.6.200, 198.51.100.78")).outcome).toBe(
      "credentials",
    );
    // The audit log records the proxy's entry, never a made-up one.
    const audits = statementsMentioning(sqlLog, "oficina.7@redes.local").filter((s) =>
      /insert into "audit_events"/i.test(s.sql),
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]?.params.replaceAll("\\", "")).toContain(`"ip":"${address}"`);
    expect(readFileSync(sqlLog, "utf8")).not.toMatch(/6\.6\.6\.\d/);
  });

  it("the owner's device cookie gets them in while an attacker keeps the account locked for everyone else", async () => {
    const email = DEMO.viewer;
    // The owner signs in once: the response gives the browser its device cookie.
    const owner = await newClient(base);
    const first = await attempt(owner, email, DEMO_PASSWORD, "198.51.100.10");
    expect(first.outcome).toBe("signed_in");
    const device = first.setCookies.find((c) => c.startsWith("__Host-redes-device="));
    expect(device).toBeTruthy();
    expect(device).toMatch(/;\s*Path=\/(;|$)/i);
    expect(device).toMatch(/;\s*HttpOnly/i);
    expect(device).toMatch(/;\s*Secure/i);
    expect(device).toMatch(/;\s*SameSite=Lax/i);
    expect(device).toMatch(/;\s*Max-Age=31536000/i);
    expect(device).not.toMatch(/;\s*Domain=/i);
    const [pair = ""] = device!.split(";");
    owner.cookies.set("__Host-redes-device", pair.slice(pair.indexOf("=") + 1));

    // An attacker without it keeps failing, from ever-changing addresses: the account locks…
    const outcomes = await lockAccount(base, email, 9);
    expect(outcomes.slice(0, 6)).toEqual(Array(6).fill("credentials"));
    expect(outcomes).toContain("throttled");
    const attacker = await newClient(base);
    // …even for the right password from a browser without the cookie…
    expect((await attempt(attacker, email, DEMO_PASSWORD, "203.0.113.50")).outcome).toBe("throttled");
    const otherBrowser = await newClient(base);
    expect((await attempt(otherBrowser, email, DEMO_PASSWORD, "198.51.100.10")).outcome).toBe("throttled");

    // …but not for the owner's browser, which signs in.
    const again = await attempt(owner, email, DEMO_PASSWORD, "198.51.100.10");
    expect(again.outcome).toBe("signed_in");
    // The cookie is bound to its account: it does not open another account's lockout.
    await lockAccount(base, DEMO.head, 9, 100);
    expect((await attempt(owner, DEMO.head, DEMO_PASSWORD, "198.51.100.10")).outcome).toBe("throttled");
  }, 90_000);

  it("through the login page too: the browser keeps the device cookie, and it gets the owner past an attacker's lockout", async () => {
    const browser = await launchBrowser();
    const signInThroughPage = async (page: Page) => {
      await page.goto(`${base}/login`);
      await page.getByLabel("Correo electrónico").fill(DEMO.coordinator);
      await page.getByLabel("Contraseña").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Ingresar", exact: true }).click();
    };
    try {
      const owner = await newContext(browser);
      const page = await owner.newPage();
      await signInThroughPage(page);
      await page.waitForURL((url) => !url.pathname.startsWith("/login"), { waitUntil: "commit" });
      const cookie = (await owner.cookies(base)).find((c) => c.name === "__Host-redes-device");
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
      // About a year.
      expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);

      // An attacker locks the account, for 32 s by now…
      await lockAccount(base, DEMO.coordinator, 11, 150);
      // …so another browser, without the cookie, is asked to wait even with the right password…
      const stranger = await newContext(browser);
      const strangerPage = await stranger.newPage();
      await signInThroughPage(strangerPage);
      await expect(appAlert(strangerPage).first().textContent()).resolves.toContain(
        "Hubo demasiados intentos fallidos",
      );
      // …while the owner's browser, its session gone, signs in again through the same form.
      await owner.clearCookies({ name: "authjs.session-token" });
      await signInThroughPage(page);
      await page.waitForURL((url) => !url.pathname.startsWith("/login"), { waitUntil: "commit" });
      expect((await owner.cookies(base)).some((c) => c.name === "authjs.session-token")).toBe(true);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
