import { describe, expect, it } from "vitest";
import { baseURL, browserForFile, gotoSettled } from "./support";
import { captureAction } from "./actions";

// Attempts to get around the sign-in and the server actions' protections. A seeded network's
// name stands for "protected data": it must never reach an anonymous response.
const SECRET = "Unión de Ciudades Capitales Iberoamericanas";

/** An anonymous request, following redirects by hand (each hop's body is returned for checking). */
async function anonymous(path: string, headers: Record<string, string> = {}) {
  const bodies: string[] = [];
  let url = `${baseURL()}${path}`;
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(url, { headers, redirect: "manual" });
    bodies.push(await response.text());
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) {
      return { status: response.status, location: null, body: bodies.join("\n") };
    }
    // Sent to sign in: that is the answer. Any other redirect (a trailing slash, say) is followed.
    if (new URL(location, url).pathname === "/login")
      return { status: response.status, location, body: bodies.join("\n") };
    url = new URL(location, url).toString();
  }
  throw new Error(`too many redirects for ${path}`);
}

describe("bypass attempts", () => {
  const browser = browserForFile();

  it("protected pages stay protected with subrequest headers, RSC and prefetch variants and odd encodings", async () => {
    const attempts: [string, Record<string, string>][] = [
      ["/redes", {}],
      ["/redes", { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }],
      ["/redes", { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" }],
      ["/redes", { RSC: "1" }],
      ["/redes?_rsc=x1y2z", { RSC: "1", "Next-Router-Prefetch": "1" }],
      ["/redes.rsc", {}],
      ["/%72edes", {}],
      ["/redes/", {}],
      ["//redes", {}],
      ["/redes?q=UCCI", { "x-forwarded-host": "evil.example", "x-middleware-subrequest": "proxy" }],
      ["/api/calendar/not-a-token.ics", {}],
    ];
    for (const [path, headers] of attempts) {
      const { status, location, body } = await anonymous(path, headers);
      const label = `${path} ${JSON.stringify(headers)}`;
      expect(body, label).not.toContain(SECRET);
      // Either sent to sign in, or simply not found — never a page with data.
      if (status >= 300 && status < 400) expect(location ?? "", label).toMatch(/\/login/);
      else expect([401, 403, 404], label).toContain(status);
    }
  });

  it("a captured action is refused cross-origin, without a session and when oversized; replayed properly it works", async () => {
    // Capture a real edit request (action id + body) from a coordinator's browser.
    const { context: coordinator, page } = await browser.signedInPage("coordinator");
    await page.goto("/redes?q=ICLEI");
    await page.getByRole("link", { name: /ICLEI/ }).click();
    await page.waitForURL(/\/redes\/[0-9a-f-]{36}$/);
    const networkPath = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Editar red" }).click();
    await page.getByLabel("Sede").fill("Bonn (intento)");
    const request = await captureAction(page, () =>
      page.getByRole("button", { name: "Guardar", exact: true }).click(),
    );
    const headers = request.headers();
    const cookie = (await coordinator.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const post = (extra: Record<string, string>, body: string) =>
      fetch(request.url(), {
        method: "POST",
        headers: { ...headers, ...extra },
        body: Buffer.from(body, "latin1"),
        redirect: "manual",
      });
    const capturedBody = request.postDataBuffer()!.toString("latin1");
    const headquarters = async () => {
      await gotoSettled(page, networkPath);
      await page.getByRole("heading", { level: 1, name: /ICLEI/ }).waitFor();
      return (await page.getByRole("main").textContent()) ?? "";
    };

    // From another origin, with the coordinator's own cookie: refused.
    const crossOrigin = await post({ cookie, origin: "https://evil.example" }, capturedBody);
    expect(crossOrigin.status).toBeGreaterThanOrEqual(400);
    // Without a session: refused.
    const noSession = await post({ cookie: "" }, capturedBody);
    if (noSession.status >= 300 && noSession.status < 400) {
      expect(noSession.headers.get("location") ?? "").toMatch(/\/login/);
    } else {
      expect(await noSession.text()).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
    // Over the body limit: refused before the action runs.
    const boundary = headers["content-type"]?.match(/boundary=(.+)$/)?.[1] ?? "x";
    const padding = `--${boundary}\r\nContent-Disposition: form-data; name="padding"\r\n\r\n${"x".repeat(3 * 1024 * 1024)}\r\n`;
    const huge = padding + capturedBody;
    const oversized = await post({ cookie }, huge);
    expect(oversized.status).toBeGreaterThanOrEqual(400);
    expect(await headquarters()).not.toContain("Bonn (intento)");

    // The same request, same-origin with the session, goes through: the refusals above were the protections.
    const proper = await post({ cookie, origin: new URL(baseURL()).origin }, capturedBody);
    expect(proper.status).toBeLessThan(400);
    expect(await headquarters()).toContain("Bonn (intento)");
    await coordinator.close();
  });
});
