import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { CDPSession, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  appAlert,
  baseURL,
  browserForFile,
  chooseNewPassword,
  createAccount,
  expectNoAxeViolations,
  submitPassword,
} from "./support";

// The account is created by the test: a passkey on a shared demo account would make every
// other suite's sign-in ask for a second factor.
const tag = () => Math.random().toString(36).slice(2, 8);

/**
 * WebAuthn refuses an IP address as relying party: the passkey user opens the suite's server
 * (127.0.0.1) as localhost, which is the RP ID and origin the server is configured with
 * (tests/e2e/global-setup.ts).
 */
const localhostURL = () => baseURL().replace("127.0.0.1", "localhost");

/** Chromium's virtual authenticator: a platform passkey provider that verifies the user at once. */
async function addVirtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await submitPassword(page, email, password);
  await page.waitForURL((url) => url.pathname !== "/login", { waitUntil: "commit" });
}

async function signInWithPasskey(page: Page): Promise<void> {
  await page.goto("/login");
  await page.getByRole("button", { name: "Ingresar con una llave de acceso" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { waitUntil: "commit" });
  await page.getByRole("navigation", { name: "Navegación principal" }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await page.waitForURL(/\/login/, { waitUntil: "commit" });
}

const passkeysSection = (page: Page) => page.getByRole("region", { name: "Llaves de acceso" });

describe("passkeys", () => {
  const browser = browserForFile();
  let user: Page;
  let email: string;
  const password = "mate cocido en la terraza";

  beforeAll(async () => {
    const t = tag();
    email = `llave.${t}@redes.local`;
    const { page: admin } = await browser.signedInPage("admin");
    const temporary = await createAccount(admin, email, `Con Llave ${t}`, "Consulta");

    user = await (await browser.newContext({ baseURL: localhostURL() })).newPage();
    await addVirtualAuthenticator(user);
    await signInWithPassword(user, email, temporary);
    await chooseNewPassword(user, temporary, password);
  });

  it("adds a passkey from Mi cuenta: the browser's prompt, then a name", async () => {
    await user.goto("/cuenta");
    const section = passkeysSection(user);
    await expect(
      section.getByText("Todavía no agregaste ninguna llave de acceso.").isVisible(),
    ).resolves.toBe(true);
    await section.getByRole("button", { name: "Agregar una llave de acceso" }).click();
    const name = section.getByRole("textbox", { name: "Nombre de la llave" });
    await name.waitFor();
    // The virtual authenticator is a platform one: the suggested name says so.
    await expect(name.inputValue()).resolves.toBe("Este dispositivo");
    await expectNoAxeViolations(user);
    await name.fill("Notebook de la oficina");
    await section.getByRole("button", { name: "Guardar la llave" }).click();
    await section
      .getByRole("status")
      .filter({ hasText: "Se agregó la llave de acceso «Notebook de la oficina»." })
      .waitFor();
    const row = section.getByRole("row").filter({ hasText: "Notebook de la oficina" });
    await row.waitFor();
    await expect(row.getByText("Todavía no se usó").isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(user);
  });

  it("signs in with the passkey alone (no e-mail, no password); the session is listed as such", async () => {
    await signOut(user);
    await expectNoAxeViolations(user);
    await signInWithPasskey(user);
    await user.goto("/cuenta");
    const current = user.locator("tr.session-current");
    await expect(current.textContent()).resolves.toContain("Con llave de acceso");
    // Used now: the list says when.
    const row = passkeysSection(user).getByRole("row").filter({ hasText: "Notebook de la oficina" });
    await expect(row.getByText("Todavía no se usó").count()).resolves.toBe(0);
  });

  it("renames the passkey", async () => {
    const section = passkeysSection(user);
    await section
      .getByRole("button", { name: "Cambiar el nombre de la llave «Notebook de la oficina»" })
      .click();
    await section.getByRole("textbox", { name: "Nombre de la llave" }).fill("Notebook");
    await section.getByRole("button", { name: "Guardar el nombre" }).click();
    await section.getByRole("status").filter({ hasText: "Se cambió el nombre de la llave." }).waitFor();
    await section.getByRole("rowheader", { name: "Notebook", exact: true }).waitFor();
  });

  it("a password sign-in of the account now asks for the second factor", async () => {
    await signOut(user);
    await user.goto("/login");
    await user.getByLabel("Correo electrónico").fill(email);
    await user.getByLabel("Contraseña").fill(password);
    await user.getByRole("button", { name: "Ingresar", exact: true }).click();
    await user.waitForURL(/\/login\/segundo-factor/, { waitUntil: "commit" });
    await user.context().clearCookies();
  });

  it("says so when the browser offers a passkey this app does not know", async () => {
    const page = await (await browser.newContext({ baseURL: localhostURL() })).newPage();
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    // A passkey for this site that was never registered here (or was removed from the account).
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    await cdp.send("WebAuthn.addCredential", {
      authenticatorId,
      credential: {
        credentialId: randomBytes(16).toString("base64"),
        isResidentCredential: true,
        rpId: "localhost",
        privateKey: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64"),
        userHandle: randomBytes(16).toString("base64"),
        signCount: 0,
      },
    });
    await page.goto("/login");
    await page.getByRole("button", { name: "Ingresar con una llave de acceso" }).click();
    await appAlert(page).filter({ hasText: "No reconocemos esa llave de acceso" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await expectNoAxeViolations(page);
  });

  it("removes the passkey after a confirmation", async () => {
    await signInWithPasskey(user);
    await user.goto("/cuenta");
    const section = passkeysSection(user);
    await section.getByRole("button", { name: "Quitar la llave «Notebook»" }).click();
    const confirm = section.getByRole("group", { name: "Quitar la llave «Notebook»" });
    await expect(confirm.textContent()).resolves.toContain("Ya no vas a poder ingresar con ella.");
    await confirm.getByRole("button", { name: "Sí, quitarla" }).click();
    await section.getByRole("status").filter({ hasText: "Se quitó la llave «Notebook»." }).waitFor();
    await section.getByText("Todavía no agregaste ninguna llave de acceso.").waitFor();
  });
});
