import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "../audit";
import type { SignedInUser } from "./sign-in";

// What every way of signing in (password, single sign-on, passkey) records the same way: the
// account's sign-in times and failure count, the "auth.sign_in" event, and the user the
// session is opened for.

/** The user a session is opened for, from an account row. */
export function sessionUser(row: SignedInUser): SignedInUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, departmentId: row.departmentId };
}

/**
 * A successful sign-in, in the caller's transaction: the account's last sign-in time (and,
 * unless `resetFailures` is false, its failure count back to zero) and the audit event with
 * the method's details.
 */
export async function recordSignIn(
  tx: Db,
  user: { id: string; email: string },
  metadata: Record<string, unknown>,
  { resetFailures = true }: { resetFailures?: boolean } = {},
): Promise<void> {
  await tx
    .update(users)
    .set(resetFailures ? { lastLoginAt: new Date(), failedLoginCount: 0 } : { lastLoginAt: new Date() })
    .where(eq(users.id, user.id));
  await recordAudit(
    tx,
    { userId: user.id, email: user.email },
    { action: "auth.sign_in", entityType: "user", entityId: user.id, metadata },
  );
}

/** A refused sign-in on a known account: one more failure, and when it happened. */
export async function recordFailedSignIn(tx: Db, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ failedLoginCount: sql`${users.failedLoginCount} + 1`, lastFailedLoginAt: new Date() })
    .where(eq(users.id, userId));
}
