import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginThrottles } from "@/db/schema";

/**
 * Sign-in throttling, stored in the database so every app instance sees the same counts.
 *
 * Two keys per attempt: the account (the e-mail typed, whether or not it exists — so the
 * throttle says nothing about which accounts exist) and the client address. Within a one-hour
 * window the first failures are free; each further failure blocks the key for an exponentially
 * growing delay (1 s, 2 s, 4 s, …), capped so nobody can lock a user out for long: when the
 * block ends, the right password works again. With these numbers an attacker gets at most
 * about 20 evaluated guesses per account per hour (the requirement is no more than 100).
 *
 * The address gets more free failures than an account: a whole office signs in from one
 * address behind the city's network gateway.
 */
export const THROTTLE = {
  windowMs: 60 * 60 * 1000,
  baseDelayMs: 1000,
  account: { freeFailures: 5, maxDelayMs: 15 * 60 * 1000 },
  ip: { freeFailures: 50, maxDelayMs: 15 * 60 * 1000 },
} as const;

type KeyKind = "account" | "ip";
export interface ThrottleKey {
  kind: KeyKind;
  key: string;
}

export function throttleKeys(email: string, ip: string | null | undefined): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ kind: "account", key: `account:${email.trim().toLowerCase()}` }];
  if (ip) keys.push({ kind: "ip", key: `ip:${ip}` });
  return keys;
}

/** The delay after the n-th failure of a window (0 while failures are still free). */
export function backoffMs(kind: KeyKind, failures: number): number {
  const { freeFailures, maxDelayMs } = THROTTLE[kind];
  if (failures <= freeFailures) return 0;
  const exponent = Math.min(failures - freeFailures - 1, 30);
  return Math.min(THROTTLE.baseDelayMs * 2 ** exponent, maxDelayMs);
}

/** When the attempt may be evaluated again, if any key is blocked now; otherwise null. */
export async function blockedUntil(db: Db, keys: ThrottleKey[], now: Date): Promise<Date | null> {
  const rows = await db
    .select({ blockedUntil: loginThrottles.blockedUntil })
    .from(loginThrottles)
    .where(
      inArray(
        loginThrottles.key,
        keys.map((k) => k.key),
      ),
    );
  const latest = rows
    .map((r) => r.blockedUntil)
    .filter((d): d is Date => d !== null && d > now)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return latest ?? null;
}

/**
 * Counts a failed attempt on each key in one statement per key (an upsert, so concurrent
 * attempts on several instances never lose a count) and sets the key's block.
 */
export async function recordFailure(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  // Instants inside sql`` go as ISO text with a cast: postgres.js does not serialise a raw Date there.
  const windowStart = sql`${new Date(now.getTime() - THROTTLE.windowMs).toISOString()}::timestamptz`;
  const nowParam = sql`${now.toISOString()}::timestamptz`;
  for (const { kind, key } of keys) {
    const [row] = await db
      .insert(loginThrottles)
      .values({ key, failures: 1, windowStartedAt: now, blockedUntil: null })
      .onConflictDoUpdate({
        target: loginThrottles.key,
        set: {
          // A window older than an hour starts again from this failure.
          failures: sql`case when ${loginThrottles.windowStartedAt} < ${windowStart} then 1 else ${loginThrottles.failures} + 1 end`,
          windowStartedAt: sql`case when ${loginThrottles.windowStartedAt} < ${windowStart} then ${nowParam} else ${loginThrottles.windowStartedAt} end`,
        },
      })
      .returning({ failures: loginThrottles.failures });
    const delay = backoffMs(kind, row?.failures ?? 1);
    await db
      .update(loginThrottles)
      .set({ blockedUntil: delay ? new Date(now.getTime() + delay) : null })
      .where(inArray(loginThrottles.key, [key]));
  }
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function recordSuccess(db: Db, keys: ThrottleKey[]): Promise<void> {
  const account = keys.filter((k) => k.kind === "account").map((k) => k.key);
  if (account.length) await db.delete(loginThrottles).where(inArray(loginThrottles.key, account));
}
