import { eq, lte, sql } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import { networks, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { MAX_AGE_MS, MAX_ENTRIES_PER_KIND, readDataVersion, whileUnchanged } from "@/lib/data-version";
import { queryRows } from "@/db/client";
import { describeDatabases } from "../support/databases";

// The tables whose changes do not move the data's version (migration 0013): no kept figure
// reads them, and sign-ins, sessions and feed reads touch them all day (and a user's choice of
// columns in a list changes no figure; an import job is bookkeeping of an upload — the records
// an import writes move the version through their own tables).
const UNTRACKED = [
  "audit_events",
  "calendar_feed_tokens",
  "import_jobs",
  "import_rows",
  "list_preferences",
  "login_throttles",
  "user_passkeys",
  "user_recovery_codes",
  "user_sessions",
  "user_totp",
  "users",
  "webauthn_challenges",
];

describeDatabases("data version", (getDb, driver) => {
  afterEach(() => vi.restoreAllMocks());

  /** A read that counts its calls and returns the count. */
  function counter() {
    let calls = 0;
    return { read: async () => ++calls, calls: () => calls };
  }

  it("every table of the area's data moves the version when it changes; the untracked ones are exactly the known", async () => {
    const tables = await queryRows<{ table: string; tracked: boolean }>(
      getDb(),
      sql`
      select c.relname as table,
             exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = c.relname || '_data_changed') as tracked
      from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
      where ns.nspname = 'public' and c.relkind = 'r'
      order by 1`,
    );
    expect(tables.length).toBeGreaterThan(UNTRACKED.length + 10);
    expect(tables.filter((t) => !t.tracked).map((t) => t.table)).toEqual(UNTRACKED);
  });

  it("an insert, an update and a delete each move it; an audit event or a sign-in stamp does not", async () => {
    const db = getDb();
    const start = await readDataVersion(db);
    const [network] = await db
      .insert(networks)
      .values({ name: "Red de prueba", kind: "thematic" })
      .returning();
    const inserted = await readDataVersion(db);
    expect(BigInt(inserted.id)).toBeGreaterThan(BigInt(start.id));
    await db.update(networks).set({ name: "Red de prueba (editada)" }).where(eq(networks.id, network!.id));
    const updated = await readDataVersion(db);
    expect(BigInt(updated.id)).toBeGreaterThan(BigInt(inserted.id));
    await db.delete(networks).where(eq(networks.id, network!.id));
    const deleted = await readDataVersion(db);
    expect(BigInt(deleted.id)).toBeGreaterThan(BigInt(updated.id));

    await recordAudit(db, null, { action: "auth.sign_in" });
    await db.update(users).set({ lastLoginAt: new Date() }).where(lte(users.createdAt, new Date()));
    expect((await readDataVersion(db)).id).toBe(deleted.id);
    expect(deleted.settled).toBe(true);
  });

  it("reads once while nothing changes, again after a change", async () => {
    const db = getDb();
    const figures = counter();
    expect(await whileUnchanged(db, "test:once", figures.read)).toBe(1);
    expect(await whileUnchanged(db, "test:once", figures.read)).toBe(1);
    expect(await whileUnchanged(db, "test:other", figures.read)).toBe(2);
    await db.insert(networks).values({ name: "Otra red", kind: "regional" });
    expect(await whileUnchanged(db, "test:once", figures.read)).toBe(3);
    expect(await whileUnchanged(db, "test:once", figures.read)).toBe(3);
  });

  it("concurrent requests share one read; a failed read is not kept", async () => {
    const db = getDb();
    const figures = counter();
    const both = await Promise.all([
      whileUnchanged(db, "test:shared", figures.read),
      whileUnchanged(db, "test:shared", figures.read),
    ]);
    expect(both).toEqual([1, 1]);
    expect(figures.calls()).toBe(1);

    await expect(
      whileUnchanged(db, "test:failing", () => Promise.reject(new Error("no se pudo leer"))),
    ).rejects.toThrow("no se pudo leer");
    expect(await whileUnchanged(db, "test:failing", async () => "leído")).toBe("leído");
  });

  it(`a kept value expires after ${MAX_AGE_MS / 60_000} minutes even when nothing changed`, async () => {
    const db = getDb();
    const figures = counter();
    const now = Date.now();
    const clock = vi.spyOn(Date, "now").mockReturnValue(now);
    expect(await whileUnchanged(db, "test:aging", figures.read)).toBe(1);
    clock.mockReturnValue(now + MAX_AGE_MS - 1);
    expect(await whileUnchanged(db, "test:aging", figures.read)).toBe(1);
    clock.mockReturnValue(now + MAX_AGE_MS);
    expect(await whileUnchanged(db, "test:aging", figures.read)).toBe(2);
  });

  it("keeps at most MAX_ENTRIES_PER_KIND values of a kind, dropping the least used; other kinds stay", async () => {
    const db = getDb();
    const figures = counter();
    const other = counter();
    await whileUnchanged(db, "test.other:1", other.read);
    for (let i = 0; i <= MAX_ENTRIES_PER_KIND; i++) await whileUnchanged(db, `test.many:${i}`, figures.read);
    expect(figures.calls()).toBe(MAX_ENTRIES_PER_KIND + 1);
    // The newest is kept, the first one was dropped, the other kind's value is still kept.
    await whileUnchanged(db, `test.many:${MAX_ENTRIES_PER_KIND}`, figures.read);
    expect(figures.calls()).toBe(MAX_ENTRIES_PER_KIND + 1);
    await whileUnchanged(db, "test.many:0", figures.read);
    expect(figures.calls()).toBe(MAX_ENTRIES_PER_KIND + 2);
    expect(await whileUnchanged(db, "test.other:1", other.read)).toBe(1);
  });

  // One connection on PGlite: no other transaction can be in progress there.
  if (driver === "postgres") {
    it("an application role granted only its tables (docs/operations.md) writes and reads the version", async () => {
      const db = getDb();
      const role = `redes_app_${Math.random().toString(36).slice(2, 10)}`;
      await db.execute(sql.raw(`CREATE ROLE ${role} NOLOGIN`));
      try {
        await db.execute(sql.raw(`GRANT USAGE ON SCHEMA public TO ${role}`));
        await db.execute(
          sql.raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`),
        );
        const before = await readDataVersion(db);
        const after = await db.transaction(async (tx) => {
          await tx.execute(sql.raw(`SET LOCAL ROLE ${role}`));
          await tx.insert(networks).values({ name: "Red del rol de la aplicación", kind: "thematic" });
          return readDataVersion(tx);
        });
        expect(BigInt(after.id)).toBeGreaterThan(BigInt(before.id));
      } finally {
        await db.execute(sql.raw(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`));
        await db.execute(sql.raw(`REVOKE ALL ON SCHEMA public FROM ${role}`));
        await db.execute(sql.raw(`DROP ROLE ${role}`));
      }
    });

    it("nothing is kept while another transaction that writes is in progress (its change may not be visible yet)", async () => {
      const db = getDb();
      const figures = counter();
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      let started!: () => void;
      const writing = new Promise<void>((resolve) => (started = resolve));
      const writer = db.transaction(async (tx) => {
        await tx.insert(networks).values({ name: "Red en curso", kind: "global" });
        started();
        await finished;
      });
      await writing;
      expect((await readDataVersion(db)).settled).toBe(false);
      expect(await whileUnchanged(db, "test:busy", figures.read)).toBe(1);
      expect(await whileUnchanged(db, "test:busy", figures.read)).toBe(2);
      finish();
      await writer;
      expect(await whileUnchanged(db, "test:busy", figures.read)).toBe(3);
      expect(await whileUnchanged(db, "test:busy", figures.read)).toBe(3);
    });
  }
});
