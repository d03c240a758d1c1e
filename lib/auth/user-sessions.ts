import "server-only";
import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { calendarFeedTokens, userSessions } from "@/db/schema";

/**
 * Sessions as rows (db/schema/sessions.ts): started at sign-in, read on every request
 * (lib/auth/session-check.ts), ended here. Ending is the one mechanism behind every way a
 * session stops: signing out, the idle timeout, "cerrar" on another device, an administrator,
 * a password change or reset, deactivation, a change of role.
 */

export type AuthMethod = "password" | "sso" | "passkey";

export const SESSION_END_REASONS = [
  "sign_out",
  "idle",
  "expired",
  "closed_by_user",
  "closed_by_admin",
  "password_changed",
  "password_reset",
  "deactivated",
  "role_changed",
  "second_factor_reset",
  "second_factor_failed",
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * Reasons that end a user's sessions because the account itself changed hands or rights: the
 * private calendar links are credentials too, so they stop working with the sessions.
 */
const CUTS_CALENDAR_FEEDS: ReadonlySet<SessionEndReason> = new Set([
  "password_changed",
  "password_reset",
  "deactivated",
  "role_changed",
  "closed_by_admin",
  "second_factor_reset",
]);

/** last_seen_at moves at most this often: a write per page view would cost every request. */
export const LAST_SEEN_GRANULARITY_MS = 60_000;

const USER_AGENT_MAX = 400;

export interface StartSession {
  userId: string;
  authMethod: AuthMethod;
  ip?: string | null;
  userAgent?: string | null;
  /** Set when the sign-in itself proved a second factor (a passkey, or a provider's MFA). */
  secondFactorAt?: Date | null;
  now?: Date;
}

export async function startSession(db: Db, input: StartSession): Promise<string> {
  const now = input.now ?? new Date();
  const [row] = await db
    .insert(userSessions)
    .values({
      userId: input.userId,
      authMethod: input.authMethod,
      createdAt: now,
      lastSeenAt: now,
      secondFactorAt: input.secondFactorAt ?? null,
      ip: input.ip ?? null,
      userAgent: input.userAgent ? input.userAgent.slice(0, USER_AGENT_MAX) : null,
    })
    .returning({ id: userSessions.id });
  if (!row) throw new Error("the session row was not written");
  return row.id;
}

/** Ends one session (a no-op when it has ended already: the first reason stays). */
export async function endSession(db: Db, sessionId: string, reason: SessionEndReason, now = new Date()) {
  const ended = await db
    .update(userSessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)))
    .returning({ id: userSessions.id, userId: userSessions.userId });
  return ended[0] ?? null;
}

/**
 * Ends every open session of a user, except `keep` (the caller's own, for "cerrar las demás").
 * Call it inside the write's transaction. Returns how many ended.
 */
export async function endUserSessions(
  tx: Db,
  userId: string,
  reason: SessionEndReason,
  { keep, now = new Date() }: { keep?: string; now?: Date } = {},
): Promise<number> {
  const ended = await tx
    .update(userSessions)
    .set({ endedAt: now, endReason: reason })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.endedAt),
        keep ? ne(userSessions.id, keep) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  if (CUTS_CALENDAR_FEEDS.has(reason)) {
    await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)));
  }
  return ended.length;
}

/** Records that a second factor was verified in this session now (sign-in step or step-up). */
export async function markSecondFactor(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ secondFactorAt: now })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}

/** Moves last_seen_at forward, at most once per LAST_SEEN_GRANULARITY_MS (the condition is in SQL). */
export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  const before = new Date(now.getTime() - LAST_SEEN_GRANULARITY_MS).toISOString();
  await db
    .update(userSessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(userSessions.id, sessionId),
        isNull(userSessions.endedAt),
        sql`${userSessions.lastSeenAt} < ${before}::timestamptz`,
      ),
    );
}

/** What a user sees of one of their sessions (no token, nothing else). */
export interface SessionSummary {
  id: string;
  authMethod: AuthMethod;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

/** A user's open sessions, most recently used first (the partial index on open sessions). */
export async function openSessions(
  db: Db,
  userId: string,
  { currentId, idleSeconds, now = new Date() }: { currentId?: string; idleSeconds: number; now?: Date },
): Promise<SessionSummary[]> {
  const idleSince = new Date(now.getTime() - idleSeconds * 1000).toISOString();
  const rows = await db
    .select({
      id: userSessions.id,
      authMethod: userSessions.authMethod,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      ip: userSessions.ip,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.endedAt),
        // A session idle for longer than the timeout is over even if nobody has said so yet.
        sql`${userSessions.lastSeenAt} >= ${idleSince}::timestamptz`,
      ),
    )
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(50);
  return rows.map((row) => ({
    ...row,
    authMethod: row.authMethod as AuthMethod,
    current: row.id === currentId,
  }));
}
