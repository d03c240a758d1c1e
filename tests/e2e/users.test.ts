import { describe, expect, it } from "vitest";
import {
  appAlert,
  browserForFile,
  chooseNewPassword,
  chooseSearched,
  createAccount,
  expectNoAxeViolations,
  searchedNames,
  signInThroughPage,
} from "./support";

// Every account here is created by these tests (the demo accounts are shared by other suites).
const tag = () => Math.random().toString(36).slice(2, 8);

describe("user administration", () => {
  const browser = browserForFile();

  it("links an account to a person found by name; a person with another account is not offered", async () => {
    const t = tag();
    const { page: admin } = await browser.signedInPage("admin");
    await admin.goto("/admin/usuarios/nuevo");
    await admin.getByRole("heading", { level: 1, name: "Nuevo usuario" }).waitFor();
    // Julián Pereyra already has the demo technical account: the search does not find him.
    await expect(searchedNames(admin, "Persona vinculada", "julián pereyra")).resolves.toEqual([]);
    const offered = await searchedNames(admin, "Persona vinculada", "a");
    expect(offered.length).toBeGreaterThan(0);
    const person = offered[0]!;
    await chooseSearched(admin, "Persona vinculada", person, person);
    await expectNoAxeViolations(admin);
    await admin.getByLabel("Correo electrónico").fill(`vinculada.${t}@redes.local`);
    await admin.getByLabel("Nombre y apellido").fill(`Cuenta Vinculada ${t}`);
    await admin.getByLabel("Rol").selectOption({ label: "Consulta" });
    await admin.getByRole("button", { name: "Crear usuario" }).click();
    await admin.getByTestId("temporary-password").waitFor();
    await admin.getByRole("link", { name: "Ver la cuenta" }).click();
    await admin.getByRole("heading", { level: 1, name: `Cuenta Vinculada ${t}` }).waitFor();
    // The edit form shows its person by name, and finds that person again (its own).
    const field = admin.getByRole("combobox", { name: "Persona vinculada", exact: true });
    await expect(field.inputValue()).resolves.toBe(person);
    await expect(searchedNames(admin, "Persona vinculada", person.toLowerCase())).resolves.toContain(person);
    // Another new account's form does not offer them any more.
    await admin.goto("/admin/usuarios/nuevo");
    await admin.getByRole("heading", { level: 1, name: "Nuevo usuario" }).waitFor();
    await expect(searchedNames(admin, "Persona vinculada", person.toLowerCase())).resolves.not.toContain(
      person,
    );
  });

  it("demoting a coordinator ends their open session: their next save is refused and nothing is stored", async () => {
    const t = tag();
    const email = `coordinacion.${t}@redes.local`;
    const name = `Coordinación Prueba ${t}`;
    const password = "la costanera al atardecer";

    const { page: admin } = await browser.signedInPage("admin");
    await admin.goto("/admin");
    await admin.getByRole("link", { name: /Usuarios/ }).click();
    await admin.waitForURL(/\/admin\/usuarios$/);
    await admin.getByRole("heading", { name: "Usuarios", level: 1 }).waitFor();
    await expectNoAxeViolations(admin);

    await admin.goto("/admin/usuarios/nuevo");
    await expectNoAxeViolations(admin);
    // The browser checks the form with the server's schema before sending it.
    await admin.getByRole("button", { name: "Crear usuario" }).click();
    await appAlert(admin).filter({ hasText: "Revisá los siguientes campos" }).waitFor();
    await admin.getByText("Este campo es obligatorio.").first().waitFor();
    const temporary = await createAccount(admin, email, name, "Coordinación");
    expect(temporary).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await expectNoAxeViolations(admin);

    // The list finds the new account by search and shows it has never signed in.
    await admin.goto(`/admin/usuarios?q=${t}`);
    await admin.getByRole("status").filter({ hasText: "1 usuario" }).waitFor();
    const row = admin.locator("table tbody tr");
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toMatch(/Coordinación.*Contraseña temporal.*Nunca/);
    await admin.goto(`/admin/usuarios?q=${t}&role=viewer`);
    await admin.getByRole("status").filter({ hasText: "Ningún usuario" }).waitFor();

    // The coordinator signs in (first the forced change) and opens a network's edit form.
    const coordinator = await browser.newPage();
    await signInThroughPage(coordinator, email, temporary);
    await chooseNewPassword(coordinator, temporary, password);
    await coordinator.goto("/redes?q=Mercociudades");
    await coordinator.getByRole("link", { name: "Mercociudades" }).click();
    await coordinator.waitForURL(/\/redes\/[0-9a-f-]{36}$/);
    const networkPath = new URL(coordinator.url()).pathname;
    await coordinator.getByRole("link", { name: "Editar red" }).click();
    await coordinator.waitForURL(/\/editar$/);
    await coordinator.getByLabel("Sede").fill(`Sede que no se guarda ${t}`);

    // Meanwhile the admin demotes them to viewer.
    await admin.goto(`/admin/usuarios?q=${t}`);
    await admin.getByRole("link", { name }).click();
    await admin.getByRole("heading", { name, level: 1 }).waitFor();
    await expectNoAxeViolations(admin);
    await admin.getByLabel("Rol").selectOption({ label: "Consulta" });
    await admin.getByRole("button", { name: "Guardar", exact: true }).click();
    await admin.waitForURL(/estado=guardado-sesiones/, { waitUntil: "commit" });
    await admin
      .getByRole("status")
      .filter({ hasText: "sesiones abiertas de la persona se cerraron" })
      .waitFor();

    // The coordinator's very next request — the save — is refused.
    await coordinator.getByRole("button", { name: "Guardar", exact: true }).click();
    await appAlert(coordinator).filter({ hasText: "Tu sesión terminó" }).waitFor();
    await expect(coordinator.getByLabel("Sede").inputValue()).resolves.toBe(`Sede que no se guarda ${t}`);
    await coordinator.goto(networkPath);
    await coordinator.waitForURL(/\/login\?sesion=vencida/);

    // Nothing was stored.
    await admin.goto(networkPath);
    await admin.getByRole("heading", { name: /Mercociudades/, level: 1 }).waitFor();
    await expect(admin.getByText(`Sede que no se guarda ${t}`).count()).resolves.toBe(0);

    // Signing in again, they are a viewer: no edit link.
    await signInThroughPage(coordinator, email, password);
    await coordinator.goto(networkPath);
    await coordinator.getByRole("heading", { name: /Mercociudades/, level: 1 }).waitFor();
    await expect(coordinator.getByRole("link", { name: "Editar red" }).count()).resolves.toBe(0);
  });

  it("an admin resets a password: the user's session ends and the temporary password only opens the change step", async () => {
    const t = tag();
    const email = `tecnica.${t}@redes.local`;
    const first = "un mate en la plaza seca";
    const second = "bicicleta por palermo chico";

    const { page: admin } = await browser.signedInPage("admin");
    const initial = await createAccount(admin, email, `Persona Consulta ${t}`, "Consulta");
    await admin.getByRole("link", { name: "Ver la cuenta" }).click();
    await admin.getByRole("heading", { name: `Persona Consulta ${t}`, level: 1 }).waitFor();
    const userPage = admin.url();

    const user = await browser.newPage();
    await signInThroughPage(user, email, initial);
    await chooseNewPassword(user, initial, first);

    // The admin cannot deactivate or demote themselves (no buttons for it on their own page).
    await admin.goto("/admin/usuarios?q=admin%40redes.local");
    await admin.locator("table tbody tr a").first().click();
    await admin.getByText("No podés desactivar tu propia cuenta.").waitFor();
    await admin.getByLabel("Rol").selectOption({ label: "Consulta" });
    await admin.getByRole("button", { name: "Guardar", exact: true }).click();
    await appAlert(admin).filter({ hasText: "No podés quitarte el rol de administración" }).waitFor();

    await admin.goto(userPage);
    await admin.getByRole("button", { name: "Restablecer la contraseña" }).click();
    const shown = admin.getByTestId("temporary-password");
    await shown.waitFor();
    const temporary = (await shown.textContent())!.trim();
    expect(temporary).not.toBe(initial);
    await expectNoAxeViolations(admin);

    // The user's open session ended.
    await user.goto("/redes");
    await user.waitForURL(/\/login/);
    // The old password no longer works; the temporary one leads only to the change step.
    await user.getByLabel("Correo electrónico").fill(email);
    await user.getByLabel("Contraseña").fill(first);
    await user.getByRole("button", { name: "Ingresar", exact: true }).click();
    await appAlert(user).filter({ hasText: "no son correctos" }).waitFor();
    await signInThroughPage(user, email, temporary);
    await user.waitForURL(/\/cuenta\/contrasena$/);
    await user.getByRole("heading", { name: "Elegí una contraseña nueva" }).waitFor();
    await expect(user.getByRole("navigation", { name: "Navegación principal" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(user);
    for (const path of ["/redes", "/cuenta", "/calendario"]) {
      await user.goto(path);
      await user.waitForURL(/\/cuenta\/contrasena$/);
    }
    // A common password is refused by the server, next to its field; the passwords are not sent
    // back (the user types them again).
    await user.getByLabel("Contraseña temporal").fill(temporary);
    await user.getByLabel(/^Contraseña nueva/).fill("qwerty123456");
    await user.getByLabel("Repetí la contraseña nueva").fill("qwerty123456");
    await user.getByRole("button", { name: "Cambiar la contraseña" }).click();
    await user.locator("#newPassword-error").filter({ hasText: "contraseñas más usadas" }).waitFor();
    await expect(user.getByLabel(/^Contraseña nueva/).getAttribute("aria-invalid")).resolves.toBe("true");
    await expectNoAxeViolations(user);
    await expect(user.getByLabel("Contraseña temporal").inputValue()).resolves.toBe("");
    await user.getByLabel("Contraseña temporal").fill(temporary);
    await user.getByLabel(/^Contraseña nueva/).fill(second);
    await user.getByLabel("Repetí la contraseña nueva").fill(second);
    await user.getByRole("button", { name: "Cambiar la contraseña" }).click();
    await user.waitForURL(/\/cuenta\?estado=contrasena-cambiada/);
    await user.getByRole("navigation", { name: "Navegación principal" }).waitFor();
    await user.goto("/redes");
    await user.getByRole("heading", { name: "Redes", level: 1 }).waitFor();

    // The admin sees the account's password is the user's own now.
    await admin.goto(userPage);
    await admin.getByText("Elegida por la persona").waitFor();
  });

  it("deactivating an account ends its session and refuses sign-in; non-admins get no user pages", async () => {
    const t = tag();
    const email = `baja.${t}@redes.local`;
    const { page: admin } = await browser.signedInPage("admin");
    const temporary = await createAccount(admin, email, `Persona Baja ${t}`, "Consulta");
    await admin.getByRole("link", { name: "Ver la cuenta" }).click();
    await admin.getByRole("heading", { name: `Persona Baja ${t}`, level: 1 }).waitFor();

    const user = await browser.newPage();
    await signInThroughPage(user, email, temporary);
    await user.getByRole("heading", { name: "Elegí una contraseña nueva" }).waitFor();

    await admin.getByRole("button", { name: "Desactivar la cuenta" }).click();
    await admin.waitForURL(/estado=desactivado/, { waitUntil: "commit" });
    await admin.getByRole("status").filter({ hasText: "La cuenta se desactivó" }).waitFor();
    await admin.getByRole("button", { name: "Reactivar la cuenta" }).waitFor();

    await user.reload();
    await user.waitForURL(/\/login/);
    await user.getByLabel("Correo electrónico").fill(email);
    await user.getByLabel("Contraseña").fill(temporary);
    await user.getByRole("button", { name: "Ingresar", exact: true }).click();
    await appAlert(user).filter({ hasText: "no son correctos" }).waitFor();

    const { page: viewer } = await browser.signedInPage("viewer");
    await viewer.goto("/admin/usuarios");
    await appAlert(viewer).filter({ hasText: "Sin permiso para administrar usuarios" }).waitFor();
    await expectNoAxeViolations(viewer);
    await viewer.goto("/admin/usuarios/nuevo");
    await appAlert(viewer).filter({ hasText: "Sin permiso para administrar usuarios" }).waitFor();
  });
});
