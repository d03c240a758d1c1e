/**
 * The authorization matrix over raw HTTP, against the production build: server actions are
 * POSTed by their action id (from the build's server-reference manifest) with React's reply
 * encoding, as the browser sends them — but with another user's cookie, or none. The
 * exhaustive role × scope × action part runs in tests/integration/authorization-matrix.test.ts;
 * here every action id of the build must be in the registry, every guarded action is refused
 * without a session and for every role the policy denies, and a representative set is allowed.
 * "Changes nothing" is read from the audit log (every write is audited in its own transaction):
 * a refused request may add an "auth.denied" event and nothing else.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRole } from "@/db/schema/values";
import { ROLES, scopeFor, type PolicyAction } from "@/lib/auth/policy";
import { todayInBuenosAires } from "@/lib/dates";
import {
  endpointSource,
  isPublic,
  ROUTE_HANDLERS,
  SERVER_ACTIONS,
  type EndpointKey,
  type GuardedEntry,
} from "../support/authorization-registry";
import { baseURL, launchBrowser, newContext, signInAs } from "./support";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

interface ManifestAction {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

function readManifest(): Record<string, ManifestAction> {
  const path = join(process.cwd(), DIST_DIR, "server", "server-reference-manifest.json");
  if (!existsSync(path)) throw new Error(`no server-reference manifest at ${path}: build first`);
  return (JSON.parse(readFileSync(path, "utf8")) as { node: Record<string, ManifestAction> }).node;
}

const manifest = readManifest();
/** Registry key → action id, from the build. */
const idOf = new Map<EndpointKey, string>();
for (const [id, entry] of Object.entries(manifest)) {
  if (entry.filename && entry.exportedName) idOf.set(`${entry.filename}#${entry.exportedName}`, id);
}

/** A page the action is part of (the build routes an action POST through a page that imports it). */
function pagePathOf(key: EndpointKey): string {
  const workers = Object.keys(manifest[idOf.get(key)!]!.workers);
  const worker = workers.find((w) => w.endsWith("/page")) ?? workers[0]!;
  const path = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith("[") ? randomUUID() : segment))
    .join("/");
  return `/${path}`;
}

// ---------------------------------------------------------------------------------------------
// React's reply encoding of an action's arguments (what the browser's fetch sends).

const PREV = { submission: 0 };
type Fields = Record<string, string | string[]>;
class Form {
  constructor(readonly fields: Fields) {}
}

function encodeReply(args: unknown[]): { body: string | FormData; contentType?: string } {
  const data = new FormData();
  let part = 0;
  const escape = (value: unknown): unknown => {
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (value instanceof Form) {
      const id = ++part;
      for (const [key, v] of Object.entries(value.fields))
        for (const one of [v].flat()) data.append(`_${id}_${key}`, one);
      return `$K${id.toString(16)}`;
    }
    if (Array.isArray(value)) return value.map(escape);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escape(v)]));
    return value;
  };
  const json = JSON.stringify(escape(args));
  if (part === 0) return { body: json, contentType: "text/plain;charset=UTF-8" };
  data.set("0", json);
  return { body: data };
}

interface Answer {
  status: number;
  /** The refusal code the action answered with (or UNAUTHENTICATED when sent to sign in). */
  code?: string;
  /** Where a successful action sent the browser. */
  redirect?: string;
  body: string;
}

async function postAction(
  key: EndpointKey,
  args: unknown[],
  cookie: string,
  path = pagePathOf(key),
): Promise<Answer> {
  const id = idOf.get(key);
  if (!id) throw new Error(`${key} is not in the build`);
  const { body, contentType } = encodeReply(args);
  const response = await fetch(`${baseURL()}${path}`, {
    method: "POST",
    headers: {
      "next-action": id,
      accept: "text/x-component",
      origin: new URL(baseURL()).origin,
      cookie,
      ...(contentType ? { "content-type": contentType } : {}),
    },
    body,
    redirect: "manual",
  });
  const text = await response.text();
  const location = response.headers.get("location");
  const actionRedirect = response.headers.get("x-action-redirect")?.split(";")[0];
  if (response.status >= 300 && response.status < 400 && location && !actionRedirect) {
    // The proxy sends a request without a (valid) session to sign in before any action runs.
    const to = new URL(location, baseURL());
    return {
      status: response.status,
      code: to.pathname === "/login" ? "UNAUTHENTICATED" : undefined,
      body: text,
    };
  }
  if (actionRedirect) {
    const to = new URL(actionRedirect, baseURL());
    const code = to.searchParams.get("codigo") ?? (to.pathname === "/login" ? "UNAUTHENTICATED" : undefined);
    return { status: response.status, code, redirect: actionRedirect, body: text };
  }
  const code = text.match(/"code":"(FORBIDDEN|UNAUTHENTICATED|NOT_FOUND|VALIDATION|CONFLICT|INTERNAL)"/)?.[1];
  return { status: response.status, code, body: text };
}

/** The action's parameters, read from its source: bound ids, the form state, the form. */
function argsFor(key: EndpointKey, ids: { id?: string } = {}, fields: Fields = {}): unknown[] {
  const [, name] = key.split("#") as [string, string];
  const source = endpointSource(key);
  const match = source.match(new RegExp(`export async function ${name}\\(([^)]*)\\)`));
  if (!match) throw new Error(`cannot read the parameters of ${key}`);
  const params = match[1]!
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split(":").map((s) => s.trim()) as [string, string]);
  let first = true;
  return params.map(([param, type]) => {
    if (type === "FormData") return new Form(fields);
    if (param === "prev" || param === "_prev") return PREV;
    if (type === "boolean") return true;
    if (param === "from") return "registro";
    const value = first && ids.id ? ids.id : randomUUID();
    first = false;
    return value;
  });
}

// ---------------------------------------------------------------------------------------------
// The audit log as an administrator exports it: what a request wrote.

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ";") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

interface AuditRow {
  id: number;
  email: string;
  action: string;
  notes: string;
}

// ---------------------------------------------------------------------------------------------

describe("authorization matrix over raw HTTP", () => {
  let browser: Browser;
  const cookies = {} as Record<AppRole, string>;
  const today = todayInBuenosAires();

  /** Audit events after `after` (newest first in the export), as the admin reads them. */
  async function auditSince(after: number): Promise<AuditRow[]> {
    const response = await fetch(`${baseURL()}/exportar/auditoria/csv?from=${today}`, {
      headers: { cookie: cookies.admin },
    });
    expect(response.status).toBe(200);
    // Columns: id, when, who, e-mail, action (in words), action code, type, record, changes, notes.
    const [, ...rows] = parseCsv(await response.text()).filter((r) => r.length > 1);
    const at = { id: 0, email: 3, action: 5, notes: 9 };
    return rows
      .map((r) => ({
        id: Number(r[at.id]),
        email: r[at.email] ?? "",
        action: r[at.action] ?? "",
        notes: r[at.notes] ?? "",
      }))
      .filter((r) => r.id > after && r.action !== "export.audit_log");
  }
  const lastAuditId = async () => Math.max(0, ...(await auditSince(0)).map((r) => r.id));

  const pageOf = async (role: AppRole, path: string) => {
    const response = await fetch(`${baseURL()}${path}`, { headers: { cookie: cookies[role] } });
    return response.text();
  };
  const firstId = async (path: string, prefix: string) => {
    const html = await pageOf("admin", path);
    const id = html.match(new RegExp(`${prefix}/([0-9a-f-]{36})`))?.[1];
    if (!id) throw new Error(`no ${prefix} link on ${path}`);
    return id;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const role of ROLES) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signInAs(page, role);
      cookies[role] = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      await context.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("every action id of the build is in the registry, and every registered action is in the build", () => {
    const built = Object.values(manifest).map((a) => `${a.filename}#${a.exportedName}`);
    expect(
      Object.values(manifest).filter((a) => !a.filename || !a.exportedName),
      "actions without a name",
    ).toEqual([]);
    expect(
      built.filter((key) => !(key in SERVER_ACTIONS)),
      "action ids the registry does not know",
    ).toEqual([]);
    expect(
      Object.keys(SERVER_ACTIONS).filter((key) => !idOf.has(key)),
      "registered actions not in the build",
    ).toEqual([]);
  });

  it("every route handler of the build is in the registry", () => {
    const path = join(process.cwd(), DIST_DIR, "server", "app-paths-manifest.json");
    const routes = Object.keys(JSON.parse(readFileSync(path, "utf8")) as Record<string, string>)
      .filter((p) => p.endsWith("/route"))
      .map((p) => `app${p}.ts`)
      // Metadata routes (icon.svg) are files, not handlers.
      .filter((file) => existsSync(join(process.cwd(), file)));
    const registered = new Set(Object.keys(ROUTE_HANDLERS).map((k) => k.split("#")[0]));
    expect(
      routes.filter((r) => !registered.has(r)),
      "route handlers the registry does not know",
    ).toEqual([]);
    expect(
      [...registered].filter((r) => !routes.includes(r!)),
      "registered route handlers not in the build",
    ).toEqual([]);
  });

  it("every guarded action refuses a request without a session and every role the policy denies, changing nothing", async () => {
    const before = await lastAuditId();
    const expectedDenials: { email: string; attempted: PolicyAction; key: string }[] = [];
    const emails: Record<AppRole, string> = {
      admin: "admin@redes.local",
      coordinator: "coordinacion@redes.local",
      head: "direccion@redes.local",
      technical: "tecnica@redes.local",
      viewer: "consulta@redes.local",
    };
    const forgedTried = new Set<PolicyAction>();
    for (const [key, entry] of Object.entries(SERVER_ACTIONS)) {
      if (isPublic(entry)) continue;
      const action = (entry as GuardedEntry).policy[0]!;
      const args = argsFor(key, {}, { name: "Intento", version: "1" });
      // No cookie; and a forged one, once per policy action (the server logs each bad token).
      const forged = !forgedTried.has(action) && forgedTried.add(action);
      for (const cookie of forged ? ["", "authjs.session-token=forged"] : [""]) {
        const answer = await postAction(key, args, cookie);
        expect(
          answer.code,
          `${key} without a session (${cookie || "no cookie"}): ${answer.status} ${answer.body.slice(0, 200)}`,
        ).toBe("UNAUTHENTICATED");
      }
      for (const role of ROLES.filter((r) => !scopeFor(r, action))) {
        const answer = await postAction(key, args, cookies[role]);
        expect(answer.code, `${key} as ${role}: ${answer.status} ${answer.body.slice(0, 300)}`).toBe(
          "FORBIDDEN",
        );
        expectedDenials.push({ email: emails[role], attempted: action, key });
      }
    }
    // The public ones end only the caller's own session: without one, nothing happens.
    for (const key of ["app/(auth)/actions.ts#signOutAction", "app/(auth)/actions.ts#endIdleSessionAction"]) {
      const answer = await postAction(key, [], "");
      expect(answer.status, key).toBeLessThan(500);
    }
    const written = await auditSince(before);
    expect(
      written.filter((r) => r.action !== "auth.denied"),
      "a refused request wrote something",
    ).toEqual([]);
    expect(written.length, "one audited refusal per signed-in refused request").toBe(expectedDenials.length);
    // Each refusal names the policy action the registry gives for that endpoint.
    const tally = (list: string[]) => list.sort().join("\n");
    expect(tally(written.map((r) => `${r.email} ${r.notes.match(/: ([a-z_.]+)\./)?.[1]}`))).toBe(
      tally(expectedDenials.map((d) => `${d.email} ${d.attempted}`)),
    );
  });

  it("records of others: a viewer's and a technical user's cookie replaying a coordinator's edit, a head's on another department's assignment, a technical user's on someone else's commitment", async () => {
    const network = await firstId("/redes?q=ICLEI", "/redes");
    const area = await firstId("/areas-tematicas", "/areas-tematicas");
    const person = async (name: string) => firstId(`/personas?q=${encodeURIComponent(name)}`, "/personas");
    const outsider = await person("Valeria Sosa"); // Relaciones Multilaterales
    const technical = await person("Julián Pereyra"); // Ambiente, the head's department; tecnica@

    // A coordinator's network edit, replayed with other cookies.
    const created = await postAction(
      "app/(app)/redes/actions.ts#createNetworkAction",
      [PREV, new Form({ name: "Red de la matriz", kind: "global", membershipStatus: "member" })],
      cookies.coordinator,
    );
    expect(created.code, created.body.slice(0, 300)).toBeUndefined();
    const networkId = created.redirect!.match(/\/redes\/([0-9a-f-]{36})/)![1]!;
    const edit = [
      networkId,
      PREV,
      new Form({ name: "Red tomada", kind: "global", membershipStatus: "member", version: "1" }),
    ];
    const before = await lastAuditId();
    for (const role of ["viewer", "technical", "head"] as const) {
      const answer = await postAction("app/(app)/redes/actions.ts#updateNetworkAction", edit, cookies[role]);
      expect(answer.code, role).toBe("FORBIDDEN");
    }
    const archive = await postAction(
      "app/(app)/redes/actions.ts#setNetworkArchivedAction",
      [networkId, true, new Form({ version: "1" })],
      cookies.viewer,
    );
    expect(archive.code).toBe("FORBIDDEN");
    expect(await pageOf("admin", `/redes/${networkId}`)).toContain("Red de la matriz");
    expect(await pageOf("admin", `/redes/${networkId}`)).not.toContain("Red tomada");

    // An assignment of another department (created by a coordinator): the head and the technical user may not touch it.
    const assignment = (personId: string, cookie: string) =>
      postAction(
        "app/(app)/asignaciones/actions.ts#createAssignmentAction",
        [
          PREV,
          new Form({
            personId,
            networkId: network,
            thematicAreaId: area,
            role: "member",
            status: "active",
            startsOn: "2026-01-01",
          }),
        ],
        cookie,
      );
    const foreign = await assignment(outsider, cookies.coordinator);
    expect(foreign.code, foreign.body.slice(0, 300)).toBeUndefined();
    const foreignId = foreign.redirect!.match(/\/asignaciones\/([0-9a-f-]{36})/)![1]!;
    expect(
      (await assignment(outsider, cookies.head)).code,
      "a head assigning another department's person",
    ).toBe("FORBIDDEN");
    const end = [foreignId, PREV, new Form({ endsOn: today, version: "1" })];
    expect(
      (await postAction("app/(app)/asignaciones/actions.ts#endAssignmentAction", end, cookies.head)).code,
    ).toBe("FORBIDDEN");
    const update = (id: string) => [
      id,
      "registro",
      PREV,
      new Form({ occurredOn: today, kind: "contribution", text: "Intento ajeno" }),
    ];
    for (const role of ["head", "technical"] as const) {
      const answer = await postAction(
        "app/(app)/mi-participacion/actions.ts#createParticipationUpdateAction",
        update(foreignId),
        cookies[role],
      );
      expect(answer.code, role).toBe("FORBIDDEN");
    }
    expect(await pageOf("admin", `/asignaciones/${foreignId}`)).not.toContain("Intento ajeno");

    // A technical user on someone else's commitment; then on their own.
    const commitment = async (owner: string) => {
      const answer = await postAction(
        "app/(app)/compromisos/actions.ts#createCommitmentAction",
        [
          PREV,
          new Form({
            networkId: network,
            title: `Compromiso de la matriz ${owner.slice(0, 8)}`,
            ownerPersonId: owner,
            status: "open",
          }),
        ],
        cookies.coordinator,
      );
      expect(answer.code, answer.body.slice(0, 300)).toBeUndefined();
      return answer.redirect!.match(/\/compromisos\/([0-9a-f-]{36})/)![1]!;
    };
    const theirs = await commitment(outsider);
    const progress = (id: string) => [
      id,
      PREV,
      new Form({ status: "in_progress", notes: "Tomado por otra persona", version: "1" }),
    ];
    for (const key of [
      "app/(app)/compromisos/actions.ts#progressCommitmentAction",
      "app/(app)/mi-participacion/actions.ts#myCommitmentProgressAction",
    ]) {
      expect((await postAction(key, progress(theirs), cookies.technical)).code, key).toBe("FORBIDDEN");
    }
    expect(await pageOf("admin", `/compromisos/${theirs}`)).not.toContain("Tomado por otra persona");

    // Everything above but the coordinator's own creations was refused: only refusals in the audit log.
    const written = (await auditSince(before)).filter((r) => r.email !== "coordinacion@redes.local");
    expect(written.filter((r) => r.action !== "auth.denied").map((r) => r.action)).toEqual([]);
    expect(written.length).toBe(10);

    // The allowed side of the same requests goes through (so the refusals were the policy's).
    const mine = await commitment(technical);
    const own = await postAction(
      "app/(app)/mi-participacion/actions.ts#myCommitmentProgressAction",
      progress(mine),
      cookies.technical,
    );
    expect(own.code, own.body.slice(0, 300)).toBeUndefined();
    expect(await pageOf("admin", `/compromisos/${mine}`)).toContain("Tomado por otra persona");
    const ours = await assignment(technical, cookies.head);
    expect(ours.code, ours.body.slice(0, 300)).toBeUndefined();
    const oursId = ours.redirect!.match(/\/asignaciones\/([0-9a-f-]{36})/)![1]!;
    for (const role of ["head", "technical"] as const) {
      const answer = await postAction(
        "app/(app)/mi-participacion/actions.ts#createParticipationUpdateAction",
        update(oursId),
        cookies[role],
      );
      expect(answer.code, role).toBeUndefined();
    }
    const updated = await postAction(
      "app/(app)/redes/actions.ts#updateNetworkAction",
      edit,
      cookies.coordinator,
    );
    expect(updated.code).toBeUndefined();
    expect(await pageOf("admin", `/redes/${networkId}`)).toContain("Red tomada");
    const link = await postAction(
      "app/(app)/calendario/suscripcion/actions.ts#createFeedTokenAction",
      [PREV, new Form({ scope: "all" })],
      cookies.viewer,
    );
    expect(link.code).toBeUndefined();
    expect(link.body).toMatch(/"token":"[^"]+"/);

    // Leave the demo people's pending lists as they were (other browser tests read them): the
    // allowed roles end the assignments and close the commitments made here.
    const ends: [string, string, AppRole][] = [
      [foreignId, "1", "coordinator"],
      [oursId, "1", "head"],
    ];
    for (const [id, version, role] of ends) {
      const answer = await postAction(
        "app/(app)/asignaciones/actions.ts#endAssignmentAction",
        [id, PREV, new Form({ endsOn: today, version })],
        cookies[role],
      );
      expect(answer.code, `ending ${id} as ${role}: ${answer.body.slice(0, 300)}`).toBeUndefined();
    }
    for (const [id, version] of [
      [theirs, "1"],
      [mine, "2"],
    ] as const) {
      const answer = await postAction(
        "app/(app)/compromisos/actions.ts#progressCommitmentAction",
        [id, PREV, new Form({ status: "done", version })],
        cookies.coordinator,
      );
      expect(answer.code, `closing ${id}: ${answer.body.slice(0, 300)}`).toBeUndefined();
    }
    // …and archive the network made here, so the networks list shows the demo's networks only.
    const archived = await postAction(
      "app/(app)/redes/actions.ts#setNetworkArchivedAction",
      [networkId, true, new Form({ version: "2" })],
      cookies.coordinator,
    );
    expect(archived.code, archived.body.slice(0, 300)).toBeUndefined();
    expect(await pageOf("admin", "/redes?q=tomada")).not.toContain(networkId);
  });

  it("route handlers: no session goes to sign in, the audit export is the admins', the calendar token is its own credential", async () => {
    const meeting = await pageOf("admin", "/calendario?view=agenda").then(
      (html) => html.match(/\/reuniones\/([0-9a-f-]{36})/)?.[1],
    );
    expect(meeting).toBeTruthy();
    const get = (path: string, cookie = "") =>
      fetch(`${baseURL()}${path}`, { headers: { cookie }, redirect: "manual" });
    for (const path of [
      "/cobertura/csv",
      "/exportar/redes/csv",
      "/exportar/auditoria/xlsx",
      `/reuniones/${meeting}/ics`,
    ]) {
      for (const cookie of ["", "authjs.session-token=forged"]) {
        const response = await get(path, cookie);
        expect(response.status, path).toBeGreaterThanOrEqual(300);
        expect(response.status, path).toBeLessThan(400);
        expect(new URL(response.headers.get("location")!, baseURL()).pathname, path).toBe("/login");
      }
    }
    for (const role of ROLES) {
      const audit = await get("/exportar/auditoria/csv", cookies[role]);
      expect(audit.status, role).toBe(role === "admin" ? 200 : 403);
      expect((await get("/exportar/redes/csv", cookies[role])).status, role).toBe(200);
      expect((await get(`/reuniones/${meeting}/ics`, cookies[role])).status, role).toBe(200);
      expect((await get("/cobertura/csv", cookies[role])).status, role).toBe(200);
    }
    expect((await get("/api/calendar/not-a-token.ics")).status).toBe(404);
    expect((await get("/api/health")).status).toBe(200);
  });
});
