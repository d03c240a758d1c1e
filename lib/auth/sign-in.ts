import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { users, type AppRole } from "@/db/schema";
import { recordAudit } from "../audit";
import { dummyPasswordHash, verifyPassword } from "./password";

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
  sessionVersion: number;
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
  const allowed = !!user && !!user.passwordHash && passwordOk && user.active;

  await db.transaction(async (tx) => {
    if (user && allowed) {
      await tx
        .update(users)
        .set({ lastLoginAt: new Date(), failedLoginCount: 0 })
        .where(eq(users.id, user.id));
      await recordAudit(
        tx,
        { userId: user.id, email: user.email },
        {
          action: "auth.sign_in",
          entityType: "user",
          entityId: user.id,
          metadata: { ip: meta.ip ?? null },
        },
      );
    } else {
      if (user) {
        await tx
          .update(users)
          .set({ failedLoginCount: sql`${users.failedLoginCount} + 1`, lastFailedLoginAt: new Date() })
          .where(eq(users.id, user.id));
      }
      await recordAudit(tx, null, {
        action: "auth.sign_in_failed",
        entityType: user ? "user" : undefined,
        entityId: user?.id,
        metadata: {
          email,
          ip: meta.ip ?? null,
          reason: !user ? "unknown_email" : !user.active ? "inactive" : "wrong_password",
        },
      });
    }
  });

  if (!user || !allowed) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    sessionVersion: user.sessionVersion,
  };
}
