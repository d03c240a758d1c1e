import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, signedInBrowser } from "./support";

// The owner filter of /compromisos is a searched field (ARIA combobox + listbox): the page
// never lists the whole directory, the field asks for at most 20 matches as the user types.
describe("searched filter field (combobox)", () => {
  const session = signedInBrowser("coordinator");

  it("is used with the keyboard alone: type, arrows, Enter, Escape; the id goes in the URL", async () => {
    const { page } = session;
    await page.goto("/compromisos");
    const owner = page.getByRole("combobox", { name: "Responsable" });
    await owner.waitFor();
    // No option is rendered before searching: the directory is not in the page.
    await expect(page.locator(`li[role="option"]`).count()).resolves.toBe(0);
    await expect(owner.getAttribute("aria-expanded")).resolves.toBe("false");

    await owner.focus();
    await page.keyboard.type("julián pere");
    const listbox = page.getByRole("listbox", { name: "Responsable" });
    await page.getByRole("option", { name: /Julián Pereyra/ }).waitFor();
    await expect(owner.getAttribute("aria-expanded")).resolves.toBe("true");
    const status = page.locator("p[role=status]").filter({ hasText: "resultado" });
    await expect(status.first().textContent()).resolves.toMatch(/^\d+ resultados?\.$/);
    await expectNoAxeViolations(page);

    // Arrow down marks the first match as the active descendant; Escape closes the list.
    await page.keyboard.press("ArrowDown");
    const activeId = await owner.getAttribute("aria-activedescendant");
    expect(activeId).toBeTruthy();
    await expect(page.locator(`[id="${activeId}"]`).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("Escape");
    await expect(owner.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(listbox.isHidden()).resolves.toBe(true);

    // Reopen, choose with Enter: the field shows the name, the form carries the id.
    await page.keyboard.press("ArrowDown");
    await page.getByRole("option", { name: /Julián Pereyra/ }).waitFor();
    await page.keyboard.press("ArrowDown");
    await expect(
      page.locator(`[id="${await owner.getAttribute("aria-activedescendant")}"]`).textContent(),
    ).resolves.toContain("Julián Pereyra");
    await page.keyboard.press("Enter");
    await expect(owner.inputValue()).resolves.toBe("Julián Pereyra");
    await expect(owner.getAttribute("aria-expanded")).resolves.toBe("false");
    const chosen = await page.locator('input[type=hidden][name="owner"]').inputValue();
    expect(chosen).toMatch(/^[0-9a-f-]{36}$/);

    // With the list closed, Enter submits the filters: the same ?owner=<id> as the old select.
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`owner=${chosen}`));
    const rows = page.locator("tbody tr");
    await rows.first().waitFor();
    for (const text of await rows.allTextContents()) expect(text).toContain("Julián Pereyra");

    // On load the page names the chosen person (read by id), and axe stays clean.
    const reloaded = page.getByRole("combobox", { name: "Responsable" });
    await expect(reloaded.inputValue()).resolves.toBe("Julián Pereyra");
    await expectNoAxeViolations(page);

    // Escape on the closed field empties it, and applying drops the filter.
    await reloaded.focus();
    await page.keyboard.press("Escape");
    await expect(reloaded.inputValue()).resolves.toBe("");
    await expect(page.locator('input[type=hidden][name="owner"]').inputValue()).resolves.toBe("");
  });

  it("the search answers at most 20 matches, and only to readers of the list", async () => {
    const { page } = session;
    const answer = await page.request.get("/api/buscar/personas?q=a");
    expect(answer.status()).toBe(200);
    const { results } = (await answer.json()) as { results: { id: string; label: string }[] };
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(20);
    for (const r of results) expect(r.label.toLowerCase()).toContain("a");
    // The users search is for administrators (the audit log): a coordinator is refused.
    expect((await page.request.get("/api/buscar/usuarios?q=a")).status()).toBe(403);
    expect((await page.request.get(`/api/buscar/personas?q=${"x".repeat(101)}`)).status()).toBe(400);
  });
});
