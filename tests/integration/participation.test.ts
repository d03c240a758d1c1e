import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  assignments,
  auditEvents,
  bodies,
  commitments,
  delegationMembers,
  departments,
  meetings,
  networks,
  participationUpdates,
  people,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { progressCommitment } from "@/lib/commitments/commands";
import { addDays, todayInBuenosAires } from "@/lib/dates";
import { recordHistory } from "@/lib/history/queries";
import { setOwnAttendance } from "@/lib/meetings/log/delegation";
import { createParticipationUpdate } from "@/lib/participation/commands";
import { myParticipation, participationLog } from "@/lib/participation/queries";
import { describeDatabases } from "../support/databases";
import { auditFor, createActors, createThematicArea, ctxFor, expectOk } from "../support/fixtures";
import { insertRow, UNKNOWN } from "../support/rows";

const DAY = 86_400_000;

/** What a refused or invalid update must leave as it was. */
async function snapshot(db: Db, assignmentId: string) {
  const [u] = await db.select({ c: count() }).from(participationUpdates);
  const [e] = await db.select({ c: count() }).from(auditEvents);
  const [a] = await db
    .select({ lastUpdatedAt: assignments.lastUpdatedAt, version: assignments.version })
    .from(assignments)
    .where(eq(assignments.id, assignmentId));
  return { updates: Number(u!.c), audit: Number(e!.c), assignment: a };
}

describeDatabases("my participation", (getDb) => {
  const today = todayInBuenosAires();
  let actors: Record<AppRole, Actor>;
  let techPerson: string;
  let colleague: { id: string };
  let outsider: { id: string };
  let network: { id: string; name: string };
  let body: { id: string; name: string };
  let area: { id: string; name: string };
  /** The technical user's: active (old, never updated), active (new), ended. */
  let oldOne: { id: string };
  let newOne: { id: string };
  let endedOne: { id: string };
  /** A colleague's (same department as the head) and an outsider's (another department). */
  let colleagueOne: { id: string };
  let outsiderOne: { id: string };
  let upcoming: { id: string };
  let ownRow: { id: string };
  let colleagueRow: { id: string };
  let overdue: { id: string };
  let dueSoon: { id: string };
  let undated: { id: string };
  let colleagueCommitment: { id: string };

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    techPerson = actors.technical.personId!;
    const otherDept = await insertRow(db, departments, { name: "Otra repartición (prueba)" });
    colleague = await insertRow(db, people, {
      fullName: "Bruno Colega",
      departmentId: actors.head.departmentId,
    });
    outsider = await insertRow(db, people, { fullName: "Olga Ajena", departmentId: otherDept.id });
    area = await createThematicArea(db, "Ambiente (participación)");
    network = await insertRow(db, networks, { name: "Red de prueba (participación)", kind: "regional" });
    body = await insertRow(db, bodies, {
      networkId: network.id,
      name: "UT Ambiente (prueba)",
      kind: "thematic_unit",
      thematicAreaId: area.id,
    });
    const assign = async (personId: string, values: Partial<typeof assignments.$inferInsert> = {}) =>
      await insertRow(db, assignments, {
        personId,
        networkId: network.id,
        bodyId: body.id,
        startsOn: "2025-01-10",
        ...values,
      });
    oldOne = await assign(techPerson, { role: "focal_point" });
    newOne = await assign(techPerson, {
      bodyId: null,
      thematicAreaId: area.id,
      startsOn: addDays(today, -10),
    });
    endedOne = await assign(techPerson, { status: "ended", endsOn: addDays(today, -30) });
    colleagueOne = await assign(colleague.id);
    outsiderOne = await assign(outsider.id, { bodyId: null, thematicAreaId: area.id });

    const meeting = async (
      title: string,
      startsInDays: number,
      status: "confirmed" | "held" | "cancelled",
    ) => {
      const startsAt = new Date(Date.now() + startsInDays * DAY);
      return await insertRow(db, meetings, {
        networkId: network.id,
        bodyId: body.id,
        title,
        kind: "working_group",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        status,
      });
    };
    upcoming = await meeting("Reunión próxima (prueba)", 5, "confirmed");
    const later = await meeting("Reunión posterior sin mí (prueba)", 9, "confirmed");
    const past = await meeting("Reunión pasada (prueba)", -20, "held");
    const cancelled = await meeting("Reunión cancelada (prueba)", 7, "cancelled");
    ownRow = await insertRow(db, delegationMembers, {
      meetingId: upcoming.id,
      personId: techPerson,
      role: "speaker",
    });
    colleagueRow = await insertRow(db, delegationMembers, { meetingId: upcoming.id, personId: colleague.id });
    await db.insert(delegationMembers).values([
      { meetingId: later.id, personId: colleague.id },
      { meetingId: past.id, personId: techPerson, attendance: "attended" },
      { meetingId: cancelled.id, personId: techPerson },
    ]);

    const commit = async (
      title: string,
      ownerPersonId: string,
      values: Partial<typeof commitments.$inferInsert>,
    ) => await insertRow(db, commitments, { networkId: network.id, title, ownerPersonId, ...values });
    undated = await commit("C sin fecha", techPerson, { status: "open" });
    dueSoon = await commit("B vence pronto", techPerson, {
      status: "in_progress",
      dueOn: addDays(today, 10),
    });
    overdue = await commit("A vencido", techPerson, { status: "open", dueOn: addDays(today, -3) });
    await commit("D cumplido", techPerson, {
      status: "done",
      dueOn: addDays(today, -5),
      completedOn: addDays(today, -6),
    });
    colleagueCommitment = await commit("E de otra persona", colleague.id, {
      status: "open",
      dueOn: addDays(today, -9),
    });

    // Four updates on the old assignment, written long ago (it stays "without news").
    await db.insert(participationUpdates).values(
      [1, 2, 3, 4].map((n) => ({
        assignmentId: oldOne.id,
        occurredOn: `2025-0${n}-15`,
        kind: "contribution" as const,
        text: `Novedad antigua ${n}`,
        authorUserId: actors.technical.userId,
      })),
    );
    await db.insert(participationUpdates).values({
      assignmentId: colleagueOne.id,
      occurredOn: "2025-05-01",
      kind: "other",
      text: "Novedad del colega",
    });
  });

  describe("the page's queries", () => {
    it("return only the actor's own active assignments, upcoming delegations and pending commitments", async () => {
      const db = getDb();
      const mine = await myParticipation(ctxFor(db, actors.technical), today);
      expect(mine).not.toBeNull();
      expect(mine!.person).toMatchObject({ id: techPerson, name: "Persona technical" });

      // Assignments: the two active ones (focal point first), not the ended one nor anyone else's.
      expect(mine!.assignments.map((a) => a.id)).toEqual([oldOne.id, newOne.id]);
      const [old, fresh] = mine!.assignments;
      expect(old).toMatchObject({
        network: { id: network.id, name: network.name },
        body: { id: body.id, name: body.name },
        thematicArea: area.name,
        role: "focal_point",
        startsOn: "2025-01-10",
        lastUpdatedAt: null,
        stale: true,
        updateCount: 4,
        canPost: true,
      });
      // The latest three, newest first.
      expect(old!.latestUpdates.map((u) => u.text)).toEqual([
        "Novedad antigua 4",
        "Novedad antigua 3",
        "Novedad antigua 2",
      ]);
      expect(old!.latestUpdates[0]).toMatchObject({ occurredOn: "2025-04-15", kind: "contribution" });
      expect(old!.latestUpdates[0]!.author).toBe(actors.technical.name);
      // Started ten days ago and never updated: not "without news for 90 days" yet.
      expect(fresh).toMatchObject({ body: null, thematicArea: area.name, stale: false, updateCount: 0 });
      expect(fresh!.latestUpdates).toEqual([]);

      // Meetings: the upcoming one they are in; not the past, the cancelled, or someone else's.
      expect(mine!.meetings).toHaveLength(1);
      expect(mine!.meetings[0]).toMatchObject({
        memberId: ownRow.id,
        role: "speaker",
        attendance: "invited",
        meeting: { id: upcoming.id, title: "Reunión próxima (prueba)", status: "confirmed" },
        network: { id: network.id },
        canAnswer: true,
      });

      // Commitments: pending ones they own, overdue first, then by due date, undated last.
      expect(mine!.commitments.map((c) => c.id)).toEqual([overdue.id, dueSoon.id, undated.id]);
      expect(mine!.commitmentTotal).toBe(3);
      expect(mine!.commitments[0]).toMatchObject({ overdue: true, daysLeft: -3, canProgress: true });
      expect(mine!.commitments[1]).toMatchObject({ overdue: false, daysLeft: 10, status: "in_progress" });
      expect(mine!.commitments.map((c) => c.id)).not.toContain(colleagueCommitment.id);
    });

    it("show a head their own person's things only, with read-only meetings and commitments", async () => {
      const db = getDb();
      const mine = await myParticipation(ctxFor(db, actors.head), today);
      expect(mine?.person.id).toBe(actors.head.personId);
      expect(mine).toMatchObject({ assignments: [], meetings: [], commitments: [], commitmentTotal: 0 });
    });

    it("return nothing for an account without a person", async () => {
      const db = getDb();
      const detached = { ...actors.technical, personId: null };
      expect(await myParticipation(ctxFor(db, detached), today)).toBeNull();
    });

    it("open an assignment's log to its person and their head, and refuse anyone else", async () => {
      const db = getDb();
      const own = expectOk(await participationLog(ctxFor(db, actors.technical), oldOne.id, 1, 3));
      expect(own.own).toBe(true);
      expect(own.total).toBe(4);
      expect(own.updates.map((u) => u.text)).toEqual([
        "Novedad antigua 4",
        "Novedad antigua 3",
        "Novedad antigua 2",
      ]);
      const second = expectOk(await participationLog(ctxFor(db, actors.technical), oldOne.id, 2, 3));
      expect(second.updates.map((u) => u.text)).toEqual(["Novedad antigua 1"]);

      // Someone else's: refused for technical staff, the viewer, and a head of another department.
      for (const id of [colleagueOne.id, outsiderOne.id]) {
        expect(await participationLog(ctxFor(db, actors.technical), id)).toMatchObject({ code: "FORBIDDEN" });
      }
      expect(await participationLog(ctxFor(db, actors.viewer), oldOne.id)).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await participationLog(ctxFor(db, actors.head), outsiderOne.id)).toMatchObject({
        code: "FORBIDDEN",
      });
      const headView = expectOk(await participationLog(ctxFor(db, actors.head), colleagueOne.id));
      expect(headView).toMatchObject({
        own: false,
        total: 1,
        assignment: { person: { name: "Bruno Colega" } },
      });
      expect(expectOk(await participationLog(ctxFor(db, actors.coordinator), outsiderOne.id)).total).toBe(0);
      expect(await participationLog(ctxFor(db, actors.technical), UNKNOWN)).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await participationLog(ctxFor(db, actors.technical), "not-a-uuid")).toMatchObject({
        code: "NOT_FOUND",
      });
    });
  });

  describe("a participation update", () => {
    it("is written with its author, stamps last_updated_at in the same transaction, and is audited once with labels", async () => {
      const db = getDb();
      const before = await snapshot(db, newOne.id);
      const result = expectOk(
        await createParticipationUpdate(ctxFor(db, actors.technical), newOne.id, {
          occurredOn: today,
          kind: "meeting_attended",
          text: "  Participé de la reunión virtual de la unidad temática.  ",
        }),
      );
      const after = await snapshot(db, newOne.id);
      expect(after.updates).toBe(before.updates + 1);
      expect(after.audit).toBe(before.audit + 1);

      const [row] = await db
        .select()
        .from(participationUpdates)
        .where(eq(participationUpdates.id, result.id));
      expect(row).toMatchObject({
        assignmentId: newOne.id,
        occurredOn: today,
        kind: "meeting_attended",
        text: "Participé de la reunión virtual de la unidad temática.",
        authorUserId: actors.technical.userId,
      });
      // Stamped with the update's own time; the assignment's editable version is untouched.
      expect(after.assignment!.lastUpdatedAt?.getTime()).toBe(row!.createdAt.getTime());
      expect(result.lastUpdatedAt.getTime()).toBe(row!.createdAt.getTime());
      expect(after.assignment!.version).toBe(before.assignment!.version);

      const events = await auditFor(db, newOne.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: "participation_update.create",
        entityType: "assignment",
        actorUserId: actors.technical.userId,
        before: null,
        metadata: { participationUpdateId: result.id, previousLastUpdatedAt: null },
      });
      expect(events[0]!.after).toEqual({
        person: "Persona technical",
        network: network.name,
        body: null,
        thematicArea: area.name,
        occurredOn: today,
        updateKind: "meeting_attended",
        updateText: "Participé de la reunión virtual de la unidad temática.",
        lastUpdatedAt: row!.createdAt.toISOString(),
      });

      // The assignment's history shows it in words.
      const history = await recordHistory(ctxFor(db, actors.viewer), "assignment", newOne.id);
      expect(history.entries[0]?.actionLabel).toBe("Registró una novedad de participación");
      expect(history.entries[0]?.changes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ label: "Tipo de novedad", after: "Reunión" }),
          expect.objectContaining({
            label: "Novedad",
            after: "Participé de la reunión virtual de la unidad temática.",
          }),
        ]),
      );

      // …and the page shows it first, with the new "last updated".
      const mine = await myParticipation(ctxFor(db, actors.technical), today);
      const shown = mine!.assignments.find((a) => a.id === newOne.id)!;
      expect(shown.updateCount).toBe(1);
      expect(shown.latestUpdates[0]?.id).toBe(result.id);
      expect(shown.lastUpdatedAt?.getTime()).toBe(row!.createdAt.getTime());
    });

    it("clears the 'without news' flag of an old assignment", async () => {
      const db = getDb();
      expectOk(
        await createParticipationUpdate(ctxFor(db, actors.technical), oldOne.id, {
          occurredOn: addDays(today, -2),
          kind: "document",
          text: "Envié el informe de avance.",
        }),
      );
      const mine = await myParticipation(ctxFor(db, actors.technical), today);
      const old = mine!.assignments.find((a) => a.id === oldOne.id)!;
      expect(old.stale).toBe(false);
      expect(old.updateCount).toBe(5);
      expect(old.latestUpdates[0]?.text).toBe("Envié el informe de avance.");
    });

    /** Posts an update as `role` on an assignment it may not write to: refused, and nothing changes. */
    const expectUpdateRefused = async (role: AppRole, assignmentId: string, text: string, kind = "other") => {
      const db = getDb();
      const before = await snapshot(db, assignmentId);
      expect(
        await createParticipationUpdate(ctxFor(db, actors[role]), assignmentId, {
          occurredOn: today,
          kind,
          text,
        }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN", message: "errors.FORBIDDEN" });
      expect(await snapshot(db, assignmentId)).toEqual(before);
    };

    it("is refused on someone else's assignment for technical staff, and changes nothing", async () => {
      const db = getDb();
      for (const id of [colleagueOne.id, outsiderOne.id]) {
        await expectUpdateRefused("technical", id, "Intento en una asignación ajena", "contribution");
      }
      // Even an invalid form gets the refusal, not field errors about someone else's record.
      expect(
        await createParticipationUpdate(ctxFor(db, actors.technical), colleagueOne.id, { text: "" }),
      ).toMatchObject({ code: "FORBIDDEN" });
    });

    it("is allowed to a head on their department's people and refused on another department's", async () => {
      const db = getDb();
      await expectUpdateRefused("head", outsiderOne.id, "Intento de otra dirección");

      const { id } = expectOk(
        await createParticipationUpdate(ctxFor(db, actors.head), colleagueOne.id, {
          occurredOn: today,
          kind: "other",
          text: "Nota de la dirección",
        }),
      );
      const [row] = await db.select().from(participationUpdates).where(eq(participationUpdates.id, id));
      expect(row?.authorUserId).toBe(actors.head.userId);
    });

    it("is refused to viewers, and allowed to coordinators on anyone's", async () => {
      const db = getDb();
      await expectUpdateRefused("viewer", oldOne.id, "No debería");
      expectOk(
        await createParticipationUpdate(ctxFor(db, actors.coordinator), outsiderOne.id, {
          occurredOn: today,
          kind: "contribution",
          text: "Registrado por la coordinación",
        }),
      );
    });

    it("refuses a future date, an empty text, a missing date and an unknown kind, writing nothing", async () => {
      const db = getDb();
      const before = await snapshot(db, newOne.id);
      const ctx = ctxFor(db, actors.technical);
      expect(
        await createParticipationUpdate(ctx, newOne.id, {
          occurredOn: addDays(today, 1),
          kind: "contribution",
          text: "Algo que todavía no pasó",
        }),
      ).toMatchObject({ code: "VALIDATION", fieldErrors: { occurredOn: ["occurredInFuture"] } });
      expect(
        await createParticipationUpdate(ctx, newOne.id, {
          occurredOn: today,
          kind: "contribution",
          text: "   ",
        }),
      ).toMatchObject({ code: "VALIDATION", fieldErrors: { text: ["textRequired"] } });
      const all = await createParticipationUpdate(ctx, newOne.id, { occurredOn: "", kind: "nope", text: "" });
      expect(all).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { occurredOn: ["occurredOnRequired"], kind: ["invalidOption"], text: ["textRequired"] },
      });
      expect(
        await createParticipationUpdate(ctx, newOne.id, {
          occurredOn: "2026-02-30",
          kind: "other",
          text: "Fecha imposible",
        }),
      ).toMatchObject({ code: "VALIDATION", fieldErrors: { occurredOn: ["invalidDate"] } });
      // "Today" is judged on the day given (Buenos Aires' calendar by default).
      expect(
        await createParticipationUpdate(
          ctx,
          newOne.id,
          { occurredOn: today, kind: "other", text: "Fuera de fecha" },
          addDays(today, -1),
        ),
      ).toMatchObject({ code: "VALIDATION", fieldErrors: { occurredOn: ["occurredInFuture"] } });
      expect(await snapshot(db, newOne.id)).toEqual(before);
    });

    it("refuses an ended assignment and an unknown one, writing nothing", async () => {
      const db = getDb();
      const before = await snapshot(db, endedOne.id);
      const input = { occurredOn: today, kind: "other", text: "Después del final" };
      expect(await createParticipationUpdate(ctxFor(db, actors.technical), endedOne.id, input)).toMatchObject(
        {
          code: "VALIDATION",
          fieldErrors: { text: ["assignmentEnded"] },
        },
      );
      expect(await createParticipationUpdate(ctxFor(db, actors.technical), UNKNOWN, input)).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await createParticipationUpdate(ctxFor(db, actors.technical), "x", input)).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await snapshot(db, endedOne.id)).toEqual(before);
    });
  });

  describe("the page's other forms (the meeting log's and the commitments' own commands)", () => {
    it("confirm one's own attendance and refuse answering on someone else's row", async () => {
      const db = getDb();
      const ctx = ctxFor(db, actors.technical);
      expect(
        await setOwnAttendance(ctx, upcoming.id, colleagueRow.id, { attendance: "confirmed", version: 1 }),
      ).toMatchObject({ code: "FORBIDDEN" });
      const [theirs] = await db
        .select()
        .from(delegationMembers)
        .where(eq(delegationMembers.id, colleagueRow.id));
      expect(theirs).toMatchObject({ attendance: "invited", version: 1 });

      expectOk(await setOwnAttendance(ctx, upcoming.id, ownRow.id, { attendance: "confirmed", version: 1 }));
      const mine = await myParticipation(ctx, today);
      expect(mine!.meetings[0]).toMatchObject({ attendance: "confirmed", memberVersion: 2 });
    });

    it("move one's own commitment to done (it leaves the pending list) and refuse someone else's", async () => {
      const db = getDb();
      const ctx = ctxFor(db, actors.technical);
      expect(
        await progressCommitment(ctx, colleagueCommitment.id, { status: "done", notes: "", version: 1 }),
      ).toMatchObject({ code: "FORBIDDEN" });
      const [theirs] = await db.select().from(commitments).where(eq(commitments.id, colleagueCommitment.id));
      expect(theirs).toMatchObject({ status: "open", version: 1 });

      expectOk(await progressCommitment(ctx, overdue.id, { status: "done", notes: "Listo", version: 1 }));
      const mine = await myParticipation(ctx, today);
      expect(mine!.commitments.map((c) => c.id)).toEqual([dueSoon.id, undated.id]);
    });
  });
});
