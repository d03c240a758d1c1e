import "server-only";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webauthnChallenges } from "@/db/schema";
import { ok, type Result } from "../../result";

/**
 * WebAuthn challenges, kept in the database so that any app process can check the browser's
 * answer. Each is taken once (DELETE … RETURNING: a replayed answer finds nothing) and only
 * before it expires.
 */

export type ChallengePurpose = "register" | "authenticate";

/** How long the browser has to answer (the ceremonies themselves time out after 60 s). */
export const CHALLENGE_TTL_MS = 5 * 60_000;

/**
 * At most this many sign-in challenges (those without a user) may be waiting at once: the
 * sign-in options are public, so this bounds what anybody can make the app store.
 */
export const MAX_OPEN_SIGN_IN_CHALLENGES = 500;

/**
 * Keeps the challenge of the options just generated for a ceremony (and the user it is issued
 * to, null for a sign-in) and answers with the options, for the browser.
 */
export async function offerChallenge<Options extends { challenge: string }>(
  db: Db,
  options: Options,
  input: { purpose: ChallengePurpose; userId: string | null; now?: Date },
): Promise<Result<Options>> {
  const now = input.now ?? new Date();
  // Expired challenges are cleared as new ones arrive (indexed by expiry).
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now));
  await db.insert(webauthnChallenges).values({
    challenge: options.challenge,
    purpose: input.purpose,
    userId: input.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
  });
  return ok(options);
}

/** How many sign-in challenges are waiting (unexpired, without a user). */
export async function openSignInChallenges(db: Db, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(webauthnChallenges)
    .where(
      and(
        isNull(webauthnChallenges.userId),
        eq(webauthnChallenges.purpose, "authenticate"),
        sql`${webauthnChallenges.expiresAt} > ${now.toISOString()}::timestamptz`,
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * Takes (deletes) the challenge the browser answered, if it was issued for this purpose and
 * user (null: a sign-in, issued to nobody) and has not expired. Returns it, or null.
 */
export async function takeChallenge(
  db: Db,
  input: { challenge: string; purpose: ChallengePurpose; userId: string | null; now?: Date },
): Promise<string | null> {
  const now = input.now ?? new Date();
  const [row] = await db
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challenge, input.challenge),
        eq(webauthnChallenges.purpose, input.purpose),
        input.userId ? eq(webauthnChallenges.userId, input.userId) : isNull(webauthnChallenges.userId),
      ),
    )
    .returning({ challenge: webauthnChallenges.challenge, expiresAt: webauthnChallenges.expiresAt });
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return row.challenge;
}

/** The challenge a browser's answer claims to answer (from its clientDataJSON), or null. */
export function answeredChallenge(clientDataJSON: string): string | null {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as {
      challenge?: unknown;
    };
    return typeof data.challenge === "string" && data.challenge.length > 0 && data.challenge.length <= 200
      ? data.challenge
      : null;
  } catch {
    return null;
  }
}
