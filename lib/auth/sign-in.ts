import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { users, type AppRole } from "@/db/schema";
import { recordAudit } from "../audit";
import { dummyPasswordHash, verifyPassword } from "./password";
import { recordFailedSignIn, recordSignIn, sessionUser } from "./sign-in-record";
import { admitAttempt, settleSuccess, throttleKeys } from "./throttle";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: AppRole;
  departmentId: string | null;
}

/**
 * Checks e-mail and password. Unknown e-mail, wrong password and inactive account all
 * return null after the same amount of hashing work, so callers cannot tell them apart.
 * Every attempt leaves an audit event (the attempted e-mail, never the password).
 */
export async function verifyCredentials(
  db: Db,
  raw: unknown,
  meta: { ip?: string | null } = {},
): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  // A temporary password stops working when it expires (the administrator resets it again).
  const expired = !!user?.passwordExpiresAt && user.passwordExpiresAt.getTime() <= Date.now();
  const allowed = !!user && !!user.passwordHash && passwordOk && user.active && !expired;

  await db.transaction(async (tx) => {
    if (user && allowed) {
      await recordSignIn(tx, user, { ip: meta.ip ?? null });
    } else {
      if (user) await recordFailedSignIn(tx, user.id);
      await recordAudit(tx, null, {
        action: "auth.sign_in_failed",
        entityType: user ? "user" : undefined,
        entityId: user?.id,
        metadata: {
          email,
          ip: meta.ip ?? null,
          reason: !user
            ? "unknown_email"
            : !user.active
              ? "inactive"
              : passwordOk && expired
                ? "expired_password"
                : "wrong_password",
        },
      });
    }
  });

  if (!user || !allowed) return null;
  return sessionUser(user);
}

export type SignInOutcome =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

/**
 * A sign-in attempt behind the throttle (lib/auth/throttle.ts): the attempt is counted and
 * admitted in one step per key, so a blocked account, device or address is refused before any
 * password is checked — refusals are counted there, not each audited — and parallel attempts
 * cannot slip past the count. An admitted attempt is verified (and audited); a success gives
 * back its count. Unknown and known e-mails are throttled alike, so the throttle reveals nothing
 * about which accounts exist. `deviceNonce` is the nonce of a valid device cookie of this
 * e-mail's account (lib/auth/device-cookie.ts): such an attempt is throttled by its device,
 * not by the account's lockout.
 */
export async function attemptSignIn(
  db: Db,
  raw: unknown,
  {
    ip = null,
    now = new Date(),
    deviceNonce = null,
  }: { ip?: string | null; now?: Date; deviceNonce?: string | null } = {},
): Promise<SignInOutcome> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const keys = throttleKeys(parsed.data.email, ip, deviceNonce);
  const admission = await admitAttempt(db, keys, now);
  if (!admission.ok) return { ok: false, reason: "throttled", retryAt: admission.retryAt };
  const user = await verifyCredentials(db, parsed.data, { ip });
  if (!user) return { ok: false, reason: "invalid" };
  await settleSuccess(db, keys);
  return { ok: true, user };
}
