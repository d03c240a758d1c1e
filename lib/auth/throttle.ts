import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { recordAudit } from "../audit";

/**
 * Sign-in throttling, stored in the database so every app instance sees the same counts.
 *
 * Keys of an attempt: the account (the e-mail typed, whether or not it exists — so the
 * throttle says nothing about which accounts exist) and the client address (when known, see
 * lib/auth/client-ip.ts). An attempt that carries a valid device cookie of that account
 * (lib/auth/device-cookie.ts) is keyed by its device instead of the account: an attacker's
 * failures lock the account for untrusted browsers only, never for the owner's own browsers.
 *
 * Within a one-hour window (from the key's first counted attempt) the first attempts are free;
 * each further one blocks the key for an exponentially growing delay (1 s, 2 s, 4 s, …, capped
 * at 15 minutes so nobody is locked out for long: when the block ends, the right password works
 * again). An attempt that finds its key blocked is refused without its password being checked.
 *
 * Budgets (failures that are evaluated, i.e. whose password is actually checked):
 * - account: 5 free, then back-offs of 1 s, 2 s, 4 s, … 512 s, then 900 s each: at most
 *   18 evaluated guesses in a one-hour window (the requirement is no more than 100), i.e. about
 *   20 an hour whichever way the attempts are timed;
 * - device: 20 free, same back-off: at most 33 in a window, for the owner's own typos;
 * - address: 50 free (a whole office signs in from one address behind the city's gateway),
 *   same back-off: at most 63 in a window.
 *
 * Race-free by construction: counting an attempt and deciding whether it may be evaluated is
 * one statement per key (`admitAttempt`: an upsert that, under the key's row lock, either counts
 * the attempt as a failure in advance — it is refunded if it succeeds — or, while the key is
 * blocked, counts it as refused). So N parallel attempts evaluate no more passwords than N
 * sequential ones at the same instant would.
 *
 * Refused attempts are counted, not each audited (they cost an attacker nothing, so one audit
 * row each would let anyone grow the log without bound): a key's block leaves one event when it
 * begins (`auth.throttle_blocked`) and one summary with the number of attempts it refused when
 * it is found ended, at that key's next attempt or success (`auth.throttle_block_ended`).
 */
export const THROTTLE = {
  windowMs: 60 * 60 * 1000,
  baseDelayMs: 1000,
  account: { freeFailures: 5, maxDelayMs: 15 * 60 * 1000 },
  device: { freeFailures: 20, maxDelayMs: 15 * 60 * 1000 },
  ip: { freeFailures: 50, maxDelayMs: 15 * 60 * 1000 },
} as const;

export type KeyKind = "account" | "device" | "ip";
export interface ThrottleKey {
  kind: KeyKind;
  key: string;
  /** Shown in the audit log beside the key's events: the account's e-mail, the address. */
  label: { email?: string; ip?: string };
}

/**
 * The keys of an attempt. With `deviceNonce` (a valid device cookie of this e-mail's account)
 * the device takes the account's place.
 */
export function throttleKeys(
  email: string,
  ip: string | null | undefined,
  deviceNonce?: string | null,
): ThrottleKey[] {
  const normalized = email.trim().toLowerCase();
  const keys: ThrottleKey[] = [
    deviceNonce
      ? { kind: "device", key: `device:${deviceNonce}`, label: { email: normalized } }
      : { kind: "account", key: `account:${normalized}`, label: { email: normalized } },
  ];
  if (ip) keys.push({ kind: "ip", key: `ip:${ip}`, label: { ip } });
  return keys;
}

/** The delay after the n-th counted failure of a window (0 while failures are still free). */
export function backoffMs(kind: KeyKind, failures: number): number {
  const { freeFailures, maxDelayMs } = THROTTLE[kind];
  if (failures <= freeFailures) return 0;
  const exponent = Math.min(failures - freeFailures - 1, 30);
  return Math.min(THROTTLE.baseDelayMs * 2 ** exponent, maxDelayMs);
}

/**
 * The most failures of one key that can be evaluated within one window, attempting at each
 * block's end: the numbers documented above (and checked by the tests).
 */
export function evaluatedPerWindow(kind: KeyKind): number {
  let t = 0;
  let failures = 0;
  while (t < THROTTLE.windowMs) {
    failures++;
    t += backoffMs(kind, failures);
  }
  return failures;
}

export type Admission = { ok: true } | { ok: false; retryAt: Date };

interface AdmitRow {
  refused: number;
  blocked_until: string | Date | null;
  blocked_at: string | Date | null;
  failures: number;
  prev_blocked_at: string | Date | null;
  prev_blocked_until: string | Date | null;
  prev_refused: number | null;
}

const asDate = (v: string | Date | null): Date | null => (v === null ? null : new Date(v));
// Instants inside sql`` go as ISO text with a cast: postgres.js does not serialise a raw Date there.
const instant = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Counts an attempt on each key and says whether its password may be checked. Each key is one
 * statement, under that key's row lock: while the key is blocked the attempt is counted as
 * refused; otherwise it is counted as a failure before the password is checked (settleSuccess
 * gives it back) and the failure's block, if any, is set at once. The keys are taken in order;
 * a refusal by a later key gives the earlier keys their count back.
 */
export async function admitAttempt(db: Db, keys: ThrottleKey[], now: Date): Promise<Admission> {
  const admitted: ThrottleKey[] = [];
  for (const key of keys) {
    const retryAt = await admitOne(db, key, now);
    if (retryAt) {
      for (const earlier of admitted) await refund(db, earlier);
      return { ok: false, retryAt };
    }
    admitted.push(key);
  }
  return { ok: true };
}

async function admitOne(db: Db, { kind, key, label }: ThrottleKey, now: Date): Promise<Date | null> {
  const { freeFailures, maxDelayMs } = THROTTLE[kind];
  const nowParam = instant(now);
  const windowStart = instant(new Date(now.getTime() - THROTTLE.windowMs));
  const blocked = sql`t.blocked_until > ${nowParam}`;
  // The failure count this attempt makes if it is evaluated: a window older than an hour starts again.
  const failures = sql`(case when t.window_started_at < ${windowStart} then 1 else t.failures + 1 end)`;
  const blockFor = (n: SQL) =>
    sql`(case when ${n} > ${freeFailures} then ${nowParam} + least(${THROTTLE.baseDelayMs}::float8 * power(2, least(${n} - ${freeFailures} - 1, 30)), ${maxDelayMs}) * interval '1 millisecond' end)`;
  const first = sql`1`;
  return db.transaction(async (tx) => {
    // `prev` locks the key's row and keeps its values from before this attempt (PostgreSQL 15
    // cannot return old values from an upsert), for the summary of a block found ended. The
    // insert reads `prev`, so the lock is taken before the upsert runs.
    const [row] = await queryRows<AdmitRow>(
      tx,
      sql`
        with prev as (
          select blocked_at, blocked_until, refused from login_throttles where key = ${key} for update
        ), next as (
          insert into login_throttles as t (key, failures, window_started_at, blocked_until, blocked_at, refused)
          select ${key}, 1, ${nowParam}, ${blockFor(first)},
                 case when 1 > ${freeFailures} then ${nowParam} end, 0
          from (select 1) as one left join prev on true
          on conflict (key) do update set
            failures = case when ${blocked} then t.failures else ${failures} end,
            window_started_at = case
              when ${blocked} then t.window_started_at
              when t.window_started_at < ${windowStart} then ${nowParam}
              else t.window_started_at end,
            blocked_until = case when ${blocked} then t.blocked_until else ${blockFor(failures)} end,
            blocked_at = case
              when ${blocked} then t.blocked_at
              when ${failures} > ${freeFailures} then ${nowParam} end,
            refused = case when ${blocked} then t.refused + 1 else 0 end
          returning t.failures, t.blocked_until, t.blocked_at, t.refused
        )
        select next.failures, next.blocked_until, next.blocked_at, next.refused,
               prev.blocked_at as prev_blocked_at, prev.blocked_until as prev_blocked_until,
               prev.refused as prev_refused
        from next left join prev on true`,
    );
    if (!row) throw new Error(`throttle upsert returned nothing for ${kind}`);
    // Refused ⇔ counted as refused: an evaluated attempt always resets the count to 0.
    if (row.refused > 0) return asDate(row.blocked_until) ?? now;
    const prevBlockedAt = asDate(row.prev_blocked_at);
    if (prevBlockedAt) {
      await recordAudit(tx, null, {
        action: "auth.throttle_block_ended",
        metadata: {
          ...label,
          kind,
          key,
          refused: row.prev_refused ?? 0,
          blockedAt: prevBlockedAt.toISOString(),
          blockedUntil: asDate(row.prev_blocked_until)?.toISOString() ?? null,
        },
      });
    }
    const blockedUntil = asDate(row.blocked_until);
    if (blockedUntil && row.blocked_at !== null) {
      await recordAudit(tx, null, {
        action: "auth.throttle_blocked",
        metadata: { ...label, kind, key, failures: row.failures, blockedUntil: blockedUntil.toISOString() },
      });
    }
    return null;
  });
}

/** Gives back an attempt counted in advance (it was refused by another key, or it succeeded). */
async function refund(db: Db, { key }: ThrottleKey): Promise<void> {
  await db.execute(sql`update login_throttles set failures = greatest(failures - 1, 0) where key = ${key}`);
}

/**
 * A successful sign-in clears the count of its account (or device) — the block its own
 * attempt may have set included, summarised like any other — and gives the address back the
 * attempt counted in advance (the address keeps the rest of its count).
 */
export async function settleSuccess(db: Db, keys: ThrottleKey[]): Promise<void> {
  for (const key of keys) {
    if (key.kind === "ip") {
      await refund(db, key);
      continue;
    }
    await db.transaction(async (tx) => {
      const rows = await queryRows<Pick<AdmitRow, "blocked_at" | "blocked_until" | "refused">>(
        tx,
        sql`delete from login_throttles where key = ${key.key} returning blocked_at, blocked_until, refused`,
      );
      const blockedAt = asDate(rows[0]?.blocked_at ?? null);
      if (!rows[0] || !blockedAt) return;
      await recordAudit(tx, null, {
        action: "auth.throttle_block_ended",
        metadata: {
          ...key.label,
          kind: key.kind,
          key: key.key,
          refused: rows[0].refused,
          blockedAt: blockedAt.toISOString(),
          blockedUntil: asDate(rows[0].blocked_until)?.toISOString() ?? null,
          endedBy: "sign_in",
        },
      });
    });
  }
}
