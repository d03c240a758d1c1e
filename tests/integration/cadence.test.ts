import { and, asc, count, eq, inArray } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, bodies, meetings, networks } from "@/db/schema";
import type { AppRole, MeetingStatus } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { ResultError } from "@/lib/result";
import { monthKey } from "@/lib/meetings/cadence-planner";
import { cadencePreview } from "@/lib/meetings/cadence-queries";
import { generateTentativeMeetings } from "@/lib/meetings/cadence-commands";
import { updateMeeting } from "@/lib/meetings/commands";
import { meetingFormValues } from "@/lib/meetings/queries";
import { zonedTimeToInstant } from "@/lib/dates";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor } from "../support/fixtures";
import { UNKNOWN } from "../support/rows";

// Today is fixed so that the plan does not depend on when the suite runs.
const TODAY = "2026-11-26";

describeDatabases("tentative meetings from a body's cadence", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let networkId: string;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    const [network] = await db
      .insert(networks)
      .values({ name: `Mercociudades (cadencia ${Math.random()})`, kind: "regional" })
      .returning();
    networkId = network!.id;
  });

  async function newBody(values: Partial<typeof bodies.$inferInsert> = {}) {
    const [body] = await getDb()
      .insert(bodies)
      .values({ networkId, name: "Consejo", kind: "council", ...values })
      .returning();
    return body!;
  }

  async function addMeeting(
    bodyId: string,
    date: string,
    status: MeetingStatus,
    values: Partial<typeof meetings.$inferInsert> = {},
  ) {
    const zone = values.timeZone ?? "America/Argentina/Buenos_Aires";
    const [row] = await getDb()
      .insert(meetings)
      .values({
        networkId,
        bodyId,
        title: `Reunión ${date}`,
        kind: "council",
        status,
        startsAt: zonedTimeToInstant(date, "09:00", zone),
        endsAt: zonedTimeToInstant(date, "18:00", zone),
        ...values,
      })
      .returning();
    return row!;
  }

  const tally = async (db: Db, bodyId: string) => {
    const [m] = await db.select({ c: count() }).from(meetings).where(eq(meetings.bodyId, bodyId));
    const [a] = await db.select({ c: count() }).from(auditEvents);
    return { meetings: Number(m!.c), audit: Number(a!.c) };
  };

  const preview = (bodyId: string, horizon: 12 | 24 | 36 = 12) =>
    cadencePreview(ctxFor(getDb(), actors.coordinator), bodyId, horizon, TODAY);

  const generate = (bodyId: string, months: string[], role: AppRole = "coordinator", horizon = "12") =>
    generateTentativeMeetings(ctxFor(getDb(), actors[role]), bodyId, { horizon, months }, TODAY);

  it("creates exactly the missing occurrences, copying zone, mode, place and kind from the last meeting", async () => {
    const db = getDb();
    const body = await newBody({
      name: "Unidad Temática de Cultura",
      kind: "thematic_unit",
      cadenceMonths: 6,
    });
    // The body last met in Montevideo in September; March's occurrence is already planned.
    await addMeeting(body.id, "2026-09-10", "held", {
      timeZone: "America/Montevideo",
      kind: "working_group",
      mode: "hybrid",
      city: "Montevideo",
      country: "Uruguay",
      venue: "Intendencia",
    });
    const planned = await addMeeting(body.id, "2027-03-22", "tentative");

    const before = await tally(db, body.id);
    const shown = await preview(body.id, 24);
    if (!shown?.plan.ok) throw new Error("expected a plan");
    expect(shown.plan.occurrences.map((o) => [monthKey(o), o.existing?.id ?? null])).toEqual([
      ["2027-03", planned.id],
      ["2027-09", null],
      ["2028-03", null],
      ["2028-09", null],
    ]);
    expect(shown.toCreate.map((o) => o.title)).toEqual([
      "Unidad Temática de Cultura — septiembre de 2027",
      "Unidad Temática de Cultura — marzo de 2028",
      "Unidad Temática de Cultura — septiembre de 2028",
    ]);

    const result = await generate(body.id, ["2027-09", "2028-03", "2028-09"], "coordinator", "24");
    if (!result.ok) throw new Error(`generation failed: ${result.code}`);
    expect(result.data.created).toHaveLength(3);
    const rows = await db
      .select()
      .from(meetings)
      .where(and(eq(meetings.bodyId, body.id), eq(meetings.fromCadence, true)))
      .orderBy(asc(meetings.startsAt));
    expect(rows.map((r) => r.id).sort()).toEqual(result.data.created.map((c) => c.id).sort());
    expect(rows[0]).toMatchObject({
      networkId,
      title: "Unidad Temática de Cultura — septiembre de 2027",
      status: "tentative",
      fromCadence: true,
      kind: "working_group",
      mode: "hybrid",
      timeZone: "America/Montevideo",
      city: "Montevideo",
      country: "Uruguay",
      venue: null,
      onlineUrl: null,
    });
    // 10:00 to 18:00 on the 15th (a Wednesday) in Montevideo (UTC-3).
    expect(rows[0]!.startsAt.toISOString()).toBe("2027-09-15T13:00:00.000Z");
    expect(rows[0]!.endsAt.toISOString()).toBe("2027-09-15T21:00:00.000Z");
    // 15 March 2028 is a Wednesday; 15 September 2028 a Friday.
    expect(rows.map((r) => r.startsAt.toISOString().slice(0, 10))).toEqual([
      "2027-09-15",
      "2028-03-15",
      "2028-09-15",
    ]);

    // One audit event per meeting, in the same words as a meeting created by hand.
    const events = await db
      .select()
      .from(auditEvents)
      .where(
        inArray(
          auditEvents.entityId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(auditEvents.id));
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event).toMatchObject({
        action: "meeting.create",
        entityType: "meeting",
        actorUserId: actors.coordinator.userId,
        actorEmail: actors.coordinator.email,
        metadata: { fromCadence: true },
      });
    }
    expect(events[0]!.after).toMatchObject({
      title: "Unidad Temática de Cultura — septiembre de 2027",
      body: "Unidad Temática de Cultura",
      starts: "2027-09-15 10:00",
      ends: "2027-09-15 18:00",
      timeZone: "America/Montevideo",
      status: "tentative",
    });
    expect(await tally(db, body.id)).toEqual({ meetings: before.meetings + 3, audit: before.audit + 3 });

    // A second run creates nothing: the fresh preview has nothing to create...
    const again = await preview(body.id, 24);
    expect(again?.toCreate).toEqual([]);
    const second = await generate(body.id, [], "coordinator", "24");
    expect(second).toMatchObject({ ok: true, data: { created: [] } });
    // ...and replaying the first form is refused as a conflict, writing nothing.
    expect(await generate(body.id, ["2027-09", "2028-03", "2028-09"], "coordinator", "24")).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await tally(db, body.id)).toEqual({ meetings: before.meetings + 3, audit: before.audit + 3 });
  });

  it("a body without meetings meets in its usual month, on Buenos Aires time, of the body's kind", async () => {
    const db = getDb();
    const body = await newBody({
      name: "Asamblea General",
      kind: "assembly",
      cadenceMonths: 12,
      usualMonth: 11,
    });
    const shown = await preview(body.id);
    expect(shown?.reference).toBeNull();
    expect(shown?.toCreate.map(monthKey)).toEqual(["2027-11"]);
    const result = await generate(body.id, ["2027-11"]);
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(meetings).where(eq(meetings.bodyId, body.id));
    expect(row).toMatchObject({
      title: "Asamblea General — noviembre de 2027",
      kind: "assembly",
      mode: "in_person",
      timeZone: "America/Argentina/Buenos_Aires",
      city: null,
      status: "tentative",
      fromCadence: true,
    });
    expect(row!.startsAt.toISOString()).toBe("2027-11-15T13:00:00.000Z");
  });

  it("a meeting in the occurrence's period counts, in any status but cancelled", async () => {
    const body = await newBody({
      name: "Comité Ejecutivo",
      kind: "executive",
      cadenceMonths: 12,
      usualMonth: 10,
    });
    await addMeeting(body.id, "2026-10-05", "held");
    // October 2027's occurrence: a postponed meeting in November stands for it.
    const postponed = await addMeeting(body.id, "2027-11-08", "postponed");
    const first = await preview(body.id);
    if (!first?.plan.ok) throw new Error("expected a plan");
    expect(first.plan.occurrences.map((o) => o.existing?.id)).toEqual([postponed.id]);
    expect(first.toCreate).toEqual([]);
    // Once cancelled, it no longer does.
    await getDb().update(meetings).set({ status: "cancelled" }).where(eq(meetings.id, postponed.id));
    expect((await preview(body.id))?.toCreate.map(monthKey)).toEqual(["2027-10"]);
  });

  it("refuses when the plan changed since the preview, and creates nothing", async () => {
    const db = getDb();
    const body = await newBody({ name: "Bureau", kind: "executive", cadenceMonths: 6, usualMonth: 4 });
    const shown = await preview(body.id);
    expect(shown?.toCreate.map(monthKey)).toEqual(["2027-04", "2027-10"]);
    // Meanwhile someone records April's meeting.
    await addMeeting(body.id, "2027-04-20", "confirmed");
    const before = await tally(db, body.id);
    expect(await generate(body.id, ["2027-04", "2027-10"])).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await tally(db, body.id)).toEqual(before);
  });

  it("two coordinators generating at once create each occurrence once", async () => {
    const db = getDb();
    const body = await newBody({ name: "Consejo Rector", cadenceMonths: 3, usualMonth: 1 });
    const months = ["2027-01", "2027-04", "2027-07", "2027-10"];
    const results = await Promise.all([generate(body.id, months), generate(body.id, months, "admin")]);
    const succeeded = results.filter((r) => r.ok);
    expect(succeeded).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
    expect((await tally(db, body.id)).meetings).toBe(4);
  });

  it("explains why an irregular, unanchored or archived body generates nothing", async () => {
    const db = getDb();
    const irregular = await newBody({ name: "Dirección Ejecutiva", kind: "executive" });
    const unanchored = await newBody({ name: "Grupo de Trabajo", kind: "working_group", cadenceMonths: 6 });
    const archived = await newBody({ name: "Comisión archivada", cadenceMonths: 12, usualMonth: 5 });
    await db.update(bodies).set({ archivedAt: new Date() }).where(eq(bodies.id, archived.id));

    expect((await preview(irregular.id))?.plan).toEqual({ ok: false, reason: "irregular" });
    expect((await preview(unanchored.id))?.plan).toEqual({ ok: false, reason: "noReference" });
    const archivedPreview = await preview(archived.id);
    expect(archivedPreview?.blocked).toBe("archived");
    expect(archivedPreview?.toCreate).toEqual([]);

    const before = await tally(db, irregular.id);
    expect(await generate(irregular.id, [])).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { plan: ["irregular"] },
    });
    expect(await generate(unanchored.id, [])).toMatchObject({ fieldErrors: { plan: ["noReference"] } });
    expect(await generate(archived.id, ["2027-05"])).toMatchObject({ fieldErrors: { plan: ["archived"] } });
    expect(await generate(irregular.id, [], "coordinator", "7")).toMatchObject({
      fieldErrors: { horizon: ["invalidOption"] },
    });
    expect(await generate("not-a-uuid", [])).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await generate(UNKNOWN, [])).toMatchObject({ code: "NOT_FOUND" });
    expect((await tally(db, irregular.id)).audit).toBe(before.audit);
  });

  it.each(["head", "technical", "viewer"] as const)("a %s can neither preview nor generate", async (role) => {
    const db = getDb();
    const body = await newBody({ name: `Órgano ${role}`, cadenceMonths: 12, usualMonth: 6 });
    const before = await tally(db, body.id);
    expect(await generate(body.id, ["2027-06"], role)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(cadencePreview(ctxFor(db, actors[role]), body.id, 12, TODAY)).rejects.toBeInstanceOf(
      ResultError,
    );
    expect(await tally(db, body.id)).toEqual(before);
  });

  it("confirming a generated meeting through the edit form makes it a regular meeting", async () => {
    const db = getDb();
    const body = await newBody({ name: "Foro", kind: "council", cadenceMonths: 12, usualMonth: 3 });
    const result = await generate(body.id, ["2027-03"]);
    if (!result.ok) throw new Error("setup");
    const id = result.data.created[0]!.id;
    const ctx = ctxFor(db, actors.coordinator);
    const current = await meetingFormValues(ctx, id);
    const saved = await updateMeeting(ctx, id, {
      ...current!.values,
      status: "confirmed",
      startDate: "2027-03-18",
      endDate: "2027-03-18",
      startTime: "09:30",
      endTime: "17:00",
      timeZone: "America/Montevideo",
      city: "Montevideo",
      country: "Uruguay",
      version: current!.version,
    });
    expect(saved.ok).toBe(true);
    const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(row).toMatchObject({ status: "confirmed", fromCadence: false, city: "Montevideo" });
    // Still the March occurrence: generating again creates nothing.
    expect((await preview(body.id))?.toCreate).toEqual([]);
  });
});
