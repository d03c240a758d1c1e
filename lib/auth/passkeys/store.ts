import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userPasskeys, userTotp } from "@/db/schema";

/** What a user sees of one of their passkeys (never the key itself). */
export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** Synced between devices by its provider (a password manager, the phone's account). */
  backedUp: boolean;
}

export async function passkeysOf(db: Db, userId: string): Promise<PasskeySummary[]> {
  return db
    .select({
      id: userPasskeys.id,
      name: userPasskeys.name,
      createdAt: userPasskeys.createdAt,
      lastUsedAt: userPasskeys.lastUsedAt,
      backedUp: userPasskeys.backedUp,
    })
    .from(userPasskeys)
    .where(eq(userPasskeys.userId, userId))
    .orderBy(asc(userPasskeys.createdAt), asc(userPasskeys.id))
    .limit(50);
}

/** The credential ids (and transports) of a user's passkeys, for allow/exclude lists. */
export async function credentialDescriptors(db: Db, userId: string) {
  const rows = await db
    .select({ id: userPasskeys.credentialId, transports: userPasskeys.transports })
    .from(userPasskeys)
    .where(eq(userPasskeys.userId, userId))
    .limit(50);
  return rows.map((row) => ({ id: row.id, transports: row.transports ?? undefined }));
}

/** The second factors a user has besides the given passkey: confirmed TOTP, other passkeys. */
export async function otherFactors(db: Db, userId: string, exceptPasskeyId: string): Promise<number> {
  const [row] = await db
    .select({
      n: sql<number>`(select count(*)::int from ${userPasskeys} where ${userPasskeys.userId} = ${userId} and ${userPasskeys.id} <> ${exceptPasskeyId})
        + (select count(*)::int from ${userTotp} where ${userTotp.userId} = ${userId} and ${userTotp.confirmedAt} is not null)`,
    })
    .from(sql`(select 1) as one`);
  return Number(row?.n ?? 0);
}

/** A passkey row by its credential id, with its owner. */
export async function passkeyByCredential(db: Db, credentialId: string) {
  const [row] = await db
    .select()
    .from(userPasskeys)
    .where(eq(userPasskeys.credentialId, credentialId))
    .limit(1);
  return row ?? null;
}
