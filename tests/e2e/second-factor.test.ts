import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { totpCode } from "../support/totp";
import { startServer, type RunningServer } from "./servers";
import {
  appAlert,
  browserForFile,
  chooseNewPassword,
  createAccount,
  DEMO,
  DEMO_PASSWORD,
  expectNoAxeViolations,
  launchBrowser,
  signInAs,
  submitPassword,
} from "./support";

// Accounts with a second factor are made here (the demo accounts are shared by other suites,
// which sign in without one). Codes come from the key the page shows, computed by the tests'
// own RFC 6238 reader (tests/support/totp.ts), not by the app's library.

const tag = () => Math.random().toString(36).slice(2, 8);
const NEW_PASSWORD = "pasaporte de mate y medialunas";

/** The code an app would show now (`ahead` steps later: a step the page has not used yet). */
const codeFor = (key: string, ahead = 0) => totpCode(key, Date.now() + ahead * 30_000);

/** Signs in with a temporary password and chooses a new one (ends on Mi cuenta). */
async function firstSignIn(page: Page, email: string, temporary: string): Promise<void> {
  await submitPassword(page, email, temporary);
  await chooseNewPassword(page, temporary, NEW_PASSWORD);
}

/**
 * Enrols an authenticator app on the page it is on (Mi cuenta's section or the required step):
 * reads the key shown for typing by hand, and returns it with the recovery codes shown once.
 */
async function enrolApp(page: Page, email: string): Promise<{ key: string; codes: string[] }> {
  await page.getByRole("button", { name: "Configurar una aplicación de autenticación" }).click();
  const keyText = page.locator("[data-totp-key]");
  await keyText.waitFor();
  const key = (await keyText.textContent())!.trim();
  expect(key.replace(/ /g, "")).toMatch(/^[A-Z2-7]{32}$/);
  const qr = page.getByRole("img", { name: new RegExp(`Código QR .*${email.replace(".", "\\.")}`) });
  await expect(qr.isVisible()).resolves.toBe(true);
  await expectNoAxeViolations(page);
  // A wrong code does not turn it on.
  await page
    .getByLabel("Código de la aplicación")
    .fill(String((Number(codeFor(key)) + 1) % 1e6).padStart(6, "0"));
  await page.getByRole("button", { name: "Confirmar y activar" }).click();
  await page.getByText("El código no es correcto o ya se usó.").waitFor();
  await page.getByLabel("Código de la aplicación").fill(codeFor(key));
  await page.getByRole("button", { name: "Confirmar y activar" }).click();
  const list = page.getByRole("list", { name: "Códigos de recuperación" });
  await list.waitFor();
  const codes = (await list.getByRole("listitem").allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await expectNoAxeViolations(page);
  return { key, codes };
}

/** At the second-factor step: types a code (the app's, or a recovery code) and sends it. */
async function giveCode(page: Page, code: string, label = "Código de la aplicación"): Promise<void> {
  await page.getByRole("heading", { name: "Verificación en dos pasos" }).waitFor();
  await page.getByLabel(label).fill(code);
  await page.getByRole("button", { name: "Verificar" }).click();
}

describe("second factor (authenticator app) on the suite's server", () => {
  const browser = browserForFile();
  let admin: Page;
  const email = `dos.pasos.${tag()}@prueba.test`;
  let key = "";
  let codes: string[] = [];

  beforeAll(async () => {
    admin = await browser.newPage();
    await signInAs(admin, "admin");
  });

  it("enrols an app from Mi cuenta: QR code and key, a confirming code, recovery codes once", async () => {
    const temporary = await createAccount(admin, email, "Dos Pasos", "Coordinación");
    const page = await browser.newPage();
    await firstSignIn(page, email, temporary);
    await page.goto("/cuenta#segundo-factor");
    const section = page.getByRole("region", { name: "Verificación en dos pasos" });
    await expect(section.getByText("Desactivada").isVisible()).resolves.toBe(true);
    ({ key, codes } = await enrolApp(page, email));
    // Reloading after "Listo": the codes are not shown again; the section says it is on.
    await page.getByRole("link", { name: "Listo, ya los guardé" }).click();
    await page.waitForURL(/estado=2fa-activada/);
    await section.getByText("Activada", { exact: true }).waitFor();
    await expect(section.getByText("Te quedan 10 sin usar").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("list", { name: "Códigos de recuperación" }).count()).resolves.toBe(0);
  });

  it("signing in asks for the code after the password, and then opens the page asked for", async () => {
    const page = await browser.newPage();
    // The page asked for before signing in: the proxy sends to /login with it as callbackUrl.
    await page.goto("/calendario");
    await page.waitForURL(/\/login\?callbackUrl=/);
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByLabel("Contraseña").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Ingresar", exact: true }).click();
    await page.getByRole("heading", { name: "Verificación en dos pasos" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login/segundo-factor");
    await expectNoAxeViolations(page);
    // Nothing else opens meanwhile.
    await page.goto("/redes");
    await page.waitForURL(/\/login\/segundo-factor/);
    // The page works on reload, and a wrong code is an error on the field.
    await page.goto(`/login/segundo-factor?callbackUrl=${encodeURIComponent("/calendario")}`);
    await giveCode(page, "000000");
    await page.getByText("El código no es correcto o ya se usó.").waitFor();
    await giveCode(page, codeFor(key, 1));
    await page.waitForURL((url) => url.pathname === "/calendario", { waitUntil: "commit" });
    await page.getByRole("navigation", { name: "Navegación principal" }).waitFor();
  });

  it("a recovery code opens a session once; the same code is refused the second time", async () => {
    const page = await browser.newPage();
    await submitPassword(page, email, NEW_PASSWORD);
    await page.getByRole("heading", { name: "Verificación en dos pasos" }).waitFor();
    await page.getByRole("link", { name: "Usar un código de recuperación" }).click();
    await giveCode(page, codes[0]!, "Código de recuperación");
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { waitUntil: "commit" });
    await page.getByRole("navigation", { name: "Navegación principal" }).waitFor();
    await page.goto("/cuenta#segundo-factor");
    await page.getByText("Te quedan 9 sin usar").waitFor();

    const again = await browser.newPage();
    await submitPassword(again, email, NEW_PASSWORD);
    await again.getByRole("heading", { name: "Verificación en dos pasos" }).waitFor();
    await again.getByRole("link", { name: "Usar un código de recuperación" }).click();
    await giveCode(again, codes[0]!, "Código de recuperación");
    await again.getByText("El código de recuperación no es correcto o ya se usó.").waitFor();
    expect(new URL(again.url()).pathname).toBe("/login/segundo-factor");
    await expectNoAxeViolations(again);
    // "Cancelar e ingresar con otra cuenta" signs out.
    await again.getByRole("button", { name: "Cancelar e ingresar con otra cuenta" }).click();
    await again.waitForURL(/\/login$/);
  });

  it("five wrong codes end the session and the login page says why", async () => {
    const page = await browser.newPage();
    await submitPassword(page, email, NEW_PASSWORD);
    const input = page.getByLabel("Código de la aplicación");
    for (let i = 0; i < 4; i++) {
      await giveCode(page, "111111");
      // The answer empties the field (a wrong code is not shown again) and says why.
      await expect.poll(() => input.inputValue()).toBe("");
      await page.getByText("El código no es correcto o ya se usó.").waitFor();
    }
    await giveCode(page, "111111");
    await page.waitForURL(/\/login\?sesion=segundo-factor/);
    await expect(appAlert(page).first().textContent()).resolves.toContain("demasiados códigos incorrectos");
    // The old cookie opens nothing.
    await page.goto("/cuenta");
    await page.waitForURL(/\/login/);
  });
});

/**
 * A server of this file's own, with the default REDES_MFA_REQUIRED_ROLES ("admin") and a short
 * step-up window, on its own database: its demo administrator must enrol at sign-in.
 */
describe("required enrolment and step-up (a server with the default settings)", () => {
  let server: RunningServer | undefined;
  let base = "";
  let browser: Browser;
  let page: Page;
  let key = "";
  let codes: string[] = [];

  beforeAll(async () => {
    server = await startServer({
      name: "2fa",
      env: () => ({
        AUTH_SECRET: inject("authSecret"),
        REDES_MFA_REQUIRED_ROLES: "",
        // Six seconds instead of ten minutes, so the test can outlive a proof.
        REDES_STEP_UP_MINUTES: "0.1",
        REDES_OIDC_ISSUER: "",
      }),
      timeoutMs: 120_000,
      onOutput: (chunk) => process.env.E2E_VERBOSE && process.stderr.write(`[2fa server] ${chunk}`),
    });
    base = server.baseURL;
    browser = await launchBrowser();
    const context = await browser.newContext({
      baseURL: base,
      locale: "es-AR",
      timezoneId: "America/Argentina/Buenos_Aires",
    });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("an administrator without a second factor is held at enrolment, and nothing else opens until it is done", async () => {
    await submitPassword(page, DEMO.admin, DEMO_PASSWORD, "/login?callbackUrl=%2Fadmin%2Fusuarios");
    await page.getByRole("heading", { name: "Configurá la verificación en dos pasos" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/cuenta/segundo-factor");
    await expect(page.getByText("Tu rol (Administración) requiere").isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.goto("/redes");
    await page.waitForURL(/\/cuenta\/segundo-factor/);
    await page.goto(`/cuenta/segundo-factor?callbackUrl=${encodeURIComponent("/admin/usuarios")}`);
    ({ key, codes } = await enrolApp(page, DEMO.admin));
    await page.getByRole("link", { name: "Listo, ya los guardé" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/usuarios", { waitUntil: "commit" });
    await page.getByRole("navigation", { name: "Navegación principal" }).waitFor();
  });

  it("changing a role asks for a fresh code inside the same form, keeping what was typed", async () => {
    await page.goto("/admin/usuarios?q=consulta");
    await page
      .getByRole("link", { name: /Consulta/ })
      .first()
      .click();
    await page.getByLabel("Rol").waitFor();
    // Let the proof of the enrolment grow old (the window is six seconds on this server).
    await page.waitForTimeout(7_000);
    await page.getByLabel("Nombre y apellido").fill("Consulta Renombrada");
    await page.getByLabel("Rol").selectOption({ label: "Coordinación" });
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    const prompt = page.locator("[data-step-up]");
    await prompt.getByText("Confirmá que sos vos").waitFor();
    // What was typed is still there.
    await expect(page.getByLabel("Nombre y apellido").inputValue()).resolves.toBe("Consulta Renombrada");
    await expect(page.getByLabel("Rol").inputValue()).resolves.toBe("coordinator");
    await expectNoAxeViolations(page);
    // A wrong code: refused on the field, still nothing saved.
    await page.getByLabel("Código de verificación").fill("000000");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await prompt.getByText("El código no es correcto o ya se usó.").waitFor();
    await expect(page.getByLabel("Rol").inputValue()).resolves.toBe("coordinator");
    // The right one, with the same submission: saved.
    await page.getByLabel("Código de verificación").fill(codeFor(key, 1));
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.waitForURL(/estado=guardado-sesiones/);
    await page.getByText("Se guardaron los cambios.", { exact: false }).first().waitFor();
    await expect(page.getByLabel("Rol").inputValue()).resolves.toBe("coordinator");
    // Another sensitive action once the proof is old again: a recovery code answers the prompt too.
    await page.waitForTimeout(7_000);
    await page.getByRole("button", { name: "Restablecer la contraseña" }).click();
    await page.getByLabel("Código de verificación").fill(codes[0]!);
    await page.getByRole("button", { name: "Restablecer la contraseña" }).click();
    await page.getByTestId("temporary-password").waitFor();
  });
});
