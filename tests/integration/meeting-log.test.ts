import { and, asc, count, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  agendaItems,
  auditEvents,
  decisions,
  delegationMembers,
  meetings,
  networks,
  people,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { recordHistory } from "@/lib/history/queries";
import { updateMeeting } from "@/lib/meetings/commands";
import {
  createAgendaItem,
  deleteAgendaItem,
  moveAgendaItem,
  updateAgendaItem,
} from "@/lib/meetings/log/agenda-items";
import { createDecision, deleteDecision, moveDecision, updateDecision } from "@/lib/meetings/log/decisions";
import {
  addDelegationMember,
  removeDelegationMember,
  setOwnAttendance,
  updateDelegationMember,
} from "@/lib/meetings/log/delegation";
import { updateMinutes } from "@/lib/meetings/log/minutes";
import { closeMeeting } from "@/lib/meetings/log/closing";
import { minutesHtmlToMarkup, minutesMarkupToHtml } from "@/lib/meetings/minutes";
import { getMeeting } from "@/lib/meetings/queries";
import { searchDelegationCandidates } from "@/lib/meetings/delegation-search";
import { attendanceField } from "@/lib/meetings/form-fields";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor, expectOk } from "../support/fixtures";

const DAY = 86_400_000;

describeDatabases("meeting log: agenda, delegation, decisions, minutes and closing", (getDb, driver) => {
  let actors: Record<AppRole, Actor>;
  let networkId: string;
  const coordinator = () => ctxFor(getDb(), actors.coordinator);

  /** Every table the log writes, and the audit log: a refused write leaves them all unchanged. */
  const tally = async () => {
    const db = getDb();
    const n = async (
      table: typeof agendaItems | typeof decisions | typeof delegationMembers | typeof auditEvents,
    ) => Number((await db.select({ c: count() }).from(table))[0]!.c);
    const [m] = await db.select({ c: count() }).from(meetings);
    return {
      meetings: Number(m!.c),
      agenda: await n(agendaItems),
      decisions: await n(decisions),
      delegation: await n(delegationMembers),
      audit: await n(auditEvents),
    };
  };

  async function newMeeting(
    overrides: Partial<typeof meetings.$inferInsert> = {},
  ): Promise<{ id: string; version: number }> {
    const startsAt = overrides.startsAt ?? new Date(Date.now() - 2 * DAY);
    const [row] = await getDb()
      .insert(meetings)
      .values({
        networkId,
        title: `Consejo de prueba ${Math.random().toString(36).slice(2, 7)}`,
        kind: "council",
        status: "confirmed",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 4 * 3_600_000),
        timeZone: "America/Montevideo",
        ...overrides,
      })
      .returning({ id: meetings.id, version: meetings.version });
    return row!;
  }

  /** Adds a delegation member as the coordinator (setup: fails the test if refused); returns its id. */
  const newMember = async (meetingId: string, personId: string, role: string, attendance: string) =>
    expectOk(await addDelegationMember(coordinator(), meetingId, { personId, role, attendance })).id;

  async function newPerson(fullName: string, email?: string) {
    const [row] = await getDb()
      .insert(people)
      .values({ fullName, email: email ?? null, phone: "+54 11 5555-0000" })
      .returning();
    return row!;
  }

  const positions = async (db: Db, table: typeof agendaItems | typeof decisions, meetingId: string) =>
    (
      await db
        .select({ position: table.position })
        .from(table)
        .where(eq(table.meetingId, meetingId))
        .orderBy(asc(table.position))
    ).map((r) => r.position);

  const agendaTitles = async (meetingId: string) =>
    (
      await getDb()
        .select({ title: agendaItems.title })
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, meetingId))
        .orderBy(asc(agendaItems.position))
    ).map((r) => r.title);

  const lastEvent = async () => {
    const [event] = await getDb().select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    return event!;
  };

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    const [network] = await db
      .insert(networks)
      .values({ name: `Mercociudades (log ${driver})`, kind: "regional" })
      .returning();
    networkId = network!.id;
  });

  describe("agenda", () => {
    it("adds items at the end with one labelled audit event each, edits them, and keeps a stale version out", async () => {
      const meeting = await newMeeting();
      const ctx = coordinator();
      const before = await tally();
      const first = await createAgendaItem(ctx, meeting.id, {
        title: "Apertura",
        durationMinutes: "15",
        presenter: "Intendencia de Montevideo",
      });
      const second = await createAgendaItem(ctx, meeting.id, { title: "Plan de trabajo 2027" });
      expect(first.ok && second.ok).toBe(true);
      if (!first.ok || !second.ok) return;
      expect(await tally()).toMatchObject({ agenda: before.agenda + 2, audit: before.audit + 2 });
      expect(await positions(getDb(), agendaItems, meeting.id)).toEqual([1, 2]);

      const event = await lastEvent();
      expect(event).toMatchObject({
        action: "agenda_item.create",
        entityType: "agenda_item",
        entityId: second.data.id,
        actorUserId: actors.coordinator.userId,
        metadata: { meetingId: meeting.id },
      });
      expect(event.after).toMatchObject({ title: "Plan de trabajo 2027", position: 2 });
      expect(JSON.stringify(event.after)).not.toContain(meeting.id);

      const updated = await updateAgendaItem(ctx, meeting.id, first.data.id, {
        title: "Apertura y bienvenida",
        durationMinutes: "20",
        presenter: "",
        version: 1,
      });
      expect(updated).toEqual({ ok: true, data: { id: first.data.id, version: 2 } });
      const stale = await updateAgendaItem(ctx, meeting.id, first.data.id, {
        title: "Otra cosa",
        version: 1,
      });
      expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
      const [row] = await getDb().select().from(agendaItems).where(eq(agendaItems.id, first.data.id));
      expect(row).toMatchObject({
        title: "Apertura y bienvenida",
        durationMinutes: 20,
        presenter: null,
        version: 2,
      });
      const update = await lastEvent();
      expect(update.action).toBe("agenda_item.update");
      expect(update.before).toMatchObject({ title: "Apertura", durationMinutes: 15 });
      expect(update.after).toMatchObject({ title: "Apertura y bienvenida", durationMinutes: 20 });
    });

    it("refuses invalid input field by field and writes nothing", async () => {
      const meeting = await newMeeting();
      const ctx = coordinator();
      const before = await tally();
      expect(await createAgendaItem(ctx, meeting.id, { title: " ", durationMinutes: "0" })).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { title: ["required"], durationMinutes: ["invalidDuration"] },
      });
      expect(
        await createAgendaItem(ctx, meeting.id, { title: "X", durationMinutes: "media hora" }),
      ).toMatchObject({
        fieldErrors: { durationMinutes: ["invalidDuration"] },
      });
      expect(await createAgendaItem(ctx, meeting.id, { title: "x".repeat(301) })).toMatchObject({
        fieldErrors: { title: ["tooLong:300"] },
      });
      expect(
        await createAgendaItem(ctx, "00000000-0000-4000-8000-000000000000", { title: "X" }),
      ).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await tally()).toEqual(before);
    });

    it("moves items up and down (positions stay 1..n), and a delete renumbers the rest", async () => {
      const meeting = await newMeeting();
      const ctx = coordinator();
      const ids: string[] = [];
      for (const title of ["A", "B", "C", "D"]) {
        const r = await createAgendaItem(ctx, meeting.id, { title });
        if (!r.ok) throw new Error("setup");
        ids.push(r.data.id);
      }
      const version = async (id: string) =>
        (await getDb().select().from(agendaItems).where(eq(agendaItems.id, id)))[0]!.version;

      expect(await moveAgendaItem(ctx, meeting.id, ids[2]!, { direction: "up", version: 1 })).toEqual({
        ok: true,
        data: { moved: true, position: 2 },
      });
      expect(await agendaTitles(meeting.id)).toEqual(["A", "C", "B", "D"]);
      const moveEvent = await lastEvent();
      expect(moveEvent).toMatchObject({ action: "agenda_item.move", metadata: { meetingId: meeting.id } });
      expect(moveEvent.before).toMatchObject({ title: "C", position: 3 });
      expect(moveEvent.after).toMatchObject({ title: "C", position: 2 });

      // A stale version (the page before the move) is a conflict and changes nothing.
      expect(await moveAgendaItem(ctx, meeting.id, ids[2]!, { direction: "up", version: 1 })).toMatchObject({
        code: "CONFLICT",
      });
      // At the top, "up" changes nothing and logs nothing.
      const before = await tally();
      expect(await moveAgendaItem(ctx, meeting.id, ids[0]!, { direction: "up", version: 1 })).toEqual({
        ok: true,
        data: { moved: false, position: 1 },
      });
      expect(await tally()).toEqual(before);

      await moveAgendaItem(ctx, meeting.id, ids[0]!, { direction: "down", version: await version(ids[0]!) });
      expect(await agendaTitles(meeting.id)).toEqual(["C", "A", "B", "D"]);
      expect(
        await moveAgendaItem(ctx, meeting.id, ids[3]!, { direction: "sideways", version: 1 }),
      ).toMatchObject({ code: "VALIDATION", fieldErrors: { direction: ["invalidOption"] } });

      const stale = await deleteAgendaItem(ctx, meeting.id, ids[1]!, { version: 1 });
      expect(stale).toMatchObject({ code: "CONFLICT" });
      const deleted = await deleteAgendaItem(ctx, meeting.id, ids[1]!, { version: await version(ids[1]!) });
      expect(deleted.ok).toBe(true);
      expect(await agendaTitles(meeting.id)).toEqual(["C", "A", "D"]);
      expect(await positions(getDb(), agendaItems, meeting.id)).toEqual([1, 2, 3]);
      const deleteEvent = await lastEvent();
      expect(deleteEvent).toMatchObject({ action: "agenda_item.delete", after: null });
      expect(deleteEvent.before).toMatchObject({ title: "B" });
      // Rows whose position changed got a new version: a page showing the old order is stale.
      expect(await version(ids[3]!)).toBeGreaterThan(1);
    });

    it("concurrent additions still number the agenda 1..n", async () => {
      const meeting = await newMeeting();
      const ctx = coordinator();
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => createAgendaItem(ctx, meeting.id, { title: `Punto ${i}` })),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      expect(await positions(getDb(), agendaItems, meeting.id)).toEqual([1, 2, 3, 4, 5, 6]);
    });
  });

  describe("decisions", () => {
    it("adds, edits, reorders and deletes decisions, keeping positions contiguous", async () => {
      const meeting = await newMeeting();
      const ctx = coordinator();
      const created = [];
      for (const text of ["Aprobar el plan", "Crear la comisión", "Sede 2027 en Rosario"]) {
        const r = await createDecision(ctx, meeting.id, { text });
        if (!r.ok) throw new Error("setup");
        created.push(r.data.id);
      }
      expect((await lastEvent()).after).toMatchObject({ text: "Sede 2027 en Rosario", position: 3 });
      expect(
        await updateDecision(ctx, meeting.id, created[0]!, { text: "Aprobar el plan 2027", version: 1 }),
      ).toEqual({ ok: true, data: { id: created[0], version: 2 } });
      expect(await updateDecision(ctx, meeting.id, created[0]!, { text: "Otra", version: 1 })).toMatchObject({
        code: "CONFLICT",
      });
      expect(await updateDecision(ctx, meeting.id, created[0]!, { text: "", version: 2 })).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { text: ["required"] },
      });
      expect((await moveDecision(ctx, meeting.id, created[2]!, { direction: "up", version: 1 })).ok).toBe(
        true,
      );
      const texts = async () =>
        (
          await getDb()
            .select({ text: decisions.text })
            .from(decisions)
            .where(eq(decisions.meetingId, meeting.id))
            .orderBy(asc(decisions.position))
        ).map((r) => r.text);
      expect(await texts()).toEqual(["Aprobar el plan 2027", "Sede 2027 en Rosario", "Crear la comisión"]);
      expect((await lastEvent()).action).toBe("decision.move");
      const current = (await getDb().select().from(decisions).where(eq(decisions.id, created[0]!)))[0]!;
      expect((await deleteDecision(ctx, meeting.id, created[0]!, { version: current.version })).ok).toBe(
        true,
      );
      expect(await texts()).toEqual(["Sede 2027 en Rosario", "Crear la comisión"]);
      expect(await positions(getDb(), decisions, meeting.id)).toEqual([1, 2]);
      expect((await lastEvent()).action).toBe("decision.delete");
    });
  });

  describe("delegation", () => {
    it("adds a person once (a second time is a field error), edits role and attendance, and removes them", async () => {
      const meeting = await newMeeting({ startsAt: new Date(Date.now() + 20 * DAY) });
      const ctx = coordinator();
      const ana = await newPerson("Ana Delegada", `ana.${driver}@prueba.test`);
      const added = await addDelegationMember(ctx, meeting.id, {
        personId: ana.id,
        role: "head",
        attendance: "invited",
      });
      expect(added.ok).toBe(true);
      if (!added.ok) return;
      const event = await lastEvent();
      expect(event).toMatchObject({
        action: "delegation_member.create",
        entityType: "delegation_member",
        metadata: { meetingId: meeting.id },
      });
      expect(event.after).toMatchObject({ person: "Ana Delegada", role: "head", attendance: "invited" });
      // The form's person search no longer finds her for this meeting; for another, it does.
      const found = async (meetingId?: string) =>
        (await searchDelegationCandidates(ctx, "ana delegada", meetingId)).map((p) => p.id);
      expect(await found(meeting.id)).not.toContain(ana.id);
      expect(await found((await newMeeting({ startsAt: new Date(Date.now() + 21 * DAY) })).id)).toContain(
        ana.id,
      );
      expect(await found()).toContain(ana.id);
      await expect(
        searchDelegationCandidates(ctxFor(getDb(), actors.viewer), "ana", meeting.id),
      ).rejects.toMatchObject({
        failure: { code: "FORBIDDEN" },
      });

      const before = await tally();
      expect(
        await addDelegationMember(ctx, meeting.id, {
          personId: ana.id,
          role: "speaker",
          attendance: "invited",
        }),
      ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { personId: ["alreadyInDelegation"] } });
      expect(
        await addDelegationMember(ctx, meeting.id, {
          personId: "00000000-0000-4000-8000-000000000000",
          role: "speaker",
          attendance: "invited",
        }),
      ).toMatchObject({ fieldErrors: { personId: ["unknownPerson"] } });
      expect(
        await addDelegationMember(ctx, meeting.id, { personId: "", role: "boss", attendance: "" }),
      ).toMatchObject({
        fieldErrors: { personId: ["required"], role: ["invalidOption"], attendance: ["required"] },
      });
      expect(await tally()).toEqual(before);

      const details = await getMeeting(ctx, meeting.id);
      expect(details?.delegation[0]).toMatchObject({
        person: "Ana Delegada",
        email: `ana.${driver}@prueba.test`,
        phone: "+54 11 5555-0000",
      });

      expect(
        await updateDelegationMember(ctx, meeting.id, added.data.id, {
          role: "speaker",
          attendance: "confirmed",
          version: 1,
        }),
      ).toEqual({ ok: true, data: { id: added.data.id, version: 2 } });
      expect(
        await updateDelegationMember(ctx, meeting.id, added.data.id, {
          role: "support",
          attendance: "confirmed",
          version: 1,
        }),
      ).toMatchObject({ code: "CONFLICT" });
      expect((await lastEvent()).after).toMatchObject({ role: "speaker", attendance: "confirmed" });

      expect(await removeDelegationMember(ctx, meeting.id, added.data.id, { version: 1 })).toMatchObject({
        code: "CONFLICT",
      });
      expect((await removeDelegationMember(ctx, meeting.id, added.data.id, { version: 2 })).ok).toBe(true);
      expect((await lastEvent()).before).toMatchObject({ person: "Ana Delegada" });
      // Once removed, the person can be added again.
      expect(
        (
          await addDelegationMember(ctx, meeting.id, {
            personId: ana.id,
            role: "delegate",
            attendance: "invited",
          })
        ).ok,
      ).toBe(true);
    });

    it("technical staff confirm or decline only their own row; heads and viewers may not", async () => {
      const meeting = await newMeeting({ startsAt: new Date(Date.now() + 10 * DAY) });
      const ctx = coordinator();
      const other = await newPerson("Otra Persona");
      const own = await newMember(meeting.id, actors.technical.personId!, "delegate", "invited");
      const notOwn = await newMember(meeting.id, other.id, "delegate", "invited");
      const technical = ctxFor(getDb(), actors.technical);

      const before = await tally();
      expect(
        await setOwnAttendance(technical, meeting.id, notOwn, {
          attendance: "confirmed",
          version: 1,
        }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      for (const role of ["head", "viewer"] as const) {
        expect(
          await setOwnAttendance(ctxFor(getDb(), actors[role]), meeting.id, own, {
            attendance: "confirmed",
            version: 1,
          }),
        ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
      // Only "confirmed" or "absent": "attended" is recorded when the meeting is closed.
      expect(
        await setOwnAttendance(technical, meeting.id, own, { attendance: "attended", version: 1 }),
      ).toMatchObject({ code: "VALIDATION", fieldErrors: { attendance: ["invalidOption"] } });
      expect(await tally()).toEqual(before);

      expect(
        await setOwnAttendance(technical, meeting.id, own, { attendance: "confirmed", version: 1 }),
      ).toEqual({ ok: true, data: { id: own, attendance: "confirmed" } });
      const event = await lastEvent();
      expect(event).toMatchObject({
        action: "delegation_member.attendance",
        actorUserId: actors.technical.userId,
        metadata: { meetingId: meeting.id },
      });
      expect(event.before).toMatchObject({ attendance: "invited" });
      expect(event.after).toMatchObject({ attendance: "confirmed" });
      expect(
        await setOwnAttendance(technical, meeting.id, own, { attendance: "absent", version: 1 }),
      ).toMatchObject({ code: "CONFLICT" });

      // Technical staff cannot use the coordinators' commands on their own row either.
      expect(
        await updateDelegationMember(technical, meeting.id, own, {
          role: "head",
          attendance: "confirmed",
          version: 2,
        }),
      ).toMatchObject({ code: "FORBIDDEN" });
      // Coordinators may answer for anyone.
      expect((await setOwnAttendance(ctx, meeting.id, notOwn, { attendance: "absent", version: 1 })).ok).toBe(
        true,
      );
    });
  });

  it.each(["head", "technical", "viewer"] as const)(
    "a %s cannot change the agenda, delegation, decisions, minutes or close a meeting",
    async (role) => {
      const meeting = await newMeeting();
      const ctx = coordinator();
      const item = await createAgendaItem(ctx, meeting.id, { title: "Tema" });
      const decision = await createDecision(ctx, meeting.id, { text: "Decisión" });
      const person = await newPerson(`Persona ${role}`);
      const member = await addDelegationMember(ctx, meeting.id, {
        personId: person.id,
        role: "delegate",
        attendance: "invited",
      });
      if (!item.ok || !decision.ok || !member.ok) throw new Error("setup");
      const denied = ctxFor(getDb(), actors[role]);
      const before = await tally();
      const attempts = [
        createAgendaItem(denied, meeting.id, { title: "X" }),
        updateAgendaItem(denied, meeting.id, item.data.id, { title: "X", version: 1 }),
        moveAgendaItem(denied, meeting.id, item.data.id, { direction: "down", version: 1 }),
        deleteAgendaItem(denied, meeting.id, item.data.id, { version: 1 }),
        createDecision(denied, meeting.id, { text: "X" }),
        updateDecision(denied, meeting.id, decision.data.id, { text: "X", version: 1 }),
        moveDecision(denied, meeting.id, decision.data.id, { direction: "up", version: 1 }),
        deleteDecision(denied, meeting.id, decision.data.id, { version: 1 }),
        addDelegationMember(denied, meeting.id, {
          personId: actors[role].personId,
          role: "head",
          attendance: "invited",
        }),
        updateDelegationMember(denied, meeting.id, member.data.id, {
          role: "head",
          attendance: "attended",
          version: 1,
        }),
        removeDelegationMember(denied, meeting.id, member.data.id, { version: 1 }),
        updateMinutes(denied, meeting.id, { minutes: "Acta", version: meeting.version }),
        closeMeeting(denied, meeting.id, {
          minutes: "Acta",
          version: meeting.version,
          members: [member.data.id],
          [attendanceField(member.data.id)]: "attended",
        }),
      ];
      for (const result of await Promise.all(attempts)) {
        expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
      expect(await tally()).toEqual(before);
    },
  );

  describe("minutes", () => {
    it("stores the editor's markup as sanitised HTML, and what users type as HTML is only text", async () => {
      const meeting = await newMeeting();
      const ctx = coordinator();
      const markup = [
        "Se reunió el **Consejo**.",
        "",
        "- Informe de la presidencia",
        "- Plan 2027",
        "",
        "1. Aprobado",
        "2. A revisar",
        "",
        '<script>alert("x")</script><img src=x onerror=alert(1)> <a href="javascript:alert(1)">clic</a>',
      ].join("\n");
      const saved = await updateMinutes(ctx, meeting.id, { minutes: markup, version: meeting.version });
      expect(saved).toEqual({ ok: true, data: { id: meeting.id, version: meeting.version + 1 } });
      const [row] = await getDb().select().from(meetings).where(eq(meetings.id, meeting.id));
      expect(row!.minutes).toContain("<p>Se reunió el <strong>Consejo</strong>.</p>");
      expect(row!.minutes).toContain("<ul><li>Informe de la presidencia</li><li>Plan 2027</li></ul>");
      expect(row!.minutes).toContain("<ol><li>Aprobado</li><li>A revisar</li></ol>");
      // The typed tags are escaped text: the only elements are the markup's own, without attributes.
      expect(row!.minutes).toContain("&lt;script&gt;");
      expect(row!.minutes).toContain("&lt;a href=");
      const tags = row!.minutes!.match(/<[^>]*>/g) ?? [];
      expect(tags.filter((tag) => !/^<\/?(p|ul|ol|li|strong)>$/.test(tag))).toEqual([]);
      const details = await getMeeting(ctx, meeting.id);
      expect(details?.minutesMarkup).toBe(markup);
      const event = await lastEvent();
      expect(event).toMatchObject({ action: "meeting.minutes", entityType: "meeting", entityId: meeting.id });
      expect(event.after).toMatchObject({ minutes: markup });

      expect(
        await updateMinutes(ctx, meeting.id, { minutes: "Otra", version: meeting.version }),
      ).toMatchObject({
        code: "CONFLICT",
      });
    });

    it("sanitises stored HTML with scripts, handlers and javascript: links when it is shown and edited", async () => {
      const meeting = await newMeeting();
      await getDb()
        .update(meetings)
        .set({
          minutes:
            '<p onclick="x()">Hola</p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">clic</a>',
        })
        .where(eq(meetings.id, meeting.id));
      const details = await getMeeting(coordinator(), meeting.id);
      expect(details?.minutesHtml).not.toMatch(/script|onerror|onclick|javascript|<img/i);
      expect(details?.minutesMarkup).toBe("Hola\n\nclic");
    });
  });

  describe("closing a meeting", () => {
    async function meetingWithDelegation(startsAt = new Date(Date.now() - 3 * DAY)) {
      const meeting = await newMeeting({ startsAt });
      const ana = await newPerson(`Ana Cierre ${Math.random()}`);
      const beto = await newPerson(`Beto Cierre ${Math.random()}`);
      const a = await newMember(meeting.id, ana.id, "head", "confirmed");
      const b = await newMember(meeting.id, beto.id, "support", "invited");
      return { meeting, members: [a, b] as const, names: [ana.fullName, beto.fullName] };
    }

    it("is refused without minutes or without everyone's attendance, and writes nothing", async () => {
      const { meeting, members } = await meetingWithDelegation();
      const ctx = coordinator();
      const before = await tally();
      const missing = await closeMeeting(ctx, meeting.id, {
        minutes: "",
        version: meeting.version,
        members: [...members],
        [attendanceField(members[0])]: "attended",
      });
      expect(missing).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { minutes: ["required"], [attendanceField(members[1])]: ["attendanceRequired"] },
      });
      // A form that leaves someone out (the delegation changed meanwhile) is refused too.
      expect(
        await closeMeeting(ctx, meeting.id, {
          minutes: "Acta",
          version: meeting.version,
          members: [members[0]],
          [attendanceField(members[0])]: "attended",
        }),
      ).toMatchObject({ fieldErrors: { members: ["markHeldDelegationChanged"] } });
      expect(await tally()).toEqual(before);
      const [row] = await getDb().select().from(meetings).where(eq(meetings.id, meeting.id));
      expect(row!.status).toBe("confirmed");
    });

    it("refuses a meeting that has not started yet", async () => {
      const { meeting, members } = await meetingWithDelegation(new Date(Date.now() + 2 * DAY));
      const before = await tally();
      expect(
        await closeMeeting(coordinator(), meeting.id, {
          minutes: "Acta",
          version: meeting.version,
          members: [...members],
          [attendanceField(members[0])]: "attended",
          [attendanceField(members[1])]: "absent",
        }),
      ).toMatchObject({ code: "VALIDATION", fieldErrors: { startsAt: ["heldInFuture"] } });
      expect(await tally()).toEqual(before);
    });

    it("saves minutes and attendance and marks the meeting held, in one transaction with one audit event", async () => {
      const { meeting, members, names } = await meetingWithDelegation();
      const ctx = coordinator();
      const [current] = await getDb().select().from(meetings).where(eq(meetings.id, meeting.id));
      const before = await tally();
      const result = await closeMeeting(ctx, meeting.id, {
        minutes: "Se aprobó el plan.\n\n- Punto uno",
        version: current!.version,
        members: [...members],
        [attendanceField(members[0])]: "attended",
        [attendanceField(members[1])]: "absent",
      });
      expect(result).toEqual({ ok: true, data: { id: meeting.id, version: current!.version + 1 } });
      expect(await tally()).toEqual({ ...before, audit: before.audit + 1 });
      const [row] = await getDb().select().from(meetings).where(eq(meetings.id, meeting.id));
      expect(row).toMatchObject({
        status: "held",
        minutes: "<p>Se aprobó el plan.</p><ul><li>Punto uno</li></ul>",
        icalSequence: current!.icalSequence + 1,
      });
      const attendance = await getDb()
        .select({ id: delegationMembers.id, attendance: delegationMembers.attendance })
        .from(delegationMembers)
        .where(eq(delegationMembers.meetingId, meeting.id));
      expect(Object.fromEntries(attendance.map((a) => [a.id, a.attendance]))).toEqual({
        [members[0]]: "attended",
        [members[1]]: "absent",
      });
      const event = await lastEvent();
      expect(event).toMatchObject({ action: "meeting.close", entityType: "meeting", entityId: meeting.id });
      expect(event.before).toMatchObject({ status: "confirmed", minutes: "", pending: [...names].sort() });
      expect(event.after).toMatchObject({
        status: "held",
        minutes: "Se aprobó el plan.\n\n- Punto uno",
        attended: [names[0]],
        absent: [names[1]],
        pending: [],
      });

      // A second close with the old version is a conflict; a held meeting stays consistent:
      // its minutes cannot be emptied and its delegation takes only attended/absent.
      expect(
        await closeMeeting(ctx, meeting.id, {
          minutes: "Otra",
          version: current!.version,
          members: [...members],
          [attendanceField(members[0])]: "attended",
          [attendanceField(members[1])]: "attended",
        }),
      ).toMatchObject({ code: "CONFLICT" });
      expect(
        await updateMinutes(ctx, meeting.id, { minutes: "", version: current!.version + 1 }),
      ).toMatchObject({
        fieldErrors: { minutes: ["minutesRequiredWhenHeld"] },
      });
      const member = (
        await getDb().select().from(delegationMembers).where(eq(delegationMembers.id, members[1]))
      )[0]!;
      expect(
        await updateDelegationMember(ctx, meeting.id, members[1], {
          role: "support",
          attendance: "confirmed",
          version: member.version,
        }),
      ).toMatchObject({ fieldErrors: { attendance: ["heldNeedsFinalAttendance"] } });
      const person = await newPerson(`Tarde ${Math.random()}`);
      expect(
        await addDelegationMember(ctx, meeting.id, {
          personId: person.id,
          role: "delegate",
          attendance: "invited",
        }),
      ).toMatchObject({ fieldErrors: { attendance: ["heldNeedsFinalAttendance"] } });
      // Nor can the delegation answer for itself any more.
      expect(
        await setOwnAttendance(ctx, meeting.id, members[1], {
          attendance: "confirmed",
          version: member.version,
        }),
      ).toMatchObject({ fieldErrors: { attendance: ["meetingClosed"] } });
    });

    it("the edit form cannot set 'held' without minutes, with attendance pending, or in the future", async () => {
      const ctx = coordinator();
      const { meeting, members } = await meetingWithDelegation();
      const form = (startDate: string, version: number) => ({
        networkId,
        title: "Consejo",
        kind: "council",
        status: "held",
        startDate,
        startTime: "10:00",
        endDate: startDate,
        endTime: "12:00",
        timeZone: "America/Montevideo",
        mode: "in_person",
        version,
      });
      const past = new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10);
      const future = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
      const before = await tally();
      expect(await updateMeeting(ctx, meeting.id, form(past, meeting.version))).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { status: ["markHeldNeedsMinutes", "markHeldNeedsAttendance"] },
      });
      const [row] = await getDb().select().from(meetings).where(eq(meetings.id, meeting.id));
      expect(row!.status).toBe("confirmed");
      expect(await tally()).toEqual(before);

      // With minutes and everyone's attendance the edit form may set it, but not for a future date.
      const saved = await updateMinutes(ctx, meeting.id, { minutes: "Acta", version: meeting.version });
      if (!saved.ok) throw new Error("setup");
      for (const id of members) {
        const m = (await getDb().select().from(delegationMembers).where(eq(delegationMembers.id, id)))[0]!;
        await updateDelegationMember(ctx, meeting.id, id, {
          role: m.role,
          attendance: "attended",
          version: m.version,
        });
      }
      expect(await updateMeeting(ctx, meeting.id, form(future, saved.data.version))).toMatchObject({
        fieldErrors: { status: ["heldInFuture"] },
      });
      expect((await updateMeeting(ctx, meeting.id, form(past, saved.data.version))).ok).toBe(true);
      const [held] = await getDb().select().from(meetings).where(eq(meetings.id, meeting.id));
      expect(held!.status).toBe("held");
    });
  });

  it("the meeting's history includes its agenda, delegation and decision events — deleted rows too — in words", async () => {
    const meeting = await newMeeting();
    const ctx = coordinator();
    const other = await newMeeting();
    const item = await createAgendaItem(ctx, meeting.id, { title: "Punto que se borra" });
    if (!item.ok) throw new Error("setup");
    await deleteAgendaItem(ctx, meeting.id, item.data.id, { version: 1 });
    await createDecision(ctx, meeting.id, { text: "Decisión registrada" });
    const person = await newPerson(`Historia ${Math.random()}`);
    await addDelegationMember(ctx, meeting.id, {
      personId: person.id,
      role: "speaker",
      attendance: "invited",
    });
    await updateMinutes(ctx, meeting.id, { minutes: "Acta breve", version: meeting.version });
    // Another meeting's rows stay out of this history.
    await createAgendaItem(ctx, other.id, { title: "Punto de otra reunión" });

    const history = await recordHistory(ctxFor(getDb(), actors.viewer), "meeting", meeting.id);
    // The meeting's own events, and its rows' events naming the row.
    expect(history.entries.map((e) => e.actionLabel)).toEqual([
      "Modificó el acta",
      `Sumó una persona a la delegación: ${person.fullName}`,
      "Registró una decisión: Decisión registrada",
      "Eliminó un punto de la agenda: Punto que se borra",
      "Agregó un punto a la agenda: Punto que se borra",
    ]);
    const delegation = history.entries[1]!;
    expect(delegation.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: "Persona", after: person.fullName }),
        expect.objectContaining({ label: "Rol", after: "Orador/a" }),
        expect.objectContaining({ label: "Asistencia", after: "Invitado/a" }),
      ]),
    );
    expect(history.entries[3]!.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: "Tema", before: "Punto que se borra" })]),
    );
    expect(JSON.stringify(history)).not.toContain("Punto de otra reunión");
    const rows = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "agenda_item"), eq(auditEvents.entityId, item.data.id)));
    expect(rows).toHaveLength(2);
  });
});

describe("minutes markup (the editor's text ↔ stored HTML)", () => {
  it("turns paragraphs, line breaks, lists, bold, italics and links into HTML", () => {
    expect(
      minutesMarkupToHtml(
        "Primera línea\nsegunda línea con _énfasis_\n\n- uno\n- **dos**\n  sigue\n3. tres\n\nVer https://redes.example/acta.",
      ),
    ).toBe(
      "<p>Primera línea<br />segunda línea con <em>énfasis</em></p>" +
        "<ul><li>uno</li><li><strong>dos</strong> sigue</li></ul><ol><li>tres</li></ol>" +
        '<p>Ver <a href="https://redes.example/acta" rel="noopener noreferrer" target="_blank">https://redes.example/acta</a>.</p>',
    );
    expect(minutesMarkupToHtml("  \n\n ")).toBe("");
    // Underscores inside words are not emphasis.
    expect(minutesMarkupToHtml("archivo_final_v2")).toBe("<p>archivo_final_v2</p>");
  });

  it("never lets typed HTML through: tags, handlers and javascript: URLs stay text", () => {
    const html = minutesMarkupToHtml(
      '<script>alert(1)</script>\n<img src=x onerror="alert(1)">\n**<b onclick=x>negrita</b>**\njavascript:alert(1)',
    );
    expect(html.match(/<[^>]*>/g)?.every((tag) => /^<\/?(p|br \/|strong)>$/.test(tag))).toBe(true);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<a");
  });

  it("reads stored HTML back into the editor's text, and back again to the same HTML", () => {
    const stored =
      "<p>Encuentro en Rosario &amp; Santa Fe.</p><ul><li>Punto <strong>A</strong></li><li>Punto <em>B</em></li></ul>" +
      '<ol><li>uno</li><li>dos</li></ol><p>Fuente: <a href="https://x.example/a">el sitio</a></p>';
    const markup = minutesHtmlToMarkup(stored);
    expect(markup).toBe(
      "Encuentro en Rosario & Santa Fe.\n\n- Punto **A**\n- Punto _B_\n\n1. uno\n2. dos\n\nFuente: el sitio (https://x.example/a)",
    );
    const again = minutesMarkupToHtml(markup);
    expect(minutesHtmlToMarkup(again)).toBe(markup);
    expect(again).toContain("<ul><li>Punto <strong>A</strong></li><li>Punto <em>B</em></li></ul>");
    expect(minutesHtmlToMarkup(null)).toBe("");
  });
});
