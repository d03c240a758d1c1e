import { createHash } from "node:crypto";
import { and, count, eq, gt, gte, inArray, isNotNull, lte, ne, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  agendaItems,
  assignments,
  auditEvents,
  bodies,
  commitments,
  decisions,
  delegationMembers,
  departments,
  meetings,
  networks,
  networkThematicAreas,
  participationUpdates,
  people,
  seats,
  seatTerms,
  thematicAreas,
  users,
} from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/accounts";
import { buildDemoData } from "@/db/seed/build";
import type { DemoRows } from "@/db/seed/context";
import networksJson from "@/db/seed/data/networks.json";
import { addDays, addMonths, todayInBuenosAires, zonedTimeToInstant } from "@/db/seed/dates";
import { seedDemo, type SeedResult } from "@/db/seed/demo";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDatabase, describeDatabases } from "../support/databases";
import { countRows } from "../support/fixtures";

// 12:00 in Buenos Aires: the seed's "today" is this calendar day there.
const TODAY = new Date("2026-03-10T15:00:00Z");
const TODAY_DATE = "2026-03-10";
const START_OF_TODAY = zonedTimeToInstant(TODAY_DATE, "00:00", "America/Argentina/Buenos_Aires");

const TABLES = {
  thematicAreas,
  departments,
  people,
  users,
  networks,
  networkThematicAreas,
  bodies,
  seats,
  seatTerms,
  meetings,
  agendaItems,
  delegationMembers,
  decisions,
  commitments,
  assignments,
  participationUpdates,
  auditEvents,
};

const countAll = (db: Db) => countRows(db, TABLES);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Differ between two seeds of the same day by design: generated ids, insert times, salts. */
const VOLATILE = new Set(["id", "createdAt", "updatedAt", "occurredAt", "passwordHash"]);

/**
 * Every row of every table, without its volatile columns and with each reference replaced
 * by a fingerprint of the row it points to, so that two databases compare equal exactly when
 * they hold the same data with the same relationships.
 */
async function snapshot(db: Db): Promise<Record<string, string[]>> {
  const data: Record<string, Record<string, unknown>[]> = {};
  for (const [name, table] of Object.entries(TABLES)) data[name] = await db.select().from(table);
  return describeRows(data);
}

function describeRows(data: Record<string, Record<string, unknown>[]>): Record<string, string[]> {
  const byId = new Map<string, Record<string, unknown>>();
  for (const rows of Object.values(data)) {
    for (const row of rows) if (typeof row.id === "string") byId.set(row.id, row);
  }
  const memo = new Map<Record<string, unknown>, string>();
  const signature = (row: Record<string, unknown>): string => {
    const known = memo.get(row);
    if (known) return known;
    const fields = Object.keys(row)
      .filter((key) => !VOLATILE.has(key))
      .sort()
      .map((key) => {
        const value = row[key];
        if (typeof value === "string" && UUID.test(value)) {
          const target = byId.get(value);
          return [key, target ? fingerprint(signature(target)) : "dangling"];
        }
        return [key, value instanceof Date ? value.toISOString() : value];
      });
    const result = JSON.stringify(fields);
    memo.set(row, result);
    return result;
  };
  return Object.fromEntries(Object.entries(data).map(([name, rows]) => [name, rows.map(signature).sort()]));
}

function fingerprint(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

describeDatabases("demo seed", (getDb, driver) => {
  let first: SeedResult;

  beforeAll(async () => {
    first = await seedDemo(getDb(), { today: TODAY });
  }, 60_000);

  it("fills an empty database with the reference networks", async () => {
    expect(first.seeded).toBe(true);
    const db = getDb();
    const counts = await countAll(db);
    expect(counts.networks).toBe(networksJson.networks.length);
    expect(counts.bodies).toBe(networksJson.networks.reduce((sum, n) => sum + n.bodies.length, 0));
    expect(counts.thematicAreas).toBe(networksJson.thematicAreas.length);
    expect(counts.meetings).toBeGreaterThan(40);
    expect(first.counts?.meetings).toBe(counts.meetings);

    const [mercociudades] = await db.select().from(networks).where(eq(networks.acronym, "MC"));
    expect(mercociudades).toMatchObject({ kind: "regional", foundedYear: 1995, memberSince: "1995-11-01" });
    expect(mercociudades?.languages).toEqual(["es", "pt"]);
  });

  it("creates each demo account with its role and the demo password", async () => {
    const db = getDb();
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await db.select().from(users).where(eq(users.email, account.email));
      expect(user, account.email).toBeDefined();
      expect(user?.role).toBe(account.role);
      expect(user?.personId).not.toBeNull();
      expect(await verifyPassword(user?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
    }
    const [head] = await db
      .select({ department: departments.shortName })
      .from(users)
      .innerJoin(departments, eq(departments.id, users.departmentId))
      .where(eq(users.role, "head"));
    expect(head?.department).toBe("SECAMB");
  });

  it("does nothing on a second run, and says so", async () => {
    const db = getDb();
    const before = await countAll(db);
    const again = await seedDemo(db, { today: TODAY });
    expect(again.seeded).toBe(false);
    expect(again.message).toMatch(/ya tiene/);
    expect(await countAll(db)).toEqual(before);
  });

  it("gives the same data for the same day on a fresh database", async () => {
    const other = await createTestDatabase(driver);
    try {
      expect((await seedDemo(other.db, { today: TODAY })).seeded).toBe(true);
      expect(await snapshot(other.db)).toEqual(await snapshot(getDb()));
    } finally {
      await other.close();
    }
  }, 60_000);

  it("has overdue commitments, and done ones with their completion date", async () => {
    const db = getDb();
    const overdue = await db
      .select({ title: commitments.title })
      .from(commitments)
      .where(
        and(inArray(commitments.status, ["open", "in_progress"]), sql`${commitments.dueOn} < ${TODAY_DATE}`),
      );
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    const done = await db.select().from(commitments).where(eq(commitments.status, "done"));
    expect(done.length).toBeGreaterThan(0);
    for (const commitment of done) expect(commitment.completedOn! <= TODAY_DATE).toBe(true);
  });

  it("has tentative meetings from the cadence within the next 12 months, and only there", async () => {
    const tentative = await getDb()
      .select({ startsAt: meetings.startsAt, status: meetings.status })
      .from(meetings)
      .where(eq(meetings.fromCadence, true));
    expect(tentative.length).toBeGreaterThan(10);
    const horizon = zonedTimeToInstant(
      addDays(addMonths(TODAY_DATE, 12), 1),
      "00:00",
      "America/Argentina/Buenos_Aires",
    );
    for (const meeting of tentative) {
      expect(meeting.status).toBe("tentative");
      expect(meeting.startsAt > START_OF_TODAY && meeting.startsAt < horizon).toBe(true);
    }
  });

  it("has confirmed meetings in the next 60 days, some in other time zones", async () => {
    const upcoming = await getDb()
      .select({ timeZone: meetings.timeZone })
      .from(meetings)
      .where(
        and(
          eq(meetings.status, "confirmed"),
          gt(meetings.startsAt, START_OF_TODAY),
          lte(meetings.startsAt, zonedTimeToInstant(addDays(TODAY_DATE, 60), "23:59", "UTC")),
        ),
      );
    expect(upcoming.length).toBeGreaterThanOrEqual(3);
    expect(upcoming.some((m) => m.timeZone !== "America/Argentina/Buenos_Aires")).toBe(true);
  });

  it("has at least two seats whose active term ends within 90 days, one within 30", async () => {
    const ending = await getDb()
      .select({ seatId: seatTerms.seatId, endsOn: seatTerms.endsOn })
      .from(seatTerms)
      .where(
        and(
          eq(seatTerms.status, "active"),
          gte(seatTerms.endsOn, TODAY_DATE),
          lte(seatTerms.endsOn, addDays(TODAY_DATE, 90)),
        ),
      );
    expect(new Set(ending.map((t) => t.seatId)).size).toBeGreaterThanOrEqual(2);
    expect(ending.some((t) => t.endsOn! <= addDays(TODAY_DATE, 30))).toBe(true);
  });

  it("gives the technical user's person assignments, an upcoming invitation and an open commitment", async () => {
    const db = getDb();
    const [user] = await db.select().from(users).where(eq(users.email, "tecnica@redes.local"));
    const personId = user?.personId ?? "";
    const active = await db
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.personId, personId), eq(assignments.status, "active")));
    expect(active.length).toBeGreaterThan(0);

    const invitations = await db
      .select({ title: meetings.title })
      .from(delegationMembers)
      .innerJoin(meetings, eq(meetings.id, delegationMembers.meetingId))
      .where(
        and(
          eq(delegationMembers.personId, personId),
          eq(delegationMembers.attendance, "invited"),
          gt(meetings.startsAt, START_OF_TODAY),
        ),
      );
    expect(invitations.length).toBeGreaterThan(0);

    const open = await db
      .select({ id: commitments.id })
      .from(commitments)
      .where(and(eq(commitments.ownerPersonId, personId), eq(commitments.status, "open")));
    expect(open.length).toBeGreaterThan(0);
  });

  it("gives the head's department staff with active assignments", async () => {
    const db = getDb();
    const [head] = await db.select().from(users).where(eq(users.email, "direccion@redes.local"));
    const staff = await db
      .selectDistinct({ personId: assignments.personId })
      .from(assignments)
      .innerJoin(people, eq(people.id, assignments.personId))
      .where(
        and(
          eq(people.departmentId, head?.departmentId ?? ""),
          ne(people.id, head?.personId ?? ""),
          eq(assignments.status, "active"),
        ),
      );
    expect(staff.length).toBeGreaterThanOrEqual(2);
  });

  it("has no body with two active focal points, and both fresh and stale assignments", async () => {
    const db = getDb();
    const doubled = await db
      .select({ bodyId: assignments.bodyId, n: count() })
      .from(assignments)
      .where(
        and(
          eq(assignments.role, "focal_point"),
          eq(assignments.status, "active"),
          isNotNull(assignments.bodyId),
        ),
      )
      .groupBy(assignments.bodyId)
      .having(sql`count(*) > 1`);
    expect(doubled).toEqual([]);

    const active = await db.select().from(assignments).where(eq(assignments.status, "active"));
    const ageInDays = (at: Date | null) => (at ? (TODAY.getTime() - at.getTime()) / 86_400_000 : Infinity);
    expect(active.some((a) => ageInDays(a.lastUpdatedAt) > 90)).toBe(true);
    expect(active.some((a) => ageInDays(a.lastUpdatedAt) < 14)).toBe(true);
  });

  it("records the seed in the audit log", async () => {
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.action, "seed.demo"));
    expect(events).toHaveLength(1);
    expect(events[0]?.metadata).toMatchObject({ counts: { networks: networksJson.networks.length } });
  });
});

/** Facts the dashboards and the demo accounts rely on, checked on the rows alone. */
function checkInvariants(today: string, rows: DemoRows): void {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((row) => [row.id, row]));
  const where = `(today ${today})`;

  for (const meeting of rows.meetings) {
    expect(meeting.endsAt >= meeting.startsAt, `${meeting.title} ${where}`).toBe(true);
    expect(() => new Intl.DateTimeFormat("en", { timeZone: meeting.timeZone })).not.toThrow();
  }
  const seen = new Set<string>();
  for (const member of rows.delegationMembers) {
    const key = `${member.meetingId}/${member.personId}`;
    expect(seen.has(key), `duplicate delegate ${where}`).toBe(false);
    seen.add(key);
  }

  const overdue = rows.commitments.filter(
    (c) => (c.status === "open" || c.status === "in_progress") && c.dueOn! < today,
  );
  expect(overdue.length, `overdue ${where}`).toBeGreaterThanOrEqual(2);
  for (const commitment of rows.commitments) {
    if (commitment.status === "done") expect(commitment.completedOn! <= today, where).toBe(true);
  }

  const activeTerms = rows.seatTerms.filter((t) => t.status === "active");
  expect(new Set(activeTerms.map((t) => t.seatId)).size, `one active term per seat ${where}`).toBe(
    activeTerms.length,
  );
  for (const term of rows.seatTerms) expect(!term.endsOn || term.endsOn >= term.startsOn, where).toBe(true);
  const endingIn = (days: number) =>
    activeTerms.filter((t) => t.endsOn && t.endsOn >= today && t.endsOn <= addDays(today, days)).length;
  expect(endingIn(90), `terms ending in 90 days ${where}`).toBeGreaterThanOrEqual(2);
  expect(endingIn(30), `terms ending in 30 days ${where}`).toBeGreaterThanOrEqual(1);

  const focal = rows.assignments.filter((a) => a.role === "focal_point" && a.status === "active" && a.bodyId);
  expect(new Set(focal.map((a) => a.bodyId)).size, `one focal point per body ${where}`).toBe(focal.length);

  const startOfToday = zonedTimeToInstant(today, "00:00", "America/Argentina/Buenos_Aires");
  const horizon = zonedTimeToInstant(
    addDays(addMonths(today, 12), 1),
    "00:00",
    "America/Argentina/Buenos_Aires",
  );
  const tentative = rows.meetings.filter((m) => m.fromCadence);
  expect(tentative.length, `tentative ${where}`).toBeGreaterThan(10);
  for (const m of tentative)
    expect(m.startsAt > startOfToday && m.startsAt < horizon, `${m.title} ${where}`).toBe(true);

  const technical = rows.people.find((p) => p.email === "tecnica@redes.local")!;
  const meetingsById = byId(rows.meetings);
  const invited = rows.delegationMembers.filter(
    (d) =>
      d.personId === technical.id &&
      d.attendance === "invited" &&
      meetingsById.get(d.meetingId)!.startsAt > startOfToday,
  );
  expect(invited.length, `technical user invited ${where}`).toBeGreaterThan(0);
}

describe("demo data on any day", () => {
  it("holds its invariants across two years of days, month ends and leap days included", () => {
    const days = new Set(["2028-02-29", "2027-12-31", "2027-01-31", "2026-10-04", "2027-03-28"]);
    for (let day = "2026-01-01"; day < "2028-01-01"; day = addDays(day, 9)) days.add(day);
    for (const day of days) {
      const { today, rows } = buildDemoData({
        today: zonedTimeToInstant(day, "12:00", "America/Argentina/Buenos_Aires"),
        passwordHash: "x",
      });
      expect(today).toBe(day);
      checkInvariants(today, rows);
    }
  });

  it("depends on the calendar day in Buenos Aires, not on the hour", () => {
    const early = buildDemoData({ today: new Date("2026-03-10T03:30:00Z"), passwordHash: "x" }); // 00:30 in Buenos Aires
    const late = buildDemoData({ today: new Date("2026-03-11T02:30:00Z"), passwordHash: "x" }); // 23:30 in Buenos Aires
    expect(todayInBuenosAires(new Date("2026-03-10T03:30:00Z"))).toBe(TODAY_DATE);
    expect(early.today).toBe(TODAY_DATE);
    expect(late.today).toBe(TODAY_DATE);
    const described = (rows: DemoRows) =>
      describeRows(rows as unknown as Record<string, Record<string, unknown>[]>);
    expect(described(early.rows)).toEqual(described(late.rows));
  });
});
