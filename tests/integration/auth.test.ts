import * as argon2 from "@node-rs/argon2";
import { and, count, desc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, departments, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { describeDatabases } from "../support/databases";

// Count argon2 verifications (the real function still runs): an unknown e-mail must cost one too.
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...actual, verify: vi.fn(actual.verify) };
});
const verifySpy = vi.mocked(argon2.verify);

const PASSWORD = "Contraseña-Correcta-2025!";
const WRONG_PASSWORD = "intento-equivocado-93817";
const DUMMY_PASSWORD = "redes-dummy-password-for-timing"; // the one lib/auth/password.ts hashes for unknown e-mails

async function latestEvent(db: Db, action: string) {
  const [event] = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return event;
}

async function auditCount(db: Db) {
  const [row] = await db.select({ n: count() }).from(auditEvents);
  return Number(row!.n);
}

async function userRow(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

describeDatabases("sign-in with e-mail and password", (getDb) => {
  let passwordHash: string;
  let departmentId: string;

  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD); // once: argon2 is slow on purpose
    const [dept] = await getDb()
      .insert(departments)
      .values({ name: "Dirección de Relaciones Multilaterales" })
      .returning();
    departmentId = dept!.id;
  });

  beforeEach(() => {
    verifySpy.mockClear();
  });

  let n = 0;
  async function createUser(overrides: Partial<typeof users.$inferInsert> = {}) {
    n++;
    const [user] = await getDb()
      .insert(users)
      .values({
        email: `Usuaria.${n}@BuenosAires.gob.ar`,
        name: `Usuaria ${n}`,
        role: "technical",
        departmentId,
        passwordHash,
        ...overrides,
      })
      .returning();
    return user!;
  }

  it("the right password returns the session DTO (no hash), stamps last_login_at, resets failures and is audited", async () => {
    const db = getDb();
    const user = await createUser({ role: "coordinator" });
    await db.update(users).set({ failedLoginCount: 4 }).where(eq(users.id, user.id));
    const startedAt = Date.now();

    const result = await verifyCredentials(
      db,
      { email: user.email, password: PASSWORD },
      { ip: "203.0.113.7" },
    );

    expect(result).toStrictEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "coordinator",
      departmentId,
    });
    expect(JSON.stringify(result)).not.toContain(passwordHash);
    expect(JSON.stringify(result)).not.toContain("$argon2");

    const after = await userRow(db, user.id);
    expect(after.failedLoginCount).toBe(0);
    expect(after.lastLoginAt).toBeInstanceOf(Date);
    expect(after.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(after.lastLoginAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);

    const event = await latestEvent(db, "auth.sign_in");
    expect(event).toMatchObject({
      actorUserId: user.id,
      actorEmail: user.email,
      entityType: "user",
      entityId: user.id,
      metadata: { ip: "203.0.113.7" },
    });
    expect(JSON.stringify(event)).not.toContain(PASSWORD);
  });

  it("the e-mail is matched case-insensitively and trimmed", async () => {
    const db = getDb();
    const user = await createUser(); // stored with capitals
    for (const typed of [
      user.email.toLowerCase(),
      user.email.toUpperCase(),
      `  ${user.email.toLowerCase()}\t`,
    ]) {
      const result = await verifyCredentials(db, { email: typed, password: PASSWORD });
      expect(result?.id, typed).toBe(user.id);
    }
  });

  it("a wrong password returns null, counts the failure and is audited without the password", async () => {
    const db = getDb();
    const user = await createUser();
    const before = await userRow(db, user.id);

    const result = await verifyCredentials(db, {
      email: ` ${user.email.toUpperCase()} `,
      password: WRONG_PASSWORD,
    });

    expect(result).toBeNull();
    const after = await userRow(db, user.id);
    expect(after.failedLoginCount).toBe(before.failedLoginCount + 1);
    expect(after.lastFailedLoginAt).toBeInstanceOf(Date);
    expect(after.lastLoginAt).toBeNull();

    await verifyCredentials(db, { email: user.email, password: WRONG_PASSWORD });
    expect((await userRow(db, user.id)).failedLoginCount).toBe(before.failedLoginCount + 2);

    const event = await latestEvent(db, "auth.sign_in_failed");
    expect(event).toMatchObject({
      actorUserId: null,
      entityType: "user",
      entityId: user.id,
      metadata: { email: user.email.toLowerCase(), reason: "wrong_password" },
    });
    // No password, right or wrong, ever reaches the audit log.
    const everything = JSON.stringify(await db.select().from(auditEvents));
    expect(everything).not.toContain(WRONG_PASSWORD);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(passwordHash);
  });

  it("an unknown e-mail returns null and is audited as such", async () => {
    const db = getDb();
    const [usersBefore] = await db.select({ n: count() }).from(users);

    const result = await verifyCredentials(db, { email: "  Nadie@Ejemplo.org ", password: WRONG_PASSWORD });

    expect(result).toBeNull();
    const event = await latestEvent(db, "auth.sign_in_failed");
    expect(event).toMatchObject({
      actorUserId: null,
      entityType: null,
      entityId: null,
      metadata: { email: "nadie@ejemplo.org", reason: "unknown_email" },
    });
    expect(JSON.stringify(event)).not.toContain(WRONG_PASSWORD);
    const [usersAfter] = await db.select({ n: count() }).from(users);
    expect(usersAfter).toEqual(usersBefore);
  });

  it("an inactive account is refused even with the right password", async () => {
    const db = getDb();
    const user = await createUser({ active: false });

    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD })).toBeNull();

    expect((await userRow(db, user.id)).lastLoginAt).toBeNull();
    const event = await latestEvent(db, "auth.sign_in_failed");
    expect(event).toMatchObject({
      entityId: user.id,
      metadata: { email: user.email.toLowerCase(), reason: "inactive" },
    });
    const [signIns] = await db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.sign_in"), eq(auditEvents.entityId, user.id)));
    expect(Number(signIns!.n)).toBe(0);
  });

  it("an account without a password (single sign-on only) cannot sign in, not even with the dummy password", async () => {
    const db = getDb();
    const user = await createUser({ passwordHash: null });

    expect(await verifyCredentials(db, { email: user.email, password: DUMMY_PASSWORD })).toBeNull();
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD })).toBeNull();
    expect(
      await verifyCredentials(db, { email: "nadie.mas@ejemplo.org", password: DUMMY_PASSWORD }),
    ).toBeNull();
    expect((await userRow(db, user.id)).lastLoginAt).toBeNull();
  });

  it("malformed input returns null without throwing and touches no account", async () => {
    const db = getDb();
    const user = await createUser();
    const inputs: unknown[] = [
      undefined,
      null,
      "ana@ejemplo.org",
      {},
      { email: user.email },
      { email: user.email, password: "" },
      { email: user.email, password: 12345678 },
      { email: user.email, password: [PASSWORD] },
      { email: 42, password: PASSWORD },
      { email: "no-es-un-correo", password: PASSWORD },
      { email: user.email, password: "x".repeat(5000) },
    ];
    for (const input of inputs) {
      await expect(verifyCredentials(db, input), JSON.stringify(input)).resolves.toBeNull();
    }
    const after = await userRow(db, user.id);
    expect(after.failedLoginCount).toBe(0);
    expect(after.lastLoginAt).toBeNull();
  });

  it("an unknown e-mail does the same argon2 work as a wrong password", async () => {
    const db = getDb();
    const user = await createUser();
    const unknown = { email: "desconocida@ejemplo.org", password: WRONG_PASSWORD };
    const wrong = { email: user.email, password: WRONG_PASSWORD };

    // Exactly one verification on each path (and on success).
    for (const input of [unknown, wrong, { email: user.email, password: PASSWORD }]) {
      verifySpy.mockClear();
      await verifyCredentials(db, input);
      expect(verifySpy, JSON.stringify(input)).toHaveBeenCalledTimes(1);
    }
    const auditBefore = await auditCount(db);

    // Roughly the same time, dominated by the hash (medians of a few runs, loose bounds). The
    // three are timed in turns, round after round, so that whatever else the machine is doing
    // (the other test worker, the database) weighs on each of them alike.
    const elapsed = async (fn: () => Promise<unknown>) => {
      const start = performance.now();
      await fn();
      return performance.now() - start;
    };
    const rounds: [number, number, number][] = [];
    for (let i = 0; i < 7; i++) {
      rounds.push([
        await elapsed(() => verifyPassword(passwordHash, WRONG_PASSWORD)),
        await elapsed(() => verifyCredentials(db, unknown)),
        await elapsed(() => verifyCredentials(db, wrong)),
      ]);
    }
    const median = (column: 0 | 1 | 2) => rounds.map((r) => r[column]).sort((a, b) => a - b)[3]!;
    const [hashCost, unknownCost, wrongCost] = [median(0), median(1), median(2)];

    expect(hashCost).toBeGreaterThan(2);
    expect(unknownCost).toBeGreaterThan(hashCost * 0.5);
    expect(wrongCost).toBeGreaterThan(hashCost * 0.5);
    expect(Math.max(unknownCost, wrongCost) / Math.min(unknownCost, wrongCost)).toBeLessThan(3);
    expect(await auditCount(db)).toBe(auditBefore + 14);
  });
});
