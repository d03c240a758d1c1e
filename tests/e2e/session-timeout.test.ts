import { describe, expect, it } from "vitest";
import { browserForFile, expectNoAxeViolations, signInAs } from "./support";

describe("idle session warning", () => {
  const browser = browserForFile();

  it("warns two minutes before the idle timeout, extends with one action, and ends the session when ignored", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The browser's clock is ours to move; the server keeps real time.
    await page.clock.install();
    await signInAs(page, "viewer");
    await page.goto("/redes");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const dialog = page.getByRole("alertdialog", { name: "Tu sesión está por cerrarse" });
    expect(await dialog.count()).toBe(0);
    // Time moved before the page's scripts start its clock would be lost on it.
    await page.locator("html[data-session-clock=running]").waitFor({ state: "attached" });

    await page.clock.fastForward("28:30");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/se cerrará en 1 minuto y \d+ segundos/);
    const extend = dialog.getByRole("button", { name: "Seguir conectado" });
    // Focus goes to the one action, so a keyboard user extends with Enter.
    await expect(extend.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });

    // Ignored, the warning runs out and the login page says why.
    await page.clock.fastForward("30:05");
    await page.waitForURL(/\/login\?sesion=vencida/);
    await page.getByText("Tu sesión terminó").waitFor();
    await context.close();
  });
});
