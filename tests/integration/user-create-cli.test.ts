import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { sessionStateFor } from "@/lib/auth/session-check";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { openSession } from "../support/fixtures";

// `npm run user:create` against a fresh PGlite directory: the first administrator of an
// installation that has no accounts (and no demo data).
const root = process.cwd();
const script = join(root, "scripts", "user-create.ts");
const tsxCli = join(root, "node_modules", ".bin", "tsx");

let tmp: string;
let dir: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "redes-user-create-"));
  dir = join(tmp, "pglite");
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(tsxCli, ["--conditions=react-server", script, ...args], { cwd: root, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Opens the directory the script wrote (after it exited: one process at a time). */
async function withDb<T>(body: (db: Awaited<ReturnType<typeof openPglite>>["db"]) => Promise<T>): Promise<T> {
  const database = await openPglite(dir);
  try {
    return await body(database.db);
  } finally {
    await database.close();
  }
}

describe("npm run user:create", () => {
  it("migrates a fresh database and creates the first admin with the given password", async () => {
    const result = await run([
      "--email",
      "Primera.Admin@Ciudad.test",
      "--name",
      "Primera Admin",
      "--role",
      "admin",
      "--password",
      "tilo en flor de mayo",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usuario creado: primera.admin@ciudad.test (admin)");
    expect(result.stdout).not.toContain("tilo en flor");

    await withDb(async (db) => {
      const signIn = await attemptSignIn(db, {
        email: "primera.admin@ciudad.test",
        password: "tilo en flor de mayo",
      });
      expect(signIn).toMatchObject({ ok: true, user: { role: "admin" } });
      if (!signIn.ok) return;
      const claims = await openSession(db, signIn.user.id);
      // An administrator's first sign-in asks to enrol a second factor (REDES_MFA_REQUIRED_ROLES).
      expect(await sessionStateFor(db, claims, { env: {} })).toMatchObject({
        status: "second_factor_enrolment",
        actor: { role: "admin", name: "Primera Admin" },
      });
      expect(await sessionStateFor(db, claims, { env: { REDES_MFA_REQUIRED_ROLES: "none" } })).toMatchObject({
        status: "active",
        actor: { role: "admin", name: "Primera Admin" },
      });
      const [event] = await db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.entityId} = ${signIn.user.id} and ${auditEvents.action} = 'user.create'`);
      expect(event).toMatchObject({ actorUserId: null, metadata: { via: "cli" }, after: { role: "admin" } });
      expect(JSON.stringify(event)).not.toMatch(/argon2|tilo en flor/);
    });
  }, 90_000);

  it("without --password, generates a strong one, prints it once, and asks for a new one at first sign-in", async () => {
    const result = await run([
      "--email",
      "segunda@ciudad.test",
      "--name",
      "Segunda",
      "--role",
      "coordinator",
    ]);
    expect(result.code).toBe(0);
    const printed = /Contraseña generada[^:]*: (\S+)/.exec(result.stdout)?.[1];
    expect(printed).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await withDb(async (db) => {
      const signIn = await attemptSignIn(db, { email: "segunda@ciudad.test", password: printed });
      expect(signIn.ok).toBe(true);
      if (!signIn.ok) return;
      const state = await sessionStateFor(db, await openSession(db, signIn.user.id));
      expect(state.status).toBe("must_change_password");
    });
  }, 90_000);

  it("refuses short, common or personal passwords, a taken e-mail and a bad role, creating nothing", async () => {
    const cases: [string[], RegExp][] = [
      [["--password", "corta"], /al menos 12 caracteres/],
      [["--password", "qwerty123456"], /más usadas/],
      [["--password", "tercera-persona-ok"], /tu nombre ni la parte de tu correo/],
    ];
    for (const [extra, message] of cases) {
      const result = await run([
        "--email",
        "tercera@ciudad.test",
        "--name",
        "Tercera",
        "--role",
        "viewer",
        ...extra,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    const taken = await run([
      "--email",
      "SEGUNDA@ciudad.test",
      "--name",
      "Otra",
      "--role",
      "viewer",
      "--password",
      "colectivo sesenta y cuatro",
    ]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("Ya hay una cuenta con ese correo.");
    const badRole = await run(["--email", "cuarta@ciudad.test", "--name", "Cuarta", "--role", "jefa"]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("Elegí una opción de la lista.");
    const missing = await run(["--email", "quinta@ciudad.test"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Uso: npm run user:create");

    await withDb(async (db) => {
      const rows = await db.select({ email: users.email }).from(users).orderBy(users.email);
      expect(rows.map((r) => r.email)).toEqual(["primera.admin@ciudad.test", "segunda@ciudad.test"]);
      expect(await db.select().from(users).where(eq(users.email, "tercera@ciudad.test"))).toEqual([]);
    });
  }, 120_000);
});
