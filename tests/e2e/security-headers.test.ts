import { describe, expect, inject, it } from "vitest";
import { browserForFile, loginThroughPage } from "./support";

const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1] ?? null;

describe("security headers", () => {
  const browser = browserForFile();

  it("every HTML response carries a strict CSP with its own nonce, and the hardening headers", async () => {
    const base = inject("baseURL");
    const first = await fetch(`${base}/login`);
    const second = await fetch(`${base}/login`);
    const policy = first.headers.get("content-security-policy");
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(nonceOf(policy)).not.toBe(nonceOf(second.headers.get("content-security-policy")));

    // The page's scripts carry that response's nonce, so they run and nothing else does.
    const html = await first.text();
    const scriptNonces = [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonceOf(policy)]));
    expect(html.match(/<script(?![^>]*\snonce=)[^>]*>/g) ?? []).toEqual([]);

    for (const response of [first, await fetch(`${base}/api/health`)]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-powered-by")).toBeNull();
      // The browser suite runs `next start` in production mode.
      expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
    }
  });

  it("the app runs under the policy: no violation while signing in and using pages", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await loginThroughPage(page, "coordinator");
    for (const path of ["/redes", "/cargos", "/reuniones/nueva"]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
    }
    // Client-side navigation needs the framework's scripts, which run only with the nonce.
    await page
      .getByRole("navigation", { name: "Navegación principal" })
      .getByRole("link", { name: "Redes" })
      .click();
    await page.waitForURL(/\/redes$/);
    expect(violations).toEqual([]);
    await context.close();
  });
});
