import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "../audit";
import { pgError, UNIQUE_VIOLATION } from "../db-errors";
import type { SignedInUser } from "./sign-in";
import { recordFailedSignIn, recordSignIn, sessionUser } from "./sign-in-record";

/** What the provider vouched for, from its validated ID token and user info. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  email?: string | null;
  /** Only a verified e-mail may bind an identity to an account on its first sign-in. */
  emailVerified?: boolean | null;
}

export type SsoSignInOutcome =
  | { ok: true; user: SignedInUser; bound: boolean }
  | { ok: false; reason: "sso_unknown" | "inactive" | "sso_privileged" };

/**
 * Roles whose accounts are never bound to an identity by e-mail: an e-mail address at the
 * provider (reused, recycled or mistyped by its administrators) must not be enough to take an
 * administrator's or coordinator's account. An administrator enters their subject instead.
 */
const BOUND_BY_SUBJECT_ONLY: ReadonlySet<SignedInUser["role"]> = new Set(["admin", "coordinator"]);

const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  departmentId: users.departmentId,
  active: users.active,
  oidcSubject: users.oidcSubject,
};

/**
 * Finds the Redes account of a single sign-on identity. There is no self sign-up: the account
 * must exist (created by an administrator, who may set its SSO identity on the user form).
 *
 * 1. An account bound to (issuer, subject) is the one; it must be active.
 * 2. Otherwise, the first time: an ACTIVE account with no SSO identity yet whose e-mail equals
 *    the provider's VERIFIED e-mail gets (issuer, subject) bound to it, audited as
 *    "user.sso_link". From then on only (issuer, subject) matches — a later change of e-mail
 *    at the provider does not move the identity to another account. Administrator and
 *    coordinator accounts are never bound so: refused, audited with reason "sso_privileged".
 * 3. Anything else is refused: unknown identity, unverified e-mail, an account already bound
 *    to another subject, or an inactive account.
 *
 * The role, department and person always come from Redes, never from the provider. Success
 * and refusal are audited like a password sign-in (auth.sign_in / auth.sign_in_failed with
 * method "sso").
 */
export async function resolveSsoSignIn(
  db: Db,
  identity: SsoIdentity,
  meta: { ip?: string | null } = {},
): Promise<SsoSignInOutcome> {
  const { issuer, subject } = identity;
  const email = identity.email?.trim().toLowerCase() || null;
  const ip = meta.ip ?? null;
  const common = { method: "sso", issuer, subject, ip };

  try {
    return await db.transaction(async (tx) => {
      const [bound] = await tx
        .select(accountColumns)
        .from(users)
        .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)))
        .limit(1);

      let account = bound;
      let linked = false;
      let privileged: typeof bound = undefined;
      if (!account && email && identity.emailVerified === true) {
        const [byEmail] = await tx
          .select(accountColumns)
          .from(users)
          .where(eq(sql`lower(${users.email})`, email))
          .limit(1)
          .for("update");
        if (
          byEmail &&
          byEmail.active &&
          byEmail.oidcSubject === null &&
          BOUND_BY_SUBJECT_ONLY.has(byEmail.role)
        ) {
          privileged = byEmail;
        } else if (byEmail && byEmail.active && byEmail.oidcSubject === null) {
          // Bind only if still unbound (a concurrent first sign-in cannot bind twice). The
          // record's version moves on, so an administrator's open form cannot silently undo it.
          const [updated] = await tx
            .update(users)
            .set({
              oidcIssuer: issuer,
              oidcSubject: subject,
              version: sql`${users.version} + 1`,
              updatedAt: new Date(),
            })
            .where(and(eq(users.id, byEmail.id), isNull(users.oidcSubject)))
            .returning({ id: users.id });
          if (updated) {
            await recordAudit(
              tx,
              { userId: byEmail.id, email: byEmail.email },
              {
                action: "user.sso_link",
                entityType: "user",
                entityId: byEmail.id,
                before: { oidcIssuer: null, oidcSubject: null },
                after: { oidcIssuer: issuer, oidcSubject: subject },
                metadata: { ...common, email },
              },
            );
            account = byEmail;
            linked = true;
          }
        } else if (byEmail && !byEmail.active && byEmail.oidcSubject === null) {
          account = byEmail; // refused below as inactive, with the account named in the audit
        }
      }

      if (privileged) {
        await recordAudit(tx, null, {
          action: "auth.sign_in_failed",
          entityType: "user",
          entityId: privileged.id,
          metadata: { ...common, email, reason: "sso_privileged" },
        });
        return { ok: false as const, reason: "sso_privileged" as const };
      }

      if (!account || !account.active) {
        const reason = account ? "inactive" : "sso_unknown";
        await recordAudit(tx, null, {
          action: "auth.sign_in_failed",
          entityType: account ? "user" : undefined,
          entityId: account?.id,
          metadata: {
            ...common,
            email,
            reason,
            ...(email && !identity.emailVerified ? { emailVerified: false } : {}),
          },
        });
        if (account) await recordFailedSignIn(tx, account.id);
        return { ok: false as const, reason };
      }

      // Single sign-on leaves the password's failure count alone.
      await recordSignIn(tx, account, common, { resetFailures: false });
      return { ok: true as const, user: sessionUser(account), bound: linked };
    });
  } catch (error) {
    // Another account took this identity at the same moment: refuse rather than guess.
    if (pgError(error).code === UNIQUE_VIOLATION) {
      await recordAudit(db, null, {
        action: "auth.sign_in_failed",
        metadata: { ...common, email, reason: "sso_unknown" },
      });
      return { ok: false, reason: "sso_unknown" };
    }
    throw error;
  }
}

/**
 * The session's user right after a successful single sign-on (read again when the session
 * token is issued): the active account bound to (issuer, subject), or null.
 */
export async function ssoSessionUser(db: Db, issuer: string, subject: string): Promise<SignedInUser | null> {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject), eq(users.active, true)))
    .limit(1);
  return row ? sessionUser(row) : null;
}
