import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { actorForSession } from "@/lib/auth/session-check";
import { describeDatabases } from "../support/databases";
import { createActors } from "../support/fixtures";

describeDatabases("session check on every request", (getDb) => {
  let actors: Record<AppRole, Actor>;
  beforeAll(async () => {
    actors = await createActors(getDb());
  });

  it("a current token gives the user as stored now, never the token's own claims", async () => {
    const db = getDb();
    const actor = await actorForSession(db, { id: actors.coordinator.userId, sessionVersion: 1 });
    expect(actor).toEqual(actors.coordinator);
    expect(Object.keys(actor ?? {})).not.toContain("passwordHash");
  });

  it("refuses a token whose session version is older than the user's (role changed)", async () => {
    const db = getDb();
    const claims = { id: actors.head.userId, sessionVersion: 1 };
    expect(await actorForSession(db, claims)).not.toBeNull();
    await db
      .update(users)
      .set({ role: "viewer", sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actors.head.userId));
    expect(await actorForSession(db, claims)).toBeNull();
    expect(await actorForSession(db, { ...claims, sessionVersion: 2 })).toMatchObject({ role: "viewer" });
  });

  it("refuses a deactivated account at once", async () => {
    const db = getDb();
    const claims = { id: actors.technical.userId, sessionVersion: 1 };
    await db.update(users).set({ active: false }).where(eq(users.id, actors.technical.userId));
    expect(await actorForSession(db, claims)).toBeNull();
  });

  it("refuses missing, unknown or malformed claims", async () => {
    const db = getDb();
    expect(await actorForSession(db, null)).toBeNull();
    expect(await actorForSession(db, { id: null })).toBeNull();
    expect(
      await actorForSession(db, { id: "00000000-0000-4000-8000-000000000000", sessionVersion: 1 }),
    ).toBeNull();
    expect(await actorForSession(db, { id: actors.viewer.userId })).toBeNull();
  });
});
