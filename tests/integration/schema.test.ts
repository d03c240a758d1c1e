import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db, type DriverName } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import {
  assignments,
  auditEvents,
  bodies,
  commitments,
  meetings,
  networks,
  people,
  seatTerms,
  thematicAreas,
  seats,
} from "@/db/schema";
import { pgError } from "@/lib/db-errors";
import journal from "@/db/migrations/meta/_journal.json";
import { describeDatabases } from "../support/databases";

const rows = queryRows;

/** Runs a write that must be refused and returns the SQLSTATE and constraint of the refusal. */
async function refusal(write: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await write;
  } catch (error) {
    return pgError(error);
  }
  throw new Error("the database accepted a write it should have refused");
}

const CHECK_VIOLATION = "23514";
const UNIQUE_VIOLATION = "23505";
const INSUFFICIENT_PRIVILEGE = "42501";

// Records edited through forms, whose updates use optimistic concurrency.
const EDITABLE_TABLES = [
  "networks",
  "thematic_areas",
  "bodies",
  "seats",
  "seat_terms",
  "meetings",
  "agenda_items",
  "delegation_members",
  "decisions",
  "commitments",
  "departments",
  "people",
  "assignments",
  "users",
];

// Every table of the domain: the editable ones, and those the app writes on its own.
const DOMAIN_TABLES = [
  ...EDITABLE_TABLES,
  "network_thematic_areas",
  "participation_updates",
  "login_throttles",
  "calendar_feed_tokens",
  "audit_events",
];

/** Splits the column list of an index definition (`… USING btree (a, lower(b)) WHERE …`) at top-level commas. */
function indexColumns(indexdef: string): string[] {
  const start = indexdef.indexOf("(", indexdef.indexOf(" USING "));
  const columns: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = start + 1; i < indexdef.length; i++) {
    const ch = indexdef[i]!;
    if (ch === "(") depth++;
    if (ch === ")") {
      if (depth === 0) break;
      depth--;
    }
    if (ch === "," && depth === 0) {
      columns.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  columns.push(current.trim());
  return columns.map((c) => c.replace(/"/g, ""));
}

describe("indexColumns (test helper)", () => {
  it("reads plain, expression and partial index definitions", () => {
    expect(indexColumns("CREATE INDEX a ON public.t USING btree (kind, lower(name))")).toEqual([
      "kind",
      "lower(name)",
    ]);
    expect(
      indexColumns(
        "CREATE UNIQUE INDEX b ON public.t USING btree (\"seat_id\") WHERE (status = 'active'::x)",
      ),
    ).toEqual(["seat_id"]);
  });
});

describeDatabases("database schema", (getDb: () => Db, driver: DriverName) => {
  const database = () => ({ db: getDb(), driver, close: async () => {} });

  let networkId: string;
  let personId: string;
  let bodyId: string;
  let seatId: string;

  beforeAll(async () => {
    const db = getDb();
    const [network] = await db
      .insert(networks)
      .values({ name: `Red de prueba del esquema ${randomUUID()}`, kind: "global" })
      .returning();
    const [person] = await db.insert(people).values({ fullName: "Persona de prueba" }).returning();
    const [body] = await db
      .insert(bodies)
      .values({ networkId: network!.id, name: "Consejo Ejecutivo", kind: "council" })
      .returning();
    const [seat] = await db
      .insert(seats)
      .values({ networkId: network!.id, bodyId: body!.id, title: "Vicepresidencia", kind: "political" })
      .returning();
    networkId = network!.id;
    personId = person!.id;
    bodyId = body!.id;
    seatId = seat!.id;
  });

  describe("migrations", () => {
    it("are all recorded once, and running them again is a no-op", async () => {
      const db = getDb();
      const applied = () =>
        rows<{ hash: string; created_at: string | number }>(
          db,
          sql`SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id`,
        );
      const tableCount = async () =>
        Number(
          (
            await rows<{ n: string | number }>(
              db,
              sql`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'`,
            )
          )[0]!.n,
        );

      const before = await applied();
      // One record per committed migration file.
      expect(before).toHaveLength(journal.entries.length);
      const tablesBefore = await tableCount();
      const [network] = await db.select().from(networks).where(eq(networks.id, networkId));

      await runMigrations(database());
      await runMigrations(database());

      expect(await applied()).toEqual(before);
      expect(await tableCount()).toBe(tablesBefore);
      // Data survives a re-run untouched.
      const [again] = await db.select().from(networks).where(eq(networks.id, networkId));
      expect(again).toEqual(network);
    });

    it("create every table of the domain", async () => {
      const tables = await rows<{ table_name: string }>(
        getDb(),
        sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(DOMAIN_TABLES));
    });

    it("give every editable table a NOT NULL integer `version` defaulting to 1", async () => {
      const columns = await rows<{
        table_name: string;
        data_type: string;
        column_default: string | null;
        is_nullable: string;
      }>(
        getDb(),
        sql`SELECT table_name, data_type, column_default, is_nullable FROM information_schema.columns
            WHERE table_schema = 'public' AND column_name = 'version'`,
      );
      const byTable = new Map(columns.map((c) => [c.table_name, c]));
      for (const table of EDITABLE_TABLES) {
        expect(byTable.get(table), `${table}.version`).toEqual({
          table_name: table,
          data_type: "integer",
          column_default: "1",
          is_nullable: "NO",
        });
      }
      // And a row inserted without it starts at 1.
      const [seat] = await getDb().select().from(seats).where(eq(seats.id, seatId));
      expect(seat?.version).toBe(1);
    });
  });

  describe("check constraints refuse impossible rows", () => {
    it("a meeting that ends before it starts", async () => {
      const db = getDb();
      expect(
        await refusal(
          db.insert(meetings).values({
            networkId,
            title: "Cumbre al revés",
            kind: "summit",
            startsAt: new Date("2030-05-10T15:00:00Z"),
            endsAt: new Date("2030-05-10T14:59:00Z"),
          }),
        ),
      ).toEqual({ code: CHECK_VIOLATION, constraint: "meetings_end_after_start" });
      // Same instant is allowed (a reminder-like entry), so the check is exactly "ends >= starts".
      await db.insert(meetings).values({
        networkId,
        title: "Cumbre puntual",
        kind: "summit",
        startsAt: new Date("2030-05-10T15:00:00Z"),
        endsAt: new Date("2030-05-10T15:00:00Z"),
      });
    });

    it("a seat term that ends before it starts", async () => {
      expect(
        await refusal(
          getDb().insert(seatTerms).values({
            seatId,
            holderPersonId: personId,
            startsOn: "2024-01-01",
            endsOn: "2023-12-31",
            status: "ended",
          }),
        ),
      ).toEqual({ code: CHECK_VIOLATION, constraint: "seat_terms_end_after_start" });
    });

    it("a commitment marked done without a completion date, or open with one", async () => {
      const db = getDb();
      expect(
        await refusal(
          db
            .insert(commitments)
            .values({ networkId, title: "Enviar informe", ownerPersonId: personId, status: "done" }),
        ),
      ).toEqual({ code: CHECK_VIOLATION, constraint: "commitments_done_has_date" });
      // Nor may an existing one be closed without the date.
      const [open] = await db
        .insert(commitments)
        .values({ networkId, title: "Enviar informe", ownerPersonId: personId })
        .returning();
      expect(
        await refusal(db.update(commitments).set({ status: "done" }).where(eq(commitments.id, open!.id))),
      ).toEqual({ code: CHECK_VIOLATION, constraint: "commitments_done_has_date" });
      await db
        .update(commitments)
        .set({ status: "done", completedOn: "2025-03-01" })
        .where(eq(commitments.id, open!.id));
      // Reopening it must clear the completion date.
      expect(
        await refusal(db.update(commitments).set({ status: "open" }).where(eq(commitments.id, open!.id))),
      ).toEqual({ code: CHECK_VIOLATION, constraint: "commitments_done_has_date" });
    });

    it("a body that is its own parent", async () => {
      const id = randomUUID();
      expect(
        await refusal(
          getDb()
            .insert(bodies)
            .values({ id, parentId: id, networkId, name: "Comité circular", kind: "committee" }),
        ),
      ).toEqual({ code: CHECK_VIOLATION, constraint: "bodies_not_own_parent" });
      expect(
        await refusal(getDb().update(bodies).set({ parentId: bodyId }).where(eq(bodies.id, bodyId))),
      ).toEqual({
        code: CHECK_VIOLATION,
        constraint: "bodies_not_own_parent",
      });
    });

    it("a body whose usual month is 13 (or 0)", async () => {
      for (const usualMonth of [13, 0]) {
        expect(
          await refusal(
            getDb().insert(bodies).values({ networkId, name: "Asamblea", kind: "assembly", usualMonth }),
          ),
        ).toEqual({ code: CHECK_VIOLATION, constraint: "bodies_usual_month_range" });
      }
      await getDb()
        .insert(bodies)
        .values({ networkId, name: "Asamblea de diciembre", kind: "assembly", usualMonth: 12 });
    });

    it("a network fee without its currency", async () => {
      expect(
        await refusal(
          getDb()
            .insert(networks)
            .values({ name: `Red con cuota ${randomUUID()}`, kind: "regional", annualFee: "1000.00" }),
        ),
      ).toEqual({ code: CHECK_VIOLATION, constraint: "networks_fee_has_currency" });
    });

    it("an assignment with neither a body nor a thematic area", async () => {
      expect(
        await refusal(getDb().insert(assignments).values({ personId, networkId, startsOn: "2025-01-01" })),
      ).toEqual({ code: CHECK_VIOLATION, constraint: "assignments_has_target" });
    });
  });

  describe("partial unique indexes", () => {
    it("refuse a second active term on one seat, but not ended ones", async () => {
      const db = getDb();
      const [seat] = await db
        .insert(seats)
        .values({ networkId, title: "Tesorería", kind: "executive" })
        .returning();
      await db.insert(seatTerms).values({
        seatId: seat!.id,
        holderPersonId: personId,
        startsOn: "2020-01-01",
        endsOn: "2021-12-31",
        status: "ended",
      });
      await db.insert(seatTerms).values({
        seatId: seat!.id,
        holderPersonId: personId,
        startsOn: "2018-01-01",
        endsOn: "2019-12-31",
        status: "ended",
      });
      await db
        .insert(seatTerms)
        .values({ seatId: seat!.id, holderPersonId: personId, startsOn: "2022-01-01", status: "active" });
      expect(
        await refusal(
          db
            .insert(seatTerms)
            .values({ seatId: seat!.id, holderPersonId: personId, startsOn: "2024-01-01", status: "active" }),
        ),
      ).toEqual({ code: UNIQUE_VIOLATION, constraint: "seat_terms_one_active_uq" });
      // Another seat may have its own active term.
      await db
        .insert(seatTerms)
        .values({ seatId, holderPersonId: personId, startsOn: "2024-01-01", status: "active" });
    });

    it("refuse a second active focal point on one body, but not members or paused focal points", async () => {
      const db = getDb();
      const [body] = await db
        .insert(bodies)
        .values({ networkId, name: "Comité de Cultura", kind: "committee" })
        .returning();
      const [other] = await db.insert(people).values({ fullName: "Otra persona" }).returning();
      const base = { networkId, bodyId: body!.id, startsOn: "2025-01-01" };
      await db.insert(assignments).values({ ...base, personId, role: "focal_point" });
      await db.insert(assignments).values({ ...base, personId: other!.id, role: "member" });
      await db
        .insert(assignments)
        .values({ ...base, personId: other!.id, role: "focal_point", status: "paused" });
      expect(
        await refusal(db.insert(assignments).values({ ...base, personId: other!.id, role: "focal_point" })),
      ).toEqual({ code: UNIQUE_VIOLATION, constraint: "assignments_one_focal_point_uq" });
    });

    it("refuse a second active focal point for one network's thematic area (no body)", async () => {
      const db = getDb();
      const [area] = await db.insert(thematicAreas).values({ name: "Juventud (prueba)" }).returning();
      const [other] = await db.insert(people).values({ fullName: "Tercera persona" }).returning();
      const base = {
        networkId,
        thematicAreaId: area!.id,
        startsOn: "2025-01-01",
        role: "focal_point" as const,
      };
      await db.insert(assignments).values({ ...base, personId });
      expect(await refusal(db.insert(assignments).values({ ...base, personId: other!.id }))).toEqual({
        code: UNIQUE_VIOLATION,
        constraint: "assignments_one_area_focal_point_uq",
      });
      await db.insert(assignments).values({ ...base, personId: other!.id, role: "member" });
    });
  });

  describe("the audit log is append-only", () => {
    it("INSERT works; UPDATE, DELETE and TRUNCATE are refused and change nothing", async () => {
      const db = getDb();
      const countEvents = async () =>
        Number((await rows<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM audit_events`))[0]!.n);
      const before = await countEvents();
      const [event] = await db
        .insert(auditEvents)
        .values({ action: "test.append", entityType: "network", entityId: networkId, metadata: { n: 1 } })
        .returning();
      expect(event?.id).toBeGreaterThan(0);
      expect(await countEvents()).toBe(before + 1);

      const attempts = [
        db.update(auditEvents).set({ action: "test.rewritten" }).where(eq(auditEvents.id, event!.id)),
        db.delete(auditEvents).where(eq(auditEvents.id, event!.id)),
        db.execute(sql`UPDATE audit_events SET metadata = NULL`),
        db.execute(sql`DELETE FROM audit_events`),
        db.execute(sql`TRUNCATE audit_events`),
      ];
      for (const attempt of attempts) {
        expect((await refusal(attempt)).code).toBe(INSUFFICIENT_PRIVILEGE);
      }

      expect(await countEvents()).toBe(before + 1);
      const [unchanged] = await db.select().from(auditEvents).where(eq(auditEvents.id, event!.id));
      expect(unchanged).toEqual(event);
    });
  });

  describe("indexes for lists and foreign keys", () => {
    let indexes: { tablename: string; indexname: string; columns: string[] }[];

    beforeAll(async () => {
      const defs = await rows<{ tablename: string; indexname: string; indexdef: string }>(
        getDb(),
        sql`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'`,
      );
      indexes = defs.map((d) => ({
        tablename: d.tablename,
        indexname: d.indexname,
        columns: indexColumns(d.indexdef),
      }));
    });

    /** True when some index of `table` starts with exactly these columns. */
    const hasIndexLeadingWith = (table: string, leading: string[]) =>
      indexes.some((i) => i.tablename === table && leading.every((column, n) => i.columns[n] === column));

    it.each([
      ["meetings", ["starts_at"]],
      ["meetings", ["network_id", "starts_at"]],
      ["commitments", ["status", "due_on"]],
      ["commitments", ["owner_person_id"]],
      ["assignments", ["body_id"]],
      ["assignments", ["person_id"]],
      ["seat_terms", ["status", "ends_on"]],
      ["audit_events", ["entity_type", "entity_id", "id"]],
      ["networks", ["kind"]],
    ] as const)("%s has an index on (%s …)", (table, leading) => {
      expect(
        hasIndexLeadingWith(table, [...leading]),
        JSON.stringify(indexes.filter((i) => i.tablename === table)),
      ).toBe(true);
    });

    it("every foreign-key column leads some index (deletes of the parent and joins stay cheap)", async () => {
      const fkColumns = await rows<{ table_name: string; column_name: string }>(
        getDb(),
        sql`SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
      );
      expect(fkColumns.length).toBeGreaterThan(20);
      const missing = fkColumns
        .map((fk) => `${fk.table_name.replace(/^public\./, "").replace(/"/g, "")}.${fk.column_name}`)
        .filter((key) => {
          const [table, column] = key.split(".") as [string, string];
          return !hasIndexLeadingWith(table, [column]);
        });
      expect(missing).toEqual([]);
    });
  });
});
