import { eq, ne, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assignments, commitments, meetings, networks, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import type { Actor } from "@/lib/auth/actor";
import { networkTeam } from "@/lib/assignments/queries";
import { networkOpenCommitments } from "@/lib/commitments/queries";
import { todayInBuenosAires } from "@/lib/dates";
import { dayInBuenosAires } from "@/lib/calendar/month";
import {
  getMeeting,
  NETWORK_MEETINGS_LIMIT,
  networkMeetings,
  networkMeetingsSection,
} from "@/lib/meetings/queries";
import { setNetworkArchived } from "@/lib/networks/commands";
import { parseNetworkListParams } from "@/lib/networks/list-params";
import { getNetwork, listNetworks } from "@/lib/networks/queries";
import { describeDatabases } from "../support/databases";
import { auditFor, counts, ctxFor } from "../support/fixtures";

const TODAY = new Date("2026-11-26T15:00:00Z");

describeDatabases("network page sections and archiving (demo data)", (getDb) => {
  const actors = {} as Record<"coordinator" | "viewer", Actor>;
  let ucciId: string;

  beforeAll(async () => {
    const db = getDb();
    await seedDemo(db, { today: TODAY });
    for (const [role, email] of [
      ["coordinator", "coordinacion@redes.local"],
      ["viewer", "consulta@redes.local"],
    ] as const) {
      const [u] = await db.select().from(users).where(eq(users.email, email));
      actors[role] = {
        userId: u!.id,
        email,
        name: u!.name,
        role: u!.role,
        departmentId: u!.departmentId,
        personId: u!.personId,
      };
    }
    const [ucci] = await db.select().from(networks).where(eq(networks.acronym, "UCCI"));
    ucciId = ucci!.id;
  }, 120_000);

  it("lists upcoming meetings soonest first and past ones latest first, split at now", async () => {
    const ctx = ctxFor(getDb(), actors.viewer);
    const upcoming = await networkMeetings(ctx, ucciId, "upcoming", 50, TODAY);
    const past = await networkMeetings(ctx, ucciId, "past", 50, TODAY);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    for (const m of upcoming) expect(m.endsAt.getTime()).toBeGreaterThanOrEqual(TODAY.getTime());
    for (const m of past) expect(m.endsAt.getTime()).toBeLessThan(TODAY.getTime());
    const times = (list: { startsAt: Date }[]) => list.map((m) => m.startsAt.getTime());
    expect(times(upcoming)).toEqual([...times(upcoming)].sort((a, b) => a - b));
    expect(times(past)).toEqual([...times(past)].sort((a, b) => b - a));
    expect(await networkMeetings(ctx, ucciId, "upcoming", 2, TODAY)).toHaveLength(2);
  });

  it("the network page lists a capped number of upcoming and past meetings and says when there are more", async () => {
    const db = getDb();
    const ctx = ctxFor(db, actors.viewer);
    const upcoming = await networkMeetings(ctx, ucciId, "upcoming", 50, TODAY);
    const past = await networkMeetings(ctx, ucciId, "past", 50, TODAY);
    expect(upcoming.length).toBeGreaterThan(2);
    expect(past.length).toBeGreaterThan(2);
    const all = await db.select().from(meetings).where(eq(meetings.networkId, ucciId));
    const first = all.map((m) => m.startsAt).sort((a, b) => a.getTime() - b.getTime())[0]!;
    const ids = (list: { id: string }[]) => list.map((m) => m.id);

    const capped = await networkMeetingsSection(ctx, ucciId, 2, TODAY);
    expect(ids(capped.upcoming)).toEqual(ids(upcoming.slice(0, 2)));
    expect(ids(capped.past)).toEqual(ids(past.slice(0, 2)));
    expect(capped).toMatchObject({ moreUpcoming: true, morePast: true, firstDay: dayInBuenosAires(first) });

    // Exactly as many as the cap: nothing more to see.
    const exact = await networkMeetingsSection(ctx, ucciId, past.length, TODAY);
    expect(ids(exact.past)).toEqual(ids(past));
    expect(exact.morePast).toBe(false);
    expect(exact.moreUpcoming).toBe(upcoming.length > past.length);

    const whole = await networkMeetingsSection(ctx, ucciId, undefined, TODAY);
    expect(whole.upcoming).toHaveLength(Math.min(upcoming.length, NETWORK_MEETINGS_LIMIT));
    expect(whole.moreUpcoming).toBe(upcoming.length > NETWORK_MEETINGS_LIMIT);

    // A network without meetings: empty lists, no first day.
    const [quiet] = await db
      .select({ id: networks.id })
      .from(networks)
      .where(sql`not exists (select 1 from meetings m where m.network_id = ${networks.id})`)
      .limit(1);
    if (quiet) {
      expect(await networkMeetingsSection(ctx, quiet.id, 2, TODAY)).toEqual({
        upcoming: [],
        past: [],
        moreUpcoming: false,
        morePast: false,
        firstDay: null,
      });
    }
  });

  it("shows the current technical team (no ended assignments) and flags the stale ones", async () => {
    const db = getDb();
    const { members: team, total } = await networkTeam(ctxFor(db, actors.viewer), ucciId);
    const all = await db.select().from(assignments).where(eq(assignments.networkId, ucciId));
    const current = all.filter((a) => a.status !== "ended");
    expect(team.map((m) => m.id).sort()).toEqual(current.map((a) => a.id).sort());
    expect(total).toBe(current.length);
    // The busiest network of the demo data: its page lists the first ones and counts them all.
    const perNetwork = new Map<string, number>();
    for (const a of await db.select().from(assignments).where(ne(assignments.status, "ended"))) {
      perNetwork.set(a.networkId, (perNetwork.get(a.networkId) ?? 0) + 1);
    }
    const [busiest, busiestCount] = [...perNetwork].sort((a, b) => b[1] - a[1])[0]!;
    expect(busiestCount).toBeGreaterThan(2);
    const whole = await networkTeam(ctxFor(db, actors.viewer), busiest);
    const firstTwo = await networkTeam(ctxFor(db, actors.viewer), busiest, 2);
    expect(firstTwo).toEqual({ members: whole.members.slice(0, 2), total: busiestCount });
    const limit = Date.now() - 90 * 86_400_000;
    for (const m of team) {
      expect(m.stale).toBe(m.lastUpdatedAt === null || m.lastUpdatedAt.getTime() < limit);
    }
  });

  it("lists open commitments, overdue first by due date, and never done or dropped ones", async () => {
    const db = getDb();
    const today = todayInBuenosAires(TODAY);
    const { items, total, overdue } = await networkOpenCommitments(ctxFor(db, actors.viewer), ucciId, today);
    const rows = await db.select().from(commitments).where(eq(commitments.networkId, ucciId));
    const open = rows.filter((c) => c.status === "open" || c.status === "in_progress");
    expect(items.map((c) => c.id).sort()).toEqual(open.map((c) => c.id).sort());
    expect(total).toBe(open.length);
    expect(overdue).toBe(open.filter((c) => c.dueOn !== null && c.dueOn < today).length);
    for (const c of items) expect(c.overdue).toBe(c.dueOn !== null && c.dueOn < today);
    const dated = items.filter((c) => c.dueOn).map((c) => c.dueOn!);
    expect(dated).toEqual([...dated].sort());
  });

  it("a meeting page brings its agenda, delegation, decisions, commitments and safe minutes", async () => {
    const db = getDb();
    const ctx = ctxFor(db, actors.viewer);
    const past = await networkMeetings(ctx, ucciId, "past", 50, TODAY);
    const held = past.find((m) => m.status === "held");
    expect(held).toBeTruthy();
    const meeting = await getMeeting(ctx, held!.id);
    expect(meeting).toMatchObject({ id: held!.id, network: { id: ucciId } });
    const positions = meeting!.agenda.map((a) => a.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const stored = await db.select().from(commitments).where(eq(commitments.meetingId, held!.id));
    expect(meeting!.commitments.map((c) => c.id).sort()).toEqual(stored.map((c) => c.id).sort());
    if (meeting!.minutesHtml) expect(meeting!.minutesHtml).not.toMatch(/<script|on\w+=/i);
    expect(await getMeeting(ctx, "not-a-uuid")).toBeNull();
    expect(await getMeeting(ctx, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("archiving takes a network out of the default list, keeps it readable, and restoring brings it back", async () => {
    const db = getDb();
    const coordinator = ctxFor(db, actors.coordinator);
    const before = await getNetwork(coordinator, ucciId);
    const stale = await setNetworkArchived(coordinator, ucciId, true, { version: before!.version + 5 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const refused = await setNetworkArchived(ctxFor(db, actors.viewer), ucciId, true, {
      version: before!.version,
    });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const unchanged = await counts(db);

    const archived = await setNetworkArchived(coordinator, ucciId, true, { version: before!.version });
    expect(archived).toEqual({ ok: true, data: { id: ucciId, version: before!.version + 1 } });
    expect((await counts(db)).audit).toBe(unchanged.audit + 1);
    const names = async (params: Record<string, string>) =>
      (await listNetworks(coordinator, parseNetworkListParams({ size: "100", ...params }))).rows.map(
        (r) => r.id,
      );
    expect(await names({})).not.toContain(ucciId);
    expect(await names({ archived: "1" })).toEqual([ucciId]);
    expect(await getNetwork(coordinator, ucciId)).toMatchObject({ archived: true });
    // Its meetings and history stay.
    expect((await networkMeetings(coordinator, ucciId, "past", 50, TODAY)).length).toBeGreaterThan(0);

    const restored = await setNetworkArchived(coordinator, ucciId, false, { version: before!.version + 1 });
    expect(restored.ok).toBe(true);
    expect(await names({})).toContain(ucciId);
    const events = (await auditFor(db, ucciId)).map((e) => e.action);
    expect(events.slice(-2)).toEqual(["network.archive", "network.restore"]);
  });
});
