import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditEvents, bodies, meetings, networks } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { createMeeting, updateMeeting } from "@/lib/meetings/commands";
import { meetingFormOptions, meetingNetworkOptions } from "@/lib/meetings/queries";
import { describeDatabases } from "../support/databases";
import { countRows, createActors, ctxFor } from "../support/fixtures";

describeDatabases("meetings: create and edit in the meeting's own time zone", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let networkId: string;
  let otherNetworkId: string;
  let bodyId: string;
  let otherBodyId: string;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    const [n1, n2] = await db
      .insert(networks)
      .values([
        { name: "Mercociudades (prueba)", kind: "regional" },
        { name: "CGLU (prueba)", kind: "global" },
      ])
      .returning();
    networkId = n1!.id;
    otherNetworkId = n2!.id;
    const [b1, b2] = await db
      .insert(bodies)
      .values([
        { networkId, name: "Consejo", kind: "council" },
        { networkId: otherNetworkId, name: "Bureau Ejecutivo", kind: "executive" },
      ])
      .returning();
    bodyId = b1!.id;
    otherBodyId = b2!.id;
  });

  const form = (overrides: Record<string, unknown> = {}) => ({
    networkId,
    bodyId,
    title: "Reunión del Consejo",
    kind: "council",
    status: "confirmed",
    startDate: "2027-03-10",
    startTime: "09:30",
    endDate: "2027-03-10",
    endTime: "13:00",
    timeZone: "America/Montevideo",
    mode: "in_person",
    city: "Montevideo",
    country: "Uruguay",
    ...overrides,
  });

  const tally = () => countRows(getDb(), { meetings, audit: auditEvents });

  it("stores the instants of the wall-clock times typed in the meeting's zone, with one audit event", async () => {
    const db = getDb();
    const before = await tally();
    const result = await createMeeting(
      ctxFor(db, actors.coordinator),
      form({ timeZone: "Europe/Madrid", startTime: "10:00", endTime: "18:00" }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [row] = await db.select().from(meetings).where(eq(meetings.id, result.data.id));
    // March 10 is winter time in Madrid (UTC+1).
    expect(row!.startsAt.toISOString()).toBe("2027-03-10T09:00:00.000Z");
    expect(row!.endsAt.toISOString()).toBe("2027-03-10T17:00:00.000Z");
    expect(row!.timeZone).toBe("Europe/Madrid");
    expect(await tally()).toEqual({ meetings: before.meetings + 1, audit: before.audit + 1 });
  });

  it("refuses end before start, an unknown zone, a body of another network — field by field, writing nothing", async () => {
    const db = getDb();
    const before = await tally();
    const ctx = ctxFor(db, actors.coordinator);
    expect(await createMeeting(ctx, form({ endTime: "08:00" }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { endDate: ["endBeforeStart"] },
    });
    expect(await createMeeting(ctx, form({ timeZone: "America/Gotham" }))).toMatchObject({
      fieldErrors: { timeZone: ["invalidTimeZone"] },
    });
    expect(await createMeeting(ctx, form({ bodyId: otherBodyId }))).toMatchObject({
      fieldErrors: { bodyId: ["unknownBody"] },
    });
    expect(await createMeeting(ctx, form({ startDate: "2027-02-30", startTime: "25:00" }))).toMatchObject({
      fieldErrors: { startDate: ["invalidDate"], startTime: ["invalidTime"] },
    });
    expect(await tally()).toEqual(before);
  });

  it("a meeting with no end date ends on its start day, at the end time typed", async () => {
    const db = getDb();
    const ctx = ctxFor(db, actors.coordinator);
    const created = await createMeeting(ctx, form({ endDate: "", title: "Jornada de un día" }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const [row] = await db.select().from(meetings).where(eq(meetings.id, created.data.id));
    // Montevideo is UTC-3 all year.
    expect(row!.startsAt.toISOString()).toBe("2027-03-10T12:30:00.000Z");
    expect(row!.endsAt.toISOString()).toBe("2027-03-10T16:00:00.000Z");
    // An end date typed still counts, and still may not come before the start.
    expect(await createMeeting(ctx, form({ endDate: "2027-03-09" }))).toMatchObject({
      fieldErrors: { endDate: ["endBeforeStart"] },
    });
  });

  it.each(["head", "technical", "viewer"] as const)("a %s cannot create or edit meetings", async (role) => {
    const db = getDb();
    const [existing] = await db.select().from(meetings).limit(1);
    const before = await tally();
    expect(await createMeeting(ctxFor(db, actors[role]), form())).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await updateMeeting(
        ctxFor(db, actors[role]),
        existing!.id,
        form({ title: "X", version: existing!.version }),
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await tally()).toEqual(before);
  });

  it("an edit of what subscribers see bumps the iCalendar sequence; a stale version is a conflict", async () => {
    const db = getDb();
    const ctx = ctxFor(db, actors.coordinator);
    const created = await createMeeting(ctx, form({ status: "tentative", title: "Consejo (a confirmar)" }));
    if (!created.ok) throw new Error("setup");
    const id = created.data.id;
    const moved = await updateMeeting(
      ctx,
      id,
      form({ title: "Consejo (a confirmar)", status: "confirmed", startTime: "10:00", version: 1 }),
    );
    expect(moved).toEqual({ ok: true, data: { id, version: 2, icalSequence: 1 } });
    const stale = await updateMeeting(ctx, id, form({ title: "Otro título", version: 1 }));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(row).toMatchObject({
      title: "Consejo (a confirmar)",
      status: "confirmed",
      version: 2,
      icalSequence: 1,
    });
    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id))
      .orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toEqual(["meeting.create", "meeting.update"]);
    expect(events[1]?.before).toMatchObject({
      starts: "2027-03-10 09:30",
      status: "tentative",
      network: "Mercociudades (prueba)",
    });
    expect(events[1]?.after).toMatchObject({ starts: "2027-03-10 10:00", status: "confirmed" });
  });
});

describeDatabases("meetings: the form's bodies", (getDb) => {
  it("offers the chosen network's bodies not archived (the meeting's own kept), never another network's", async () => {
    const db = getDb();
    const actors = await createActors(db);
    const ctx = ctxFor(db, actors.viewer);
    const [mine, other] = await db
      .insert(networks)
      .values([
        { name: "Red de formulario", kind: "regional" },
        { name: "Otra red de formulario", kind: "global" },
      ])
      .returning();
    const [council, archived, foreign] = await db
      .insert(bodies)
      .values([
        { networkId: mine!.id, name: "Consejo", kind: "council" },
        { networkId: mine!.id, name: "Comisión archivada", kind: "committee", archivedAt: new Date() },
        { networkId: other!.id, name: "Bureau", kind: "executive" },
      ])
      .returning();
    const options = await meetingFormOptions(ctx, { networkId: mine!.id });
    expect(options.bodies).toEqual([{ id: council!.id, name: "Consejo", spanDays: null }]);
    expect(options.networks.map((n) => n.id)).toEqual(expect.arrayContaining([mine!.id, other!.id]));
    const kept = await meetingFormOptions(ctx, { networkId: mine!.id, bodyId: archived!.id });
    expect(kept.bodies.map((b) => b.name)).toEqual(["Comisión archivada", "Consejo"]);
    expect(await meetingNetworkOptions(ctx, other!.id)).toEqual({
      bodies: [{ id: foreign!.id, name: "Bureau", spanDays: null }],
    });
    expect((await meetingFormOptions(ctx)).bodies).toEqual([]);
    expect(await meetingNetworkOptions(ctx, "no-es-un-id")).toEqual({ bodies: [] });
  });
});

describeDatabases("meetings: the form's proposed length", (getDb) => {
  it("gives each body the days its latest meeting spanned on its own calendar, none for a body without meetings", async () => {
    const db = getDb();
    const actors = await createActors(db);
    const ctx = ctxFor(db, actors.coordinator);
    const [network] = await db
      .insert(networks)
      .values({ name: "Red de duraciones", kind: "regional" })
      .returning();
    const [assembly, council] = await db
      .insert(bodies)
      .values([
        { networkId: network!.id, name: "Asamblea", kind: "assembly" },
        { networkId: network!.id, name: "Consejo", kind: "council" },
      ])
      .returning();
    const meeting = (
      startDate: string,
      endDate: string,
      timeZone = "America/Argentina/Buenos_Aires",
      startTime = "09:00",
    ) => ({
      networkId: network!.id,
      bodyId: assembly!.id,
      title: `Asamblea ${startDate}`,
      kind: "assembly",
      status: "confirmed",
      startDate,
      startTime,
      endDate,
      endTime: "18:00",
      timeZone,
      mode: "in_person",
    });
    // An older four-day assembly, then the latest: three days in Tokyo from 08:00 (23:00 UTC the
    // day before, so in UTC it would span one more date: the meeting's own zone must be applied).
    for (const input of [
      meeting("2025-11-03", "2025-11-06"),
      meeting("2026-11-10", "2026-11-12", "Asia/Tokyo", "08:00"),
    ]) {
      const created = await createMeeting(ctx, input);
      expect(created.ok, JSON.stringify(created)).toBe(true);
    }
    const { bodies: options } = await meetingNetworkOptions(ctx, network!.id);
    expect(options).toEqual([
      { id: assembly!.id, name: "Asamblea", spanDays: 2 },
      { id: council!.id, name: "Consejo", spanDays: null },
    ]);
  });
});
