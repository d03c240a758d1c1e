import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { attemptSignIn, type SignInOutcome } from "@/lib/auth/sign-in";
import { backoffMs, THROTTLE } from "@/lib/auth/throttle";
import { describeDatabases } from "../support/databases";

const PASSWORD = "Contraseña-Correcta-2025!";
const WRONG = "intento-equivocado-93817";
const T0 = new Date("2026-11-26T12:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describeDatabases("sign-in throttling", (getDb) => {
  let passwordHash: string;
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });

  let n = 0;
  async function createUser(db: Db) {
    n++;
    const [user] = await db
      .insert(users)
      .values({
        email: `throttle.${n}@buenosaires.gob.ar`,
        name: `Usuaria ${n}`,
        role: "technical",
        passwordHash,
      })
      .returning();
    return user!;
  }

  /** 101 wrong passwords on one account within one hour, one every 35 s, from varying addresses. */
  async function hammer(db: Db, email: string): Promise<SignInOutcome[]> {
    const outcomes: SignInOutcome[] = [];
    for (let i = 0; i < 101; i++) {
      outcomes.push(
        await attemptSignIn(
          db,
          { email, password: WRONG },
          { ip: `203.0.113.${i % 250}`, now: at(i * 35_000) },
        ),
      );
    }
    return outcomes;
  }

  it("101 wrong passwords in an hour: far fewer than 100 are even checked, none gets in, and the real user gets in after the back-off", async () => {
    const db = getDb();
    const user = await createUser(db);
    const outcomes = await hammer(db, user.email);
    const checked = outcomes.filter((o) => !o.ok && o.reason === "invalid").length;
    const throttled = outcomes.filter(
      (o): o is Extract<SignInOutcome, { reason: "throttled" }> => !o.ok && o.reason === "throttled",
    );
    expect(outcomes.some((o) => o.ok)).toBe(false);
    expect(checked).toBeLessThanOrEqual(100);
    expect(checked).toBeLessThan(30);
    expect(throttled.length).toBe(101 - checked);

    // While blocked even the right password is refused without being checked…
    const last = throttled.at(-1)!;
    const during = await attemptSignIn(
      db,
      { email: user.email, password: PASSWORD },
      { ip: "198.51.100.7", now: at(101 * 35_000) },
    );
    expect(during).toMatchObject({ ok: false, reason: "throttled" });
    // …never for longer than the cap, so nobody can be locked out for good…
    expect(last.retryAt.getTime() - at(100 * 35_000).getTime()).toBeLessThanOrEqual(
      THROTTLE.account.maxDelayMs,
    );
    // …and once the block ends the real user signs in, which clears the account's count.
    const after = await attemptSignIn(
      db,
      { email: user.email, password: PASSWORD },
      { ip: "198.51.100.7", now: during.ok ? T0 : (during as { retryAt: Date }).retryAt },
    );
    expect(after).toMatchObject({ ok: true, user: { id: user.id } });
    const next = await attemptSignIn(
      db,
      { email: user.email, password: WRONG },
      { ip: "198.51.100.7", now: at(2 * 3_600_000) },
    );
    expect(next).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("an unknown e-mail is throttled exactly like a real account, so the throttle reveals nothing", async () => {
    const db = getDb();
    const user = await createUser(db);
    const known = (await hammer(db, user.email)).map((o) => (o.ok ? "ok" : o.reason));
    const unknown = (await hammer(db, "nadie.existe@buenosaires.gob.ar")).map((o) =>
      o.ok ? "ok" : o.reason,
    );
    expect(unknown).toEqual(known);
  });

  it("the first failures are free, then each one doubles the wait; other accounts are not affected", async () => {
    const db = getDb();
    const victim = await createUser(db);
    const colleague = await createUser(db);
    const ip = "192.0.2.10";
    for (let i = 0; i < THROTTLE.account.freeFailures; i++) {
      expect(
        await attemptSignIn(db, { email: victim.email, password: WRONG }, { ip, now: T0 }),
      ).toMatchObject({ reason: "invalid" });
    }
    // The 6th failure blocks for 1 s, the 7th for 2 s.
    expect(await attemptSignIn(db, { email: victim.email, password: WRONG }, { ip, now: T0 })).toMatchObject({
      reason: "invalid",
    });
    expect(
      await attemptSignIn(db, { email: victim.email, password: WRONG }, { ip, now: at(500) }),
    ).toMatchObject({ reason: "throttled", retryAt: at(1000) });
    expect(
      await attemptSignIn(db, { email: victim.email, password: WRONG }, { ip, now: at(1000) }),
    ).toMatchObject({ reason: "invalid" });
    expect(
      await attemptSignIn(db, { email: victim.email, password: WRONG }, { ip, now: at(2000) }),
    ).toMatchObject({ reason: "throttled", retryAt: at(3000) });
    // A colleague behind the same office address still signs in.
    expect(
      await attemptSignIn(db, { email: colleague.email, password: PASSWORD }, { ip, now: at(2000) }),
    ).toMatchObject({ ok: true });
    expect([5, 6, 7, 8, 30].map((f) => backoffMs("account", f))).toEqual([
      0,
      1000,
      2000,
      4000,
      THROTTLE.account.maxDelayMs,
    ]);
  });

  it("a failure more than an hour after the window opened starts a new window", async () => {
    const db = getDb();
    const user = await createUser(db);
    for (let i = 0; i < 7; i++)
      await attemptSignIn(db, { email: user.email, password: WRONG }, { now: at(i * 60_000) });
    const later = at(THROTTLE.windowMs + 10 * 60_000);
    expect(await attemptSignIn(db, { email: user.email, password: WRONG }, { now: later })).toMatchObject({
      reason: "invalid",
    });
    // Counted as the first failure of the new window: no block.
    expect(await attemptSignIn(db, { email: user.email, password: PASSWORD }, { now: later })).toMatchObject({
      ok: true,
    });
  });

  it("a refused attempt is audited with the reason, never the password", async () => {
    const db = getDb();
    const email = "auditada@buenosaires.gob.ar";
    for (let i = 0; i < 7; i++)
      await attemptSignIn(db, { email, password: WRONG }, { ip: "192.0.2.99", now: T0 });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "auth.sign_in_failed"), sql`${auditEvents.metadata}->>'email' = ${email}`),
      )
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(event?.metadata).toMatchObject({ email, ip: "192.0.2.99", reason: "throttled" });
    expect(JSON.stringify(event)).not.toContain(WRONG);
  });
});
