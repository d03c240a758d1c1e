import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { appAlert, browserForFile, createAccount, expectNoAxeViolations, signInThroughPage } from "./support";

// The account is created by the test (changing a demo account's password would break other suites).
const tag = () => Math.random().toString(36).slice(2, 8);

const newPasswordField = (page: Page) => page.getByLabel(/^Contraseña nueva/);

async function fillPasswords(page: Page, current: string, next: string, repeat = next): Promise<void> {
  await page.getByLabel(/^Contraseña (actual|temporal)/).fill(current);
  await newPasswordField(page).fill(next);
  await page.getByLabel("Repetí la contraseña nueva").fill(repeat);
  await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
}

describe("own account", () => {
  const browser = browserForFile();
  let email: string;
  const first = "el subte de la linea be";
  const second = "tormenta de santa rosa";

  beforeAll(async () => {
    // An admin creates the account; its owner signs in and chooses a password.
    const t = tag();
    email = `cuenta.${t}@redes.local`;
    const { page: admin } = await browser.signedInPage("admin");
    const temporary = await createAccount(admin, email, `Titular Cuenta ${t}`, "Coordinación");
    const user = await browser.newPage();
    await signInThroughPage(user, email, temporary);
    await user.getByRole("heading", { name: "Elegí una contraseña nueva" }).waitFor();
    await fillPasswords(user, temporary, first);
    await user.waitForURL(/\/cuenta\?estado=contrasena-cambiada/);
  });

  it("a user changes their own password from the header's Mi cuenta and stays signed in", async () => {
    const user = await browser.newPage();
    await signInThroughPage(user, email, first);
    await user.getByRole("link", { name: "Mi cuenta" }).click();
    await user.waitForURL(/\/cuenta$/);
    await user.getByRole("heading", { name: "Mi cuenta", level: 1 }).waitFor();
    await expectNoAxeViolations(user);
    // Password managers may fill the new password: the fields say so and pasting is allowed.
    await expect(newPasswordField(user).getAttribute("autocomplete")).resolves.toBe("new-password");
    await expect(user.getByLabel("Repetí la contraseña nueva").getAttribute("autocomplete")).resolves.toBe(
      "new-password",
    );
    await expect(user.getByLabel("Contraseña actual").getAttribute("autocomplete")).resolves.toBe(
      "current-password",
    );

    // Checked in the browser first: too short, and the repetition must match.
    await fillPasswords(user, first, "corta", "corta");
    await user.locator("#newPassword-error").filter({ hasText: "al menos 12 caracteres" }).waitFor();
    await fillPasswords(user, first, second, "otra cosa distinta");
    await user.locator("#confirmPassword-error").filter({ hasText: "no coinciden" }).waitFor();

    // What the server answers to the form (the action's state) is read as it arrives.
    const answers: Promise<string>[] = [];
    user.on("response", (response) => {
      if (response.request().method() === "POST" && response.request().headers()["next-action"]) {
        answers.push(response.text().catch(() => ""));
      }
    });

    // A wrong current password is refused by the server, on its field. No password comes back
    // in the answer: the fields are empty, to be typed again.
    await fillPasswords(user, "no es la actual", second);
    await user.locator("#currentPassword-error").filter({ hasText: "no es correcta" }).waitFor();
    await expect(user.getByLabel("Contraseña actual").getAttribute("aria-invalid")).resolves.toBe("true");
    await expectNoAxeViolations(user);

    // A password only the server refuses (the common-password list), likewise.
    const common = "qwertyuiop123";
    await fillPasswords(user, first, common);
    await user.locator("#newPassword-error").filter({ hasText: "contraseñas más usadas" }).waitFor();
    for (const field of [user.getByLabel("Contraseña actual"), newPasswordField(user)]) {
      await expect(field.inputValue()).resolves.toBe("");
    }
    await expect(user.getByLabel("Repetí la contraseña nueva").inputValue()).resolves.toBe("");
    const bodies = await Promise.all(answers);
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    for (const typed of ["no es la actual", second, first, common]) {
      expect(bodies.some((body) => body.includes(typed))).toBe(false);
    }

    // An open session elsewhere ends with the change; this one goes on.
    const elsewhere = await browser.newPage();
    await signInThroughPage(elsewhere, email, first);

    await fillPasswords(user, first, second);
    await user.waitForURL(/\/cuenta\?estado=contrasena-cambiada/);
    await user.getByRole("status").filter({ hasText: "Tu contraseña se cambió" }).waitFor();
    await user.goto("/redes");
    await user.getByRole("heading", { name: "Redes", level: 1 }).waitFor();

    await elsewhere.goto("/redes");
    await elsewhere.waitForURL(/\/login\?sesion=vencida/);
    await elsewhere.getByLabel("Correo electrónico").fill(email);
    await elsewhere.getByLabel("Contraseña").fill(first);
    await elsewhere.getByRole("button", { name: "Ingresar", exact: true }).click();
    await appAlert(elsewhere).filter({ hasText: "no son correctos" }).waitFor();
    await signInThroughPage(elsewhere, email, second);
    await elsewhere.getByRole("navigation", { name: "Navegación principal" }).waitFor();
  });
});
