import { asc, count, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, loginThrottles, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { attemptSignIn, type SignInOutcome } from "@/lib/auth/sign-in";
import { describer } from "@/lib/history/describe";
import { backoffMs, evaluatedPerWindow, THROTTLE, type KeyKind } from "@/lib/auth/throttle";
import { describeDatabases } from "../support/databases";

const PASSWORD = "Contraseña-Correcta-2025!";
const WRONG = "intento-equivocado-93817";
const T0 = new Date("2026-11-26T12:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

// A pool of 20 connections on PostgreSQL, so that parallel attempts really race there.
describeDatabases(
  "sign-in throttling",
  (getDb) => {
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
      expect(
        await attemptSignIn(db, { email: victim.email, password: WRONG }, { ip, now: T0 }),
      ).toMatchObject({
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
      expect(
        await attemptSignIn(db, { email: user.email, password: PASSWORD }, { now: later }),
      ).toMatchObject({
        ok: true,
      });
    });

    /** The audit events of one e-mail (its sign-in failures and its account key's block events). */
    async function eventsOf(db: Db, email: string) {
      return db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.metadata}->>'email' = ${email}`)
        .orderBy(asc(auditEvents.id));
    }

    it("refused attempts are counted, not each audited: one event when the key is blocked, one summary with the refusals when it ends", async () => {
      const db = getDb();
      const email = "auditada@buenosaires.gob.ar";
      const ip = "192.0.2.99";
      for (let i = 0; i < THROTTLE.account.freeFailures + 1; i++)
        await attemptSignIn(db, { email, password: WRONG }, { ip, now: T0 });
      const [{ total: before }] = (await db.select({ total: count() }).from(auditEvents)) as [
        { total: number },
      ];
      // Ten attempts during the 1 s block: refused, and not one audit row for them.
      for (let i = 0; i < 10; i++) {
        expect(await attemptSignIn(db, { email, password: WRONG }, { ip, now: at(500) })).toMatchObject({
          reason: "throttled",
          retryAt: at(1000),
        });
      }
      const [{ total: after }] = (await db.select({ total: count() }).from(auditEvents)) as [
        { total: number },
      ];
      expect(after).toBe(before);

      let events = await eventsOf(db, email);
      // The failure that blocks the key is counted (and the block set) before it is checked.
      expect(events.map((e) => [e.action, (e.metadata as { reason?: string }).reason])).toEqual([
        ...Array(THROTTLE.account.freeFailures).fill(["auth.sign_in_failed", "unknown_email"]),
        ["auth.throttle_blocked", undefined],
        ["auth.sign_in_failed", "unknown_email"],
      ]);
      expect(events.at(-2)?.metadata).toEqual({
        email,
        kind: "account",
        key: `account:${email}`,
        failures: THROTTLE.account.freeFailures + 1,
        blockedUntil: at(1000).toISOString(),
      });
      expect(JSON.stringify(events)).not.toContain(WRONG);

      // The next attempt after the block finds it ended: one summary with the ten refusals (then
      // this failure is evaluated and starts the next, longer block).
      expect(await attemptSignIn(db, { email, password: WRONG }, { ip, now: at(1000) })).toMatchObject({
        reason: "invalid",
      });
      events = await eventsOf(db, email);
      expect(events.slice(-3).map((e) => e.action)).toEqual([
        "auth.throttle_block_ended",
        "auth.throttle_blocked",
        "auth.sign_in_failed",
      ]);
      expect(events.at(-3)?.metadata).toEqual({
        email,
        kind: "account",
        key: `account:${email}`,
        refused: 10,
        blockedAt: T0.toISOString(),
        blockedUntil: at(1000).toISOString(),
      });
      // The audit log says it in words.
      const ended = describer().describe(events.at(-3)!);
      expect(ended.actionLabel).toBe("Terminó un bloqueo temporal de inicios de sesión");
      expect(ended.notes).toEqual(
        expect.arrayContaining([
          `Correo ingresado: ${email}.`,
          "Bloqueo de la cuenta (intentos desde navegadores sin su cookie de dispositivo).",
          "Se rechazaron 10 intentos durante el bloqueo, sin revisar las contraseñas.",
        ]),
      );
      expect(events.at(-2)?.metadata).toMatchObject({
        failures: THROTTLE.account.freeFailures + 2,
        blockedUntil: at(3000).toISOString(),
      });
    });

    it("a block ended by a successful sign-in is summarised too", async () => {
      const db = getDb();
      const user = await createUser(db);
      for (let i = 0; i < THROTTLE.account.freeFailures + 1; i++)
        await attemptSignIn(db, { email: user.email, password: WRONG }, { now: T0 });
      await attemptSignIn(db, { email: user.email, password: WRONG }, { now: at(10) });
      // The right password after the block: its own attempt counts (and blocks) in advance, then the
      // success clears the account's count — each block with its begin and its summary.
      expect(
        await attemptSignIn(db, { email: user.email, password: PASSWORD }, { now: at(1000) }),
      ).toMatchObject({
        ok: true,
      });
      const events = (await eventsOf(db, user.email)).filter((e) => e.action.startsWith("auth.throttle_"));
      expect(events.map((e) => [e.action, (e.metadata as { refused?: number }).refused])).toEqual([
        ["auth.throttle_blocked", undefined],
        ["auth.throttle_block_ended", 1],
        ["auth.throttle_blocked", undefined],
        ["auth.throttle_block_ended", 0],
      ]);
      expect(events.at(-1)?.metadata).toMatchObject({ endedBy: "sign_in" });
      const rows = await db
        .select()
        .from(loginThrottles)
        .where(eq(loginThrottles.key, `account:${user.email}`));
      expect(rows).toEqual([]);
    });

    it("100 wrong passwords at once for one account: no more are checked than 100 one after the other", async () => {
      const db = getDb();
      const wrongChecked = async (email: string) =>
        (await eventsOf(db, email)).filter(
          (e) =>
            e.action === "auth.sign_in_failed" &&
            (e.metadata as { reason?: string }).reason === "wrong_password",
        ).length;

      const sequential = await createUser(db);
      for (let i = 0; i < 100; i++)
        await attemptSignIn(
          db,
          { email: sequential.email, password: WRONG },
          { ip: "198.51.100.1", now: T0 },
        );

      const parallel = await createUser(db);
      const outcomes = await Promise.all(
        Array.from({ length: 100 }, () =>
          attemptSignIn(db, { email: parallel.email, password: WRONG }, { ip: "198.51.100.2", now: T0 }),
        ),
      );
      // Every password checked leaves its own audit row: the count of passwords argon2 evaluated.
      const checked = await wrongChecked(parallel.email);
      expect(await wrongChecked(sequential.email)).toBe(THROTTLE.account.freeFailures + 1);
      expect(checked).toBe(THROTTLE.account.freeFailures + 1);
      expect(checked).toBeLessThanOrEqual(evaluatedPerWindow("account"));
      expect(outcomes.filter((o) => !o.ok && o.reason === "invalid")).toHaveLength(checked);
      expect(outcomes.filter((o) => !o.ok && o.reason === "throttled")).toHaveLength(100 - checked);
      // One block event, not a hundred rows.
      const blocked = (await eventsOf(db, parallel.email)).filter(
        (e) => e.action === "auth.throttle_blocked",
      );
      expect(blocked).toHaveLength(1);
      const [row] = await db
        .select()
        .from(loginThrottles)
        .where(eq(loginThrottles.key, `account:${parallel.email}`));
      expect(row).toMatchObject({ failures: checked, refused: 100 - checked });
    });

    it("the documented budgets: an attacker trying at every block's end gets exactly that many guesses checked in an hour", async () => {
      expect(["account", "device", "ip"].map((k) => evaluatedPerWindow(k as KeyKind))).toEqual([18, 33, 63]);
      const db = getDb();
      const user = await createUser(db);
      let t = T0;
      let checked = 0;
      while (t.getTime() < T0.getTime() + THROTTLE.windowMs) {
        const outcome = await attemptSignIn(db, { email: user.email, password: WRONG }, { now: t });
        if (!outcome.ok && outcome.reason === "throttled") t = outcome.retryAt;
        else checked++;
      }
      expect(checked).toBe(evaluatedPerWindow("account"));
    });

    it("an attempt refused by its address gives the account back the count it took in advance", async () => {
      const db = getDb();
      const ip = "192.0.2.200";
      for (let i = 0; i <= THROTTLE.ip.freeFailures; i++)
        await attemptSignIn(db, { email: `otra.${i}@buenosaires.gob.ar`, password: WRONG }, { ip, now: T0 });
      const user = await createUser(db);
      expect(
        await attemptSignIn(db, { email: user.email, password: PASSWORD }, { ip, now: at(1) }),
      ).toMatchObject({
        reason: "throttled",
      });
      const [account] = await db
        .select()
        .from(loginThrottles)
        .where(eq(loginThrottles.key, `account:${user.email}`));
      expect(account?.failures).toBe(0);
      // A success gives the address back its own attempt; the address keeps the rest of its count.
      const office = "192.0.2.201";
      for (let i = 0; i < 3; i++)
        await attemptSignIn(
          db,
          { email: `oficina.${i}@buenosaires.gob.ar`, password: WRONG },
          { ip: office, now: T0 },
        );
      expect(
        await attemptSignIn(db, { email: user.email, password: PASSWORD }, { ip: office, now: T0 }),
      ).toMatchObject({
        ok: true,
      });
      const [address] = await db
        .select()
        .from(loginThrottles)
        .where(eq(loginThrottles.key, `ip:${office}`));
      expect(address?.failures).toBe(3);
    });

    it("the owner's device gets past the lockout an attacker causes; a device that keeps failing is blocked itself", async () => {
      const db = getDb();
      const user = await createUser(db);
      const device = "dispositivo-de-la-titular-1";
      // The attacker (no device cookie) locks the account for untrusted attempts…
      for (let i = 0; i < 30; i++)
        await attemptSignIn(db, { email: user.email, password: WRONG }, { ip: `203.0.113.${i}`, now: at(i) });
      expect(
        await attemptSignIn(
          db,
          { email: user.email, password: PASSWORD },
          { ip: "203.0.113.99", now: at(100) },
        ),
      ).toMatchObject({ reason: "throttled" });
      // …but the owner, from a browser that signed in before, gets in.
      expect(
        await attemptSignIn(
          db,
          { email: user.email, password: PASSWORD },
          { ip: "198.51.100.50", now: at(100), deviceNonce: device },
        ),
      ).toMatchObject({ ok: true, user: { id: user.id } });
      // The owner's success does not lift the attacker's lockout of untrusted attempts.
      expect(
        await attemptSignIn(db, { email: user.email, password: PASSWORD }, { now: at(200) }),
      ).toMatchObject({
        reason: "throttled",
      });

      // A device has a budget of its own: its free failures, then the back-off.
      const stolen = "dispositivo-robado-000001";
      for (let i = 0; i <= THROTTLE.device.freeFailures; i++) {
        expect(
          await attemptSignIn(
            db,
            { email: user.email, password: WRONG },
            { now: at(300), deviceNonce: stolen },
          ),
        ).toMatchObject({ reason: "invalid" });
      }
      expect(
        await attemptSignIn(
          db,
          { email: user.email, password: PASSWORD },
          { now: at(300), deviceNonce: stolen },
        ),
      ).toMatchObject({ reason: "throttled", retryAt: at(1300) });
      // Its failures are its own: the owner's other device still gets in.
      expect(
        await attemptSignIn(
          db,
          { email: user.email, password: PASSWORD },
          { now: at(300), deviceNonce: device },
        ),
      ).toMatchObject({ ok: true });
      const blocked = (await eventsOf(db, user.email)).filter((e) => e.action === "auth.throttle_blocked");
      expect(blocked.map((e) => (e.metadata as { kind: string }).kind)).toEqual(["account", "device"]);
    });
  },
  { postgresPool: 20 },
);
