import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { TEST_SSO_ACCOUNTS, TEST_SSO_NAME } from "../support/oidc-provider";
import { appAlert, browserForFile, expectNoAxeViolations, signInAs } from "./support";

// The server of the browser suite runs with single sign-on pointed at a real OpenID Connect
// provider (oidc-provider) started by the global setup. Its development sign-in page takes any
// login as the subject; TEST_SSO_ACCOUNTS gives some subjects a verified e-mail.
const tag = () => Math.random().toString(36).slice(2, 8);
const VIEWER_SUBJECT = "visor-sso-7f3a";
const COORDINATOR_SUBJECT = "coordinacion-sso-51c2";

/** An admin creates an account through the form, optionally with its SSO identity. */
async function createAccount(
  admin: Page,
  { email, name, role, subject }: { email: string; name: string; role: string; subject?: string },
): Promise<void> {
  await admin.goto("/admin/usuarios/nuevo");
  await admin.getByLabel("Correo electrónico").fill(email);
  await admin.getByLabel("Nombre y apellido").fill(name);
  await admin.getByLabel("Rol").selectOption({ label: role });
  if (subject) await admin.getByLabel("Identidad de inicio de sesión único (subject)").fill(subject);
  await admin.getByRole("button", { name: "Crear usuario" }).click();
  await admin.getByTestId("temporary-password").waitFor();
}

/** From the login page through the provider's own sign-in page, back to Redes. */
async function signInWithProvider(page: Page, subject: string): Promise<void> {
  await page.goto("/login");
  await page.getByRole("link", { name: `Ingresar con ${TEST_SSO_NAME}` }).click();
  const issuer = inject("ssoIssuer");
  await page.waitForURL((url) => url.href.startsWith(issuer));
  await page.getByPlaceholder("Enter any login").fill(subject);
  await page.getByPlaceholder("and password").fill("cualquier-clave");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.waitForURL((url) => url.href.startsWith(inject("baseURL")), { waitUntil: "commit" });
}

/** The first network's page, as a signed-in user sees it. */
async function openNetwork(page: Page): Promise<void> {
  await page.goto("/redes?q=Mercociudades");
  await page.getByRole("link", { name: "Mercociudades" }).click();
  await page.waitForURL(/\/redes\/[0-9a-f-]{36}$/);
  await page.getByRole("heading", { name: /Mercociudades/, level: 1 }).waitFor();
}

describe("single sign-on through a local OpenID Connect provider", () => {
  const browser = browserForFile();
  let admin: Page;

  beforeAll(async () => {
    admin = await browser.newPage();
    await signInAs(admin, "admin");
  });

  it("a viewer pre-provisioned with their subject signs in and lands as a viewer, with no edit actions", async () => {
    const t = tag();
    const name = `Consulta SSO ${t}`;
    // The Redes e-mail differs from the provider's: the subject alone identifies the account.
    expect(TEST_SSO_ACCOUNTS[VIEWER_SUBJECT]!.email).not.toContain(t);
    await admin.goto("/admin/usuarios/nuevo");
    await admin.getByLabel("Identidad de inicio de sesión único (subject)").waitFor();
    await expectNoAxeViolations(admin);
    await createAccount(admin, {
      email: `consulta.sso.${t}@redes.local`,
      name,
      role: "Consulta",
      subject: VIEWER_SUBJECT,
    });

    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/login");
    await expectNoAxeViolations(page);
    await signInWithProvider(page, VIEWER_SUBJECT);
    await page.getByRole("navigation", { name: "Navegación principal" }).waitFor();
    // The session is the Redes account (its name, its role), not the provider's profile.
    await page.getByText(name).first().waitFor();
    await expect(page.getByText(TEST_SSO_ACCOUNTS[VIEWER_SUBJECT]!.name).count()).resolves.toBe(0);

    await openNetwork(page);
    await expect(page.getByRole("link", { name: "Editar red" }).count()).resolves.toBe(0);
    await page.goto("/redes");
    await page.getByRole("heading", { name: "Redes", level: 1 }).waitFor();
    await expect(page.getByRole("link", { name: "Nueva red" }).count()).resolves.toBe(0);
    // A temporary password pending on the account does not hold an SSO session back.
    expect(new URL(page.url()).pathname).toBe("/redes");
    expect(violations).toEqual([]);
  });

  it("a coordinator is never bound by e-mail: refused and audited until the administrator enters the subject; then they sign in, can edit, and a demotion ends the SSO session at once", async () => {
    const t = tag();
    const name = `Coordinación SSO ${t}`;
    const { email } = TEST_SSO_ACCOUNTS[COORDINATOR_SUBJECT]!;
    await createAccount(admin, { email, name, role: "Coordinación" });

    // The provider vouches for the account's e-mail, but a privileged account is not bound so.
    const page = await browser.newPage();
    await signInWithProvider(page, COORDINATOR_SUBJECT);
    await page.waitForURL(/\/login\?error=sso/);
    await appAlert(page).filter({ hasText: "no corresponde a ninguna cuenta activa de Redes" }).waitFor();
    await admin.goto(`/admin/auditoria?action=auth.sign_in_failed`);
    // The newest entry says why, in its details (rendered when opened).
    const entry = admin.locator("tbody tr").first();
    await entry.getByText("Ver detalle").click();
    await entry.getByText(/las cuentas de administración y coordinación no se vinculan por correo/).waitFor();

    // The administrator enters the subject on the account's form.
    await admin.goto(`/admin/usuarios?q=${t}`);
    await admin.getByRole("link", { name }).click();
    await admin.getByRole("heading", { name, level: 1 }).waitFor();
    await expect(
      admin.getByLabel("Identidad de inicio de sesión único (subject)").inputValue(),
    ).resolves.toBe("");
    await admin.getByLabel("Identidad de inicio de sesión único (subject)").fill(COORDINATOR_SUBJECT);
    await admin.getByRole("button", { name: "Guardar", exact: true }).click();
    await admin.waitForURL(/estado=guardado/, { waitUntil: "commit" });

    // Signing in again (the provider remembers them: no sign-in page there) now gets in.
    await page.goto("/login");
    await page.getByRole("link", { name: `Ingresar con ${TEST_SSO_NAME}` }).click();
    await page.getByRole("navigation", { name: "Navegación principal" }).waitFor();
    await openNetwork(page);
    await page.getByRole("link", { name: "Editar red" }).waitFor();

    // The administrator sees the binding and demotes the account.
    await admin.goto(`/admin/usuarios?q=${t}`);
    await admin.getByRole("link", { name }).click();
    await admin.getByRole("heading", { name, level: 1 }).waitFor();
    await admin.getByText(`Vinculado (subject ${COORDINATOR_SUBJECT})`).waitFor();
    await admin.getByLabel("Rol").selectOption({ label: "Consulta" });
    await admin.getByRole("button", { name: "Guardar", exact: true }).click();
    await admin.waitForURL(/estado=guardado-sesiones/, { waitUntil: "commit" });

    // The SSO session's very next request is refused, like a password session's.
    await page.goto("/redes");
    await page.waitForURL(/\/login\?sesion=vencida/);

    // Signing in again: Redes now gives the session the viewer role.
    await page.goto("/login");
    await page.getByRole("link", { name: `Ingresar con ${TEST_SSO_NAME}` }).click();
    await page.getByRole("navigation", { name: "Navegación principal" }).waitFor();
    await openNetwork(page);
    await expect(page.getByRole("link", { name: "Editar red" }).count()).resolves.toBe(0);
  });

  it("an unknown subject is refused on the login page with a clear message, gets no session, and is audited", async () => {
    const subject = `desconocido-${tag()}`;
    const page = await browser.newPage();
    await signInWithProvider(page, subject);
    await page.waitForURL(/\/login\?error=sso/);
    await appAlert(page).filter({ hasText: "no corresponde a ninguna cuenta activa de Redes" }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto("/redes");
    await page.waitForURL(/\/login\?callbackUrl=/);

    await admin.goto(`/admin/auditoria?action=auth.sign_in_failed`);
    await admin.getByText(subject).first().waitFor();
  });
});
