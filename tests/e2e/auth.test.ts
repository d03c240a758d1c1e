import { describe, expect, inject, it } from "vitest";
import {
  appAlert,
  baseURL,
  browserForFile,
  DEMO,
  type DemoRole,
  expectNoAxeViolations,
  loginThroughPage,
  postCredentials,
} from "./support";

const ROLE_LABEL: Record<DemoRole, string> = {
  admin: "Administración",
  coordinator: "Coordinación",
  head: "Dirección",
  technical: "Equipo técnico",
  viewer: "Consulta",
};

describe("sign-in", () => {
  const browser = browserForFile();

  it("sends anonymous visitors to the login page, which is accessible", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/redes?kind=global");
    expect(new URL(page.url()).pathname).toBe("/login");
    await expect(page.getByRole("heading", { name: "Iniciar sesión" }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("refuses a wrong password with a clear message and keeps the e-mail", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Correo electrónico").fill(DEMO.coordinator);
    await page.getByLabel("Contraseña").fill("no-es-la-clave");
    await page.getByRole("button", { name: "Ingresar", exact: true }).click();
    await expect(appAlert(page).first().textContent()).resolves.toContain(
      "El correo o la contraseña no son correctos",
    );
    await expect(page.getByLabel("Correo electrónico").inputValue()).resolves.toBe(DEMO.coordinator);
    expect(new URL(page.url()).pathname).toBe("/login");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("after repeated failures on one e-mail asks to wait, whether or not the account exists", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/login");
    // An address nobody has: the throttle treats it like a real account.
    const email = "intentos.repetidos@redes.local";
    const messages: string[] = [];
    // Five failures are free, then each blocks for longer (1 s, 2 s, 4 s…): soon an attempt lands in a block.
    for (let attempt = 0; attempt < 15 && !messages.at(-1)?.includes("demasiados intentos"); attempt++) {
      await page.getByLabel("Correo electrónico").fill(email);
      await page.getByLabel("Contraseña").fill(`clave-equivocada-${attempt}`);
      await page.getByRole("button", { name: "Ingresar", exact: true }).click();
      const alert = appAlert(page).first();
      await alert.waitFor();
      messages.push((await alert.textContent()) ?? "");
      await page.getByRole("button", { name: "Ingresar", exact: true }).waitFor();
    }
    expect(messages.slice(0, 5).every((m) => m.includes("El correo o la contraseña no son correctos"))).toBe(
      true,
    );
    expect(messages.at(-1)).toContain("Hubo demasiados intentos fallidos");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("shows field messages for an empty form", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "Ingresar", exact: true }).click();
    await page.getByText("Ingresá tu correo electrónico.").waitFor();
    await expect(page.getByLabel("Correo electrónico").getAttribute("aria-invalid")).resolves.toBe("true");
    await context.close();
  });

  for (const role of Object.keys(DEMO) as DemoRole[]) {
    it(`signs in as ${role}, shows the role and the right sections, and signs out`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await loginThroughPage(page, role);
      const header = page.getByRole("banner");
      await expect(header.textContent()).resolves.toContain(ROLE_LABEL[role]);
      const nav = page.getByRole("navigation", { name: "Navegación principal" });
      // Each role lands on its own start: technical staff on Mi participación (first in their
      // navigation, with no panel link), everyone else on the panel.
      const technical = role === "technical";
      await page.waitForURL((url) => url.pathname === (technical ? "/mi-participacion" : "/"), {
        waitUntil: "commit",
      });
      await page
        .getByRole("heading", { level: 1, name: technical ? "Mi participación" : /^Hola, / })
        .waitFor();
      await expect(nav.getByRole("link").first().textContent()).resolves.toBe(
        technical ? "Mi participación" : "Panel",
      );
      await expect(nav.getByRole("link", { name: "Panel", exact: true }).count()).resolves.toBe(
        technical ? 0 : 1,
      );
      await expect(nav.getByRole("link", { name: "Redes" }).isVisible()).resolves.toBe(true);
      // Administration holds the audit log (admins) and thematic areas (coordinators too).
      await expect(nav.getByRole("link", { name: "Administración" }).count()).resolves.toBe(
        role === "admin" || role === "coordinator" ? 1 : 0,
      );
      await expectNoAxeViolations(page);

      await page.getByRole("button", { name: "Cerrar sesión" }).click();
      await page.waitForURL((url) => url.pathname === "/login", { waitUntil: "commit" });
      await page.goto("/redes");
      expect(new URL(page.url()).pathname).toBe("/login");
      await context.close();
    });
  }

  it("signs in through the Auth.js endpoints, as scripts do", async () => {
    const { response, cookie } = await postCredentials(DEMO.viewer);
    expect(response.status).toBe(302);
    const sessionCookie = response.headers.getSetCookie().find((c) => c.includes("authjs.session-token"));
    expect(sessionCookie).toBeTruthy();
    const session = await fetch(`${baseURL()}/api/auth/session`, {
      headers: { cookie: `${cookie}; ${sessionCookie!.split(";")[0]}` },
    });
    const body = (await session.json()) as { user?: { email: string; role: string } };
    expect(body.user).toMatchObject({ email: DEMO.viewer, role: "viewer" });
    expect(JSON.stringify(body)).not.toMatch(/hash|argon/i);
  });

  it("over https (a TLS proxy's X-Forwarded-Proto) every Auth.js cookie is __Host-: Secure, Path=/, no Domain — and the session works", async () => {
    const https = { "x-forwarded-proto": "https" };
    const csrfResponse = await fetch(`${baseURL()}/api/auth/csrf`, { headers: https });
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
    const started = csrfResponse.headers.getSetCookie();
    expect(started.length).toBeGreaterThan(0);
    for (const set of started) expect(set).toMatch(/^__Host-authjs\./);
    const cookie = started.map((c) => c.split(";")[0]).join("; ");
    const response = await fetch(`${baseURL()}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { ...https, "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email: DEMO.viewer, password: "redes-demo-2026" }),
    });
    expect(response.status).toBe(302);
    const issued = response.headers.getSetCookie();
    const sessionCookie = issued.find((c) => c.startsWith("__Host-authjs.session-token="));
    expect(sessionCookie, issued.join("\n")).toBeTruthy();
    expect(sessionCookie).toMatch(/; Path=\/(;|$)/);
    expect(sessionCookie).toMatch(/; Secure(;|$)/i);
    expect(sessionCookie).toMatch(/; HttpOnly(;|$)/i);
    expect(sessionCookie).not.toMatch(/domain=/i);
    // Auth.js's cookies and the device cookie (lib/auth/device-cookie.ts) alike.
    for (const set of issued) expect(set).toMatch(/^__Host-(authjs\.|redes-device=)/);

    // Auth.js's endpoint, the proxy and the pages all read it under that name.
    const jar = `${cookie}; ${sessionCookie!.split(";")[0]}`;
    const session = await fetch(`${baseURL()}/api/auth/session`, { headers: { ...https, cookie: jar } });
    await expect(session.json()).resolves.toMatchObject({ user: { email: DEMO.viewer } });
    const page = await fetch(`${baseURL()}/redes`, {
      headers: { ...https, cookie: jar },
      redirect: "manual",
    });
    expect(page.status).toBe(200);
    await expect(page.text()).resolves.toContain("Consulta");
    // Over plain http the names are the bare ones: this cookie is not a session there.
    const plain = await fetch(`${baseURL()}/redes`, { headers: { cookie: jar }, redirect: "manual" });
    expect(plain.status).toBe(307);
    expect(new URL(plain.headers.get("location")!, baseURL()).pathname).toBe("/login");

    // Single sign-on's round-trip checks (PKCE, state, nonce) are __Host- cookies too.
    const sso = await fetch(`${baseURL()}/login/sso`, { headers: https, redirect: "manual" });
    expect(sso.headers.get("location")).toMatch(new RegExp(`^${inject("ssoIssuer")}`));
    const checks = sso.headers.getSetCookie().map((c) => c.slice(0, c.indexOf("=")));
    expect(checks).toEqual(
      expect.arrayContaining([
        "__Host-authjs.pkce.code_verifier",
        "__Host-authjs.state",
        "__Host-authjs.nonce",
      ]),
    );
    expect(checks.every((name) => name.startsWith("__Host-"))).toBe(true);
  });

  it("answers the health check", async () => {
    const response = await fetch(`${baseURL()}/api/health`);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ status: "ok", database: inject("driver") });
  });
});
