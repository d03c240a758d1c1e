import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserForFile, DEMO, signInAs, type DemoRole } from "./support";

// On a phone no page may scroll sideways: every page of the app, for every role, at the two
// common phone widths. The routes are the app's own (every page.tsx under app/), not a list kept
// here, so a new page is checked the day it is added. A route with ids is opened at a real record
// of the demo data, found by following the links of the pages already opened (a network's page
// links its bodies, a body its meetings, a meeting its agenda items…); each role follows its own
// links, so its personal pages (its assignments) are its own, and opens the administrator's
// record where it has no link to one: whatever the page shows that role (the record, a refusal),
// it must fit the screen. The administrator opens every page; the other roles open the pages that
// read (lists, records, their own account and participation), where what they see differs: a form
// they may not use shows them the same refusal page.

const WIDTHS = [360, 390] as const;
const ROLES = Object.keys(DEMO) as DemoRole[];
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** Every page route of the app ("/redes/[id]/editar"), from the page files under app/. */
function appRoutes(): string[] {
  const root = join(process.cwd(), "app");
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "page.tsx") {
        const segments = relative(root, dir)
          .split(sep)
          .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("_"));
        routes.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(root);
  return routes.sort();
}

const ROUTES = appRoutes();
const isStatic = (route: string) => !route.includes("[");
const patternOf = (route: string) =>
  new RegExp(
    `^${route
      .replace(/\[\w+\]/g, "\u0000")
      .replace(/[.*+?^${}()|\\]/g, "\\$&")
      .replaceAll("\u0000", UUID)}$`,
  );
const PATTERNS = new Map(ROUTES.map((route) => [route, patternOf(route)]));

/** The route a path is an instance of ("/redes/1b…" → "/redes/[id]"), if any. */
function routeOf(path: string): string | undefined {
  for (const [route, pattern] of PATTERNS) if (!isStatic(route) && pattern.test(path)) return route;
  return undefined;
}

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** The widest element whose right edge is past the screen, and the innermost such one. */
  widest: string;
  innermost: string;
}

/**
 * Whether the page scrolls sideways and, when it does, which elements stick out: only those the
 * page's own scrolling shows (one inside a box that scrolls or clips on its own does not count).
 */
function measure(page: Page): Promise<Overflow | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= window.innerWidth) return null;
    const viewport = window.innerWidth;
    // Inside a box that scrolls or clips, unless positioned out of it (an absolutely positioned
    // element belongs to its nearest positioned ancestor, not to the boxes in between).
    const clipped = (el: Element) => {
      let position = getComputedStyle(el).position;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (position === "fixed") return false;
        const style = getComputedStyle(a);
        const contains = style.position !== "static" || style.transform !== "none";
        if (position === "absolute" && !contains) continue;
        if (style.overflowX !== "visible") return true;
        position = style.position;
      }
      return false;
    };
    const describeEl = (el: Element) => {
      const path: string[] = [];
      for (let a: Element | null = el; a && a !== document.body && path.length < 5; a = a.parentElement) {
        const cls =
          typeof a.className === "string" ? a.className.trim().split(/\s+/).slice(0, 4).join(".") : "";
        path.unshift(`${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ""}${cls ? `.${cls}` : ""}`);
      }
      const rect = el.getBoundingClientRect();
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
      return `${path.join(" > ")} (left ${Math.round(rect.left)}, width ${Math.round(rect.width)}) "${text}"`;
    };
    const out = [...document.body.querySelectorAll("*")].filter((el) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.right > viewport + 0.5 && !clipped(el);
    });
    const width = (el: Element) => el.getBoundingClientRect().width;
    const widest = out.reduce<Element | null>((w, el) => (!w || width(el) > width(w) ? el : w), null);
    const innermost = out.find((el) => !out.some((other) => other !== el && el.contains(other))) ?? null;
    return {
      scrollWidth: root.scrollWidth,
      innerWidth: viewport,
      widest: widest ? describeEl(widest) : "(none found)",
      innermost: innermost ? describeEl(innermost) : "(none found)",
    };
  });
}

/** The app's paths a page links to (its main content and its header). */
async function linksOn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>("a[href]")]
      .map((a) => new URL(a.href, location.href))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname),
  );
}

type Role = DemoRole | "anonymous";

/** Extra records of a route opened to find a link a first one lacks (a meeting that can be closed). */
const MORE_RECORDS = 12;

/** A form's page: its last segment is what it does ("editar", "nueva", "cerrar"…). */
const isForm = (route: string) => /\/(editar|nuev[oa]|generar|cerrar|renombrar|fusionar)$/.test(route);

/**
 * Opens every route `role` can reach: the routes without ids directly, the others at the first
 * record a page opened before links to. With `lookFurther`, a route still without a record after
 * that is looked for on more records of the routes it extends (a meeting's decision is on some
 * meetings' pages only). Each page opened is checked at each phone width. Returns the path opened
 * for each route.
 */
async function checkAll(
  context: BrowserContext,
  role: Role,
  routes: string[],
  failures: string[],
  lookFurther = false,
): Promise<Map<string, string>> {
  const page = await context.newPage();
  const opened = new Map<string, string>();
  /** Every path seen in a link, by route, in the order first seen. */
  const linked = new Map<string, string[]>();
  const visited = new Set<string>();

  const check = async (route: string, path: string) => {
    visited.add(path);

    await page.setViewportSize({ width: WIDTHS[0], height: 800 });
    await page.goto(path, { waitUntil: "domcontentloaded" });
    // The layout needs the styles: wait for every stylesheet the page links (cached after the
    // first page), not for every script and image.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
    );
    if (!opened.has(route)) opened.set(route, path);
    const now = new URL(page.url()).pathname;
    if (role !== "anonymous" && now.startsWith("/login") && !path.startsWith("/login")) {
      failures.push(`${role} ${path}: sent to sign in (${now}), the session was lost`);
    }
    for (const width of WIDTHS) {
      if (width !== WIDTHS[0]) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      }
      const overflow = await measure(page);
      if (overflow) {
        failures.push(
          `${role} ${path} (${route}, shown at ${now}) at ${width} px: ` +
            `scrollWidth ${overflow.scrollWidth} > innerWidth ${overflow.innerWidth}\n` +
            `    widest: ${overflow.widest}\n    innermost: ${overflow.innermost}`,
        );
      }
    }
    for (const link of await linksOn(page)) {
      const to = routeOf(link);
      if (!to || !routes.includes(to)) continue;
      const paths = linked.get(to) ?? linked.set(to, []).get(to)!;
      if (!paths.includes(link)) paths.push(link);
    }
  };

  for (const route of routes.filter(isStatic)) await check(route, route);
  // The calendar's agenda from long ago links every meeting, held, cancelled and to come.
  if (routes.includes("/calendario")) await check("/calendario", "/calendario?view=agenda&from=2020-01-01");
  const next = () => routes.find((route) => !opened.has(route) && linked.get(route)?.length);
  for (let route = next(); route; route = next()) await check(route, linked.get(route)![0]!);

  for (const missing of lookFurther ? routes.filter((route) => !opened.has(route)) : []) {
    // The routes it extends, the nearest first ("/reuniones/[id]" for its "/cerrar").
    const parents = routes
      .filter((r) => r !== missing && !isStatic(r) && missing.startsWith(`${r}/`))
      .sort((a, b) => b.length - a.length);
    // A page of a record no page links to (a meeting's "Cerrar" is offered only for a meeting
    // that has taken place and is not closed yet): opened at the record of the route it extends,
    // when the rest of its path has no ids. Whatever it shows there must fit the screen too.
    const nearest = parents[0];
    if (nearest && opened.has(nearest) && isStatic(missing.slice(nearest.length))) {
      await check(missing, `${opened.get(nearest)!.split("?")[0]}${missing.slice(nearest.length)}`);
      continue;
    }
    for (const parent of parents) {
      const more = (linked.get(parent) ?? []).filter((path) => !visited.has(path)).slice(0, MORE_RECORDS);
      for (const path of more) {
        if (linked.get(missing)?.length) break;
        await check(parent, path);
      }
    }
    if (!linked.get(missing)?.length) {
      // Linked only from some records of another route (an assignment's log is offered on an
      // active assignment's page, and the files before this one change which are active): more
      // records of the routes named like it first, then of the others.
      const kind =
        missing
          .split("/")
          .filter((part) => part && !part.startsWith("["))
          .at(-1) ?? "";
      const others = routes
        .filter((r) => r !== missing && !isStatic(r) && !parents.includes(r))
        .sort((a, b) => Number(b.includes(`/${kind}/`)) - Number(a.includes(`/${kind}/`)));
      for (const other of others) {
        const more = (linked.get(other) ?? []).filter((path) => !visited.has(path)).slice(0, MORE_RECORDS);
        for (const path of more) {
          if (linked.get(missing)?.length) break;
          await check(other, path);
        }
        if (linked.get(missing)?.length) break;
      }
    }
    const found = linked.get(missing)?.[0];
    if (found) await check(missing, found);
  }
  await page.close();
  return opened;
}

/**
 * An import job, so that its page (/importar/[id]) is linked from the history: the demo data
 * has none. Uploaded as a user does; the job waits at its column-matching step.
 */
async function uploadImport(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto("/importar");
  await page.getByLabel(/^Archivo( \*)?$/).setInputFiles({
    name: "personas.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Nombre;Correo\r\nAna Ejemplo;\r\n"),
  });
  await page.getByRole("button", { name: "Subir y continuar" }).click();
  await page.waitForURL(/\/importar\/[0-9a-f-]{36}$/);
  await page.close();
}

describe("phone layout", () => {
  const browser = browserForFile();

  it("finds the app's routes", () => {
    expect(ROUTES).toContain("/redes/[id]");
    expect(ROUTES.filter(isForm)).toEqual(expect.arrayContaining(["/redes/nueva", "/reuniones/[id]/cerrar"]));
    expect(ROUTES).toContain("/reuniones/[id]/agenda/[itemId]/editar");
    expect(ROUTES.length).toBeGreaterThan(50);
  });

  // One role after the other, each in a context of its own (its session, its cached styles).
  describe("signed in", () => {
    for (const role of ROLES) {
      it(`no page scrolls sideways at ${WIDTHS.join(" and ")} px for the ${role}`, async () => {
        const context = await browser.newContext();
        await signInAs(await context.newPage(), role);
        const failures: string[] = [];
        const admin = role === "admin";
        const routes = admin ? ROUTES : ROUTES.filter((route) => !isForm(route));
        if (admin) await uploadImport(context);
        const opened = await checkAll(context, role, routes, failures, admin);
        if (admin) {
          // The administrator may open every page: each route was opened, none is left
          // unchecked for want of a record.
          expect(ROUTES.filter((route) => !opened.has(route))).toEqual([]);
        } else {
          // Every role reads networks and meetings: it reached records, not only the lists.
          expect([...opened.keys()]).toEqual(
            expect.arrayContaining(["/redes/[id]", "/reuniones/[id]", "/organos/[id]"]),
          );
        }
        expect(failures.join("\n")).toBe("");
        await context.close();
      }, 600_000);
    }
  });

  it("the sign-in page fits too", async () => {
    const context = await browser.newContext();
    const failures: string[] = [];
    const opened = await checkAll(context, "anonymous", ["/login"], failures);
    expect([...opened.keys()]).toEqual(["/login"]);
    expect(failures.join("\n")).toBe("");
  });
});
