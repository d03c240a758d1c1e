import AxeBuilder from "@axe-core/playwright";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Download,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";

export const DEMO_PASSWORD = "redes-demo-2026";
export const DEMO = {
  admin: "admin@redes.local",
  coordinator: "coordinacion@redes.local",
  head: "direccion@redes.local",
  technical: "tecnica@redes.local",
  viewer: "consulta@redes.local",
} as const;
export type DemoRole = keyof typeof DEMO;

export const baseURL = () => inject("baseURL");

/**
 * A browser for a test file: a connection to the suite's Chromium (started once by the global
 * setup, see servers.ts), so a file pays for its contexts and pages, not for a browser's start.
 * Closing it closes the file's contexts and leaves the browser to the next file.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject("browserEndpoint"));
}

/** A context of the app as an Argentine user sees it; `options` add to or replace its settings. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseURL(),
    locale: "es-AR",
    timezoneId: "America/Argentina/Buenos_Aires",
    ...options,
  });
}

/**
 * The suite's browser for a test file (`launchBrowser`), connected before the file's tests and
 * closed after them with every context opened through it. Call it in the file's `describe`;
 * use its methods inside hooks and tests.
 */
export function browserForFile() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
  });
  const file = {
    /** A new context (`newContext`); closed after the file's tests if a test has not closed it. */
    async newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
      if (!browser) throw new Error("the browser connects in the file's beforeAll");
      const context = await newContext(browser, options);
      contexts.push(context);
      return context;
    },
    /** A page in a new context of its own (cookies included). */
    async newPage(): Promise<Page> {
      return (await file.newContext()).newPage();
    },
    /** A new context with a page signed in as `role` (`signInAs`: it opens no page yet). */
    async signedInPage(role: DemoRole): Promise<{ context: BrowserContext; page: Page }> {
      const context = await file.newContext();
      const page = await context.newPage();
      await signInAs(page, role);
      return { context, page };
    },
  };
  return file;
}

/**
 * For a test file that works as one signed-in user: a browser, its context and a page, opened
 * and signed in (`signInAs`: each test opens the page it needs) before the file's tests and
 * closed after them. Read the fields inside tests (they are set by the time a test runs).
 */
export function signedInBrowser(role: DemoRole): { browser: Browser; context: BrowserContext; page: Page } {
  const session = {} as { browser: Browser; context: BrowserContext; page: Page };
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.context = await newContext(session.browser);
    session.page = await session.context.newPage();
    await signInAs(session.page, role);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/**
 * Signs the page's browser in as `role` without the login page, and leaves the page where it is:
 * for a test that opens the page it needs next. The password goes to Auth.js's credentials
 * endpoint through the context's own request client, which shares the browser's cookies and user
 * agent: the server checks the password, throttles and opens the session row exactly as for the
 * form, and the browser keeps the session and device cookies it answers with. It skips the page
 * loads around the form (the login page, the second-factor step that forwards a session owing
 * nothing, and the panel at `/`, the heaviest page of the app), which almost every test file
 * pays for once or more. The form itself is tested through the page (`loginThroughPage`):
 * auth.test.ts signs every role in with it; security-headers and session-revocation use it too,
 * and second-factor, login-throttle, users and account sign their own accounts in through the page.
 */
export async function signInAs(page: Page, role: DemoRole, password = DEMO_PASSWORD): Promise<void> {
  const context = page.context();
  const csrf = await context.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: DEMO[role], password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  const signedIn = (await context.cookies()).some((c) => /(^|\.)authjs\.session-token$/.test(c.name));
  if (response.status() !== 302 || !signedIn) {
    throw new Error(
      `sign-in as ${role} refused: ${response.status()} ${response.headers()["location"] ?? ""}`,
    );
  }
}

/** `signInAs`, then opens the app at `/` and waits for its shell (for tests that start there). */
export async function login(page: Page, role: DemoRole, password = DEMO_PASSWORD): Promise<void> {
  await signInAs(page, role, password);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Navegación principal" }).waitFor();
}

/** Signs in through the login page as a person does, and waits for the app shell. */
export async function loginThroughPage(page: Page, role: DemoRole, password = DEMO_PASSWORD): Promise<void> {
  await signInThroughPage(page, DEMO[role], password);
  await page.getByRole("navigation", { name: "Navegación principal" }).waitFor();
}

/** Fills the login form (at `path`, the login page by default) with an e-mail and password and sends it. */
export async function submitPassword(
  page: Page,
  email: string,
  password: string,
  path = "/login",
): Promise<void> {
  await page.goto(path);
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
}

/** Signs any account in through the login page, and waits until it has left the page. */
export async function signInThroughPage(page: Page, email: string, password: string): Promise<void> {
  await submitPassword(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { waitUntil: "commit" });
}

/**
 * Signs in as scripts do, without a browser: Auth.js's CSRF endpoint, then the credentials
 * callback. Returns the callback's response and the CSRF cookies it was posted with.
 */
export async function postCredentials(
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ response: Response; cookie: string }> {
  const csrf = await fetch(`${baseURL()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseURL()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  return { response, cookie };
}

/** The change a temporary password forces after signing in with it; ends on Mi cuenta, which confirms it. */
export async function chooseNewPassword(page: Page, temporary: string, next: string): Promise<void> {
  await page.getByRole("heading", { name: "Elegí una contraseña nueva" }).waitFor();
  await page.getByLabel("Contraseña temporal").fill(temporary);
  await page.getByLabel(/^Contraseña nueva/).fill(next);
  await page.getByLabel("Repetí la contraseña nueva").fill(next);
  await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await page.waitForURL(/\/cuenta\?estado=contrasena-cambiada/);
  await page.getByRole("status").filter({ hasText: "Tu contraseña se cambió" }).waitFor();
}

/** An admin creates an account through the form; returns the temporary password shown once. */
export async function createAccount(admin: Page, email: string, name: string, role: string): Promise<string> {
  await admin.goto("/admin/usuarios/nuevo");
  await admin.getByLabel("Correo electrónico").fill(email);
  await admin.getByLabel("Nombre y apellido").fill(name);
  await admin.getByLabel("Rol").selectOption({ label: role });
  await admin.getByRole("button", { name: "Crear usuario" }).click();
  const shown = admin.getByTestId("temporary-password");
  await shown.waitFor();
  return (await shown.textContent())!.trim();
}

/**
 * Opens a page and waits until its content has replaced the loading skeleton (the route's
 * loading.tsx marks itself aria-busy): reads right after `goto` can otherwise see "Cargando…"
 * when a slower database keeps the stream open a moment longer.
 */
export async function gotoSettled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
}

/** Runs axe with the WCAG 2.2 A/AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // After a client-side navigation the new page's <title> arrives with the streamed metadata,
  // a moment after the content; let it land (if it never does, axe reports it below).
  await page.waitForFunction(() => document.title.trim() !== "", null, { timeout: 5_000 }).catch(() => {});
  // Legacy mode runs axe once in the page itself. The default runs it in each frame and then
  // combines the parts in a new blank page, a new renderer process that loads axe again: a
  // third of each check's cost, for frames from other origins that the app never embeds.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The app's own alerts (Next adds a route announcer with role=alert, which is excluded). */
export const appAlert = (page: Page) => page.locator("[data-alert]");

/**
 * Chooses in a searched field as a user does: types `query` in the combobox called `label`,
 * clicks the match whose name is exactly `name`, and checks that the field shows it.
 */
export async function chooseSearched(page: Page, label: string, query: string, name: string): Promise<void> {
  const field = page.getByRole("combobox", { name: label, exact: true });
  await field.fill(query);
  await page
    .getByRole("listbox", { name: label, exact: true })
    .getByRole("option")
    .filter({ has: page.locator(`span:text-is("${name}")`) })
    .first()
    .click();
  await expect(field.inputValue()).resolves.toBe(name);
}

/**
 * The names a searched field offers for `query` (typed as a user does), once its status says
 * how many it found ("Sin resultados." included).
 */
export async function searchedNames(page: Page, label: string, query: string): Promise<string[]> {
  const field = page.getByRole("combobox", { name: label, exact: true });
  await field.fill(query);
  const answered = page.getByRole("status").filter({ hasText: /^(Sin resultados\.|\d+ resultados?\.)/ });
  await answered.waitFor();
  return page
    .getByRole("listbox", { name: label, exact: true })
    .getByRole("option")
    .locator("span.font-medium")
    .allTextContents();
}

/** Waits until the page's main region shows the text (pages stream behind a skeleton). */
export const showsText = (page: Page, text: string) =>
  page.getByRole("main").getByText(text).first().waitFor();

/**
 * A download's bytes. Read through the browser's connection: the test files connect to the
 * suite's Chromium (launchBrowser), where a download has no local path.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
