import { createHash } from "node:crypto";
import { and, eq, gte, lte, sql } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, calendarFeedTokens, delegationMembers, meetings, networks, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import type { Actor } from "@/lib/auth/actor";
import { createFeedToken, revokeFeedToken } from "@/lib/calendar-feeds/commands";
import { FEED_FUTURE_DAYS, FEED_PAST_DAYS, feedForToken, meetingForIcs } from "@/lib/calendar-feeds/feed";
import { listMyFeedTokens } from "@/lib/calendar-feeds/queries";
import { feedLabelsFrom, renderFeed, renderMeeting } from "@/lib/calendar-feeds/render";
import { MAX_ACTIVE_FEEDS } from "@/lib/calendar-feeds/schema";
import catalog from "@/messages/es-AR/calendarFeeds.json";
import { describeDatabases } from "../support/databases";
import { ctxFor } from "../support/fixtures";
import { UNKNOWN } from "../support/rows";

const TODAY = new Date("2026-11-26T15:00:00Z");
const ORIGIN = "http://redes.test";
const labels = feedLabelsFrom((key) => catalog.ics[key]);
const DAY = 86_400_000;
const WINDOW_START = new Date(TODAY.getTime() - FEED_PAST_DAYS * DAY);
const WINDOW_END = new Date(TODAY.getTime() + FEED_FUTURE_DAYS * DAY);

interface ParsedEvent {
  uid: string;
  tzid: string | null;
  endTzid: string | null;
  local: string;
  start: string;
  sequence: number;
  status: string;
  summary: string;
}

/** The feed as an independent library (ical.js) reads it. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: ParsedEvent[] = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      tzid: (vevent.getFirstProperty("dtstart")?.getParameter("tzid") as string | undefined) ?? null,
      endTzid: (vevent.getFirstProperty("dtend")?.getParameter("tzid") as string | undefined) ?? null,
      local: event.startDate.toString(),
      start: event.startDate.toJSDate().toISOString(),
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue("status")),
      summary: event.summary,
    };
  });
  const zones = calendar
    .getAllSubcomponents("vtimezone")
    .map((zone) => String(zone.getFirstPropertyValue("tzid")));
  return { calendar, events, zones };
}

/** yyyy-mm-ddThh:mm:ss of an instant in a zone, through a formatting path of its own. */
const wallClock = (instant: Date, timeZone: string) =>
  instant.toLocaleString("sv-SE", { timeZone, hour12: false }).replace(" ", "T");

const uidOf = (id: string) => `${id}@redes.buenosaires`;

async function actorFor(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select().from(users).where(eq(users.email, email));
  return {
    userId: u!.id,
    email: u!.email,
    name: u!.name,
    role: u!.role,
    departmentId: u!.departmentId,
    personId: u!.personId,
  };
}

async function newToken(db: Db, actor: Actor, input: Record<string, unknown>) {
  const result = await createFeedToken(ctxFor(db, actor), input);
  if (!result.ok) throw new Error(`createFeedToken failed: ${JSON.stringify(result)}`);
  return result.data;
}

async function fetchFeed(db: Db, token: string) {
  const resolved = await feedForToken(db, token, { now: TODAY });
  if (!resolved) throw new Error("feed not found");
  return { resolved, text: renderFeed(resolved, { origin: ORIGIN, labels, now: TODAY }) };
}

/** Meetings in the feed's window, straight from the table. */
async function meetingsInWindow(db: Db) {
  return db
    .select()
    .from(meetings)
    .where(and(gte(meetings.startsAt, WINDOW_START), lte(meetings.startsAt, WINDOW_END)));
}

describeDatabases("calendar subscriptions (demo data)", (getDb) => {
  const actors = {} as Record<"technical" | "coordinator" | "viewer", Actor>;

  beforeAll(async () => {
    const db = getDb();
    await seedDemo(db, { today: TODAY });
    actors.technical = await actorFor(db, "tecnica@redes.local");
    actors.coordinator = await actorFor(db, "coordinacion@redes.local");
    actors.viewer = await actorFor(db, "consulta@redes.local");
  }, 120_000);

  describe("tokens", () => {
    it("returns the token once and stores only its SHA-256 hash; the list and the audit never show either", async () => {
      const db = getDb();
      const { id, token } = await newToken(db, actors.technical, { scope: "mine" });
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      const [row] = await db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.id, id));
      const hash = createHash("sha256").update(token).digest("hex");
      expect(row).toMatchObject({ userId: actors.technical.userId, scope: "mine", tokenHash: hash });
      expect(row!.revokedAt).toBeNull();

      const listed = await listMyFeedTokens(ctxFor(db, actors.technical));
      const mine = listed.find((f) => f.id === id);
      expect(mine).toEqual({ id, scope: "mine", network: null, createdAt: row!.createdAt, lastUsedAt: null });
      const listedText = JSON.stringify(listed);
      expect(listedText).not.toContain(hash);
      expect(listedText).not.toContain(token);
      expect(listedText).not.toMatch(/tokenHash|token_hash/);

      expect(await revokeFeedToken(ctxFor(db, actors.technical), id, {})).toEqual({ ok: true, data: { id } });
      const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
      expect(audit.map((a) => a.action).sort()).toEqual(["calendar_feed.create", "calendar_feed.revoke"]);
      for (const event of audit) {
        expect(event.actorUserId).toBe(actors.technical.userId);
        expect(event.entityType).toBe("calendar_feed");
        const text = JSON.stringify(event);
        expect(text).not.toContain(token);
        expect(text).not.toContain(hash);
      }
      expect(audit.find((a) => a.action === "calendar_feed.create")?.after).toMatchObject({ scope: "mine" });
      expect(audit.find((a) => a.action === "calendar_feed.revoke")?.after).toMatchObject({ revoked: true });
      // No audit row anywhere holds a token hash.
      const [leak] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditEvents)
        .where(
          sql`${auditEvents.after}::text like ${`%${hash}%`} or ${auditEvents.before}::text like ${`%${hash}%`}`,
        );
      expect(leak!.n).toBe(0);
    });

    it("a revoked token resolves to nothing, like an unknown or malformed one", async () => {
      const db = getDb();
      const { id, token } = await newToken(db, actors.technical, { scope: "all" });
      expect(await feedForToken(db, token, { now: TODAY })).not.toBeNull();
      expect((await revokeFeedToken(ctxFor(db, actors.technical), id, {})).ok).toBe(true);
      expect(await feedForToken(db, token, { now: TODAY })).toBeNull();
      expect(await feedForToken(db, "A".repeat(43), { now: TODAY })).toBeNull();
      expect(await feedForToken(db, "not a token", { now: TODAY })).toBeNull();
      expect(
        await feedForToken(db, createHash("sha256").update(token).digest("hex"), { now: TODAY }),
      ).toBeNull();
      // Revoked links leave the user's list.
      const listed = await listMyFeedTokens(ctxFor(db, actors.technical));
      expect(listed.map((f) => f.id)).not.toContain(id);
    });

    it("nobody revokes someone else's link, and a refused revoke changes nothing", async () => {
      const db = getDb();
      const { id, token } = await newToken(db, actors.technical, { scope: "all" });
      const auditBefore = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
      for (const actor of [actors.coordinator, actors.viewer]) {
        expect(await revokeFeedToken(ctxFor(db, actor), id, {})).toMatchObject({
          ok: false,
          code: "NOT_FOUND",
        });
      }
      expect(await revokeFeedToken(ctxFor(db, actors.technical), "not-a-uuid", {})).toMatchObject({
        code: "NOT_FOUND",
      });
      const [row] = await db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.id, id));
      expect(row!.revokedAt).toBeNull();
      expect(await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents)).toEqual(auditBefore);
      expect(await feedForToken(db, token, { now: TODAY })).not.toBeNull();
      expect((await listMyFeedTokens(ctxFor(db, actors.coordinator))).map((f) => f.id)).not.toContain(id);
      // Revoking twice: the second time there is nothing active to revoke.
      expect((await revokeFeedToken(ctxFor(db, actors.technical), id, {})).ok).toBe(true);
      expect(await revokeFeedToken(ctxFor(db, actors.technical), id, {})).toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("validates the scope and the network, and caps the active links per user", async () => {
      const db = getDb();
      const ctx = ctxFor(db, actors.viewer);
      expect(await createFeedToken(ctx, { scope: "everything" })).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { scope: ["invalidOption"] },
      });
      expect(await createFeedToken(ctx, {})).toMatchObject({ fieldErrors: { scope: ["required"] } });
      expect(await createFeedToken(ctx, { scope: "all", networkId: UNKNOWN })).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { networkId: ["unknownNetwork"] },
      });
      const form = new FormData();
      form.set("scope", "all");
      form.set("networkId", "");
      const created = await createFeedToken(ctx, form);
      expect(created.ok).toBe(true);
      const active = (await listMyFeedTokens(ctx)).length;
      for (let i = active; i < MAX_ACTIVE_FEEDS; i++)
        expect((await createFeedToken(ctx, { scope: "all" })).ok).toBe(true);
      const before = await db
        .select()
        .from(calendarFeedTokens)
        .where(eq(calendarFeedTokens.userId, actors.viewer.userId));
      expect(await createFeedToken(ctx, { scope: "all" })).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { _form: ["tooManyFeeds"] },
      });
      const after = await db
        .select()
        .from(calendarFeedTokens)
        .where(eq(calendarFeedTokens.userId, actors.viewer.userId));
      expect(after).toHaveLength(before.length);
    });

    it("an inactive user's links stop working", async () => {
      const db = getDb();
      const { token } = await newToken(db, actors.coordinator, { scope: "all" });
      await db.update(users).set({ active: false }).where(eq(users.id, actors.coordinator.userId));
      try {
        expect(await feedForToken(db, token, { now: TODAY })).toBeNull();
      } finally {
        await db.update(users).set({ active: true }).where(eq(users.id, actors.coordinator.userId));
      }
      expect(await feedForToken(db, token, { now: TODAY })).not.toBeNull();
    });
  });

  describe("the feed", () => {
    it("lists every meeting of the window with stable UIDs, and records when it was read", async () => {
      const db = getDb();
      const { id, token } = await newToken(db, actors.coordinator, { scope: "all" });
      const first = parseFeed((await fetchFeed(db, token)).text);
      const second = parseFeed((await fetchFeed(db, token)).text);
      const stored = await meetingsInWindow(db);
      expect(stored.length).toBeGreaterThan(20);
      expect(first.events.map((e) => e.uid).sort()).toEqual(stored.map((m) => uidOf(m.id)).sort());
      expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
      // Bounded: nothing from more than a year back, though the demo data has older meetings.
      const [older] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(meetings)
        .where(sql`${meetings.startsAt} < ${WINDOW_START.toISOString()}`);
      expect(older!.n).toBeGreaterThan(0);
      const [row] = await db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.id, id));
      expect(row!.lastUsedAt?.toISOString()).toBe(TODAY.toISOString());
      const listed = (await listMyFeedTokens(ctxFor(db, actors.coordinator))).find((f) => f.id === id);
      expect(listed?.lastUsedAt?.toISOString()).toBe(TODAY.toISOString());
    });

    it("writes each meeting in its own zone: Montevideo and Madrid local times match the stored instants", async () => {
      const db = getDb();
      const { token } = await newToken(db, actors.coordinator, { scope: "all" });
      const { events, zones } = parseFeed((await fetchFeed(db, token)).text);
      const stored = new Map((await meetingsInWindow(db)).map((m) => [uidOf(m.id), m]));
      const checked = { "America/Montevideo": 0, "Europe/Madrid": 0 } as Record<string, number>;
      const madridOffsets = new Set<string>();
      for (const event of events) {
        const meeting = stored.get(event.uid)!;
        expect(event.tzid).toBe(meeting.timeZone);
        expect(event.endTzid).toBe(meeting.timeZone);
        // Each TZID used has its VTIMEZONE.
        expect(zones).toContain(event.tzid);
        expect(event.start).toBe(meeting.startsAt.toISOString());
        if (meeting.timeZone in checked) {
          expect(event.local).toBe(wallClock(meeting.startsAt, meeting.timeZone));
          checked[meeting.timeZone]! += 1;
        }
        if (meeting.timeZone === "Europe/Madrid") {
          const local = Date.parse(`${event.local}Z`);
          madridOffsets.add(String((local - meeting.startsAt.getTime()) / 3_600_000));
        }
      }
      expect(checked["America/Montevideo"]).toBeGreaterThan(0);
      expect(checked["Europe/Madrid"]).toBeGreaterThan(0);
      // Madrid meetings on both sides of daylight saving time, each read at its own offset.
      expect([...madridOffsets].sort()).toEqual(["1", "2"]);
      expect(new Set(zones).size).toBe(zones.length);
      expect(zones.sort()).toEqual([...new Set(events.map((e) => e.tzid!))].sort());
    });

    it("SEQUENCE follows meetings.ical_sequence, and statuses map (cancelled → CANCELLED)", async () => {
      const db = getDb();
      const { token } = await newToken(db, actors.coordinator, { scope: "all" });
      const stored = await meetingsInWindow(db);
      const target = stored.find((m) => m.status === "confirmed")!;
      const before = parseFeed((await fetchFeed(db, token)).text).events.find(
        (e) => e.uid === uidOf(target.id),
      )!;
      expect(before.sequence).toBe(target.icalSequence);
      await db.execute(sql`UPDATE meetings SET ical_sequence = ical_sequence + 1 WHERE id = ${target.id}`);
      const after = parseFeed((await fetchFeed(db, token)).text).events.find(
        (e) => e.uid === uidOf(target.id),
      )!;
      expect(after.sequence).toBe(before.sequence + 1);
      expect(after.uid).toBe(before.uid);

      const expected = {
        tentative: "TENTATIVE",
        confirmed: "CONFIRMED",
        held: "CONFIRMED",
        cancelled: "CANCELLED",
        postponed: "TENTATIVE",
      };
      const byUid = new Map(stored.map((m) => [uidOf(m.id), m]));
      const { events } = parseFeed((await fetchFeed(db, token)).text);
      for (const event of events) expect(event.status).toBe(expected[byUid.get(event.uid)!.status]);
      const cancelled = stored.filter((m) => m.status === "cancelled");
      expect(cancelled.length).toBeGreaterThan(0);
      for (const m of cancelled) expect(events.find((e) => e.uid === uidOf(m.id))?.status).toBe("CANCELLED");
    });

    it('scope "mine" brings exactly the meetings whose delegation includes the technical user\'s person', async () => {
      const db = getDb();
      const { token } = await newToken(db, actors.technical, { scope: "mine" });
      const { resolved, text } = await fetchFeed(db, token);
      expect(resolved.feed.scope).toBe("mine");
      const { events, calendar } = parseFeed(text);
      expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Redes · Mis reuniones");
      const personId = actors.technical.personId!;
      const delegated = await db
        .select({ id: meetings.id })
        .from(meetings)
        .innerJoin(delegationMembers, eq(delegationMembers.meetingId, meetings.id))
        .where(
          and(
            eq(delegationMembers.personId, personId),
            gte(meetings.startsAt, WINDOW_START),
            lte(meetings.startsAt, WINDOW_END),
          ),
        );
      expect(delegated.length).toBeGreaterThanOrEqual(2);
      expect(events.map((e) => e.uid).sort()).toEqual(delegated.map((m) => uidOf(m.id)).sort());
      expect(events.length).toBeLessThan((await meetingsInWindow(db)).length);
      // The demo's two invitations are there.
      const summaries = events.map((e) => e.summary);
      expect(summaries).toContain(
        "Reunión virtual de la Unidad Temática de Ambiente y Desarrollo Sostenible",
      );
      expect(summaries).toContain("Webinario: financiamiento climático para gobiernos locales");
    });

    it("a link limited to one network lists only that network's meetings", async () => {
      const db = getDb();
      const [ucci] = await db.select().from(networks).where(eq(networks.acronym, "UCCI"));
      const { token } = await newToken(db, actors.coordinator, { scope: "all", networkId: ucci!.id });
      const { resolved, text } = await fetchFeed(db, token);
      expect(resolved.feed.network).toEqual({ id: ucci!.id, name: ucci!.name });
      const { events, calendar } = parseFeed(text);
      expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(`Redes · Reuniones · ${ucci!.name}`);
      const expected = (await meetingsInWindow(db)).filter((m) => m.networkId === ucci!.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(events.map((e) => e.uid).sort()).toEqual(expected.map((m) => uidOf(m.id)).sort());
    });
  });

  it("one meeting as a file: the same event as in the feed", async () => {
    const db = getDb();
    const [m] = await db
      .select()
      .from(meetings)
      .where(and(eq(meetings.timeZone, "Europe/Madrid"), gte(meetings.startsAt, TODAY)))
      .limit(1);
    const meeting = await meetingForIcs(ctxFor(db, actors.viewer), m!.id);
    expect(meeting).not.toBeNull();
    const { events, zones, calendar } = parseFeed(
      renderMeeting(meeting!, { origin: ORIGIN, labels, now: TODAY }),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: uidOf(m!.id),
      tzid: "Europe/Madrid",
      start: m!.startsAt.toISOString(),
    });
    expect(zones).toEqual(["Europe/Madrid"]);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(m!.title);
    expect(await meetingForIcs(ctxFor(db, actors.viewer), "nope")).toBeNull();
    expect(await meetingForIcs(ctxFor(db, actors.viewer), UNKNOWN)).toBeNull();
  });
});
