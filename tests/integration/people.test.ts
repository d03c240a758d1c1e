import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  assignments,
  auditEvents,
  commitments,
  delegationMembers,
  departments,
  meetings,
  networks,
  people,
  seats,
  seatTerms,
  users,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { recordHistory } from "@/lib/history/queries";
import { createPerson, linkPersonUser, updatePerson } from "@/lib/people/commands";
import { parsePersonListParams } from "@/lib/people/list-params";
import {
  commitmentsOf,
  delegationsOf,
  getPerson,
  linkableUsers,
  listPeople,
  seatTermsOf,
} from "@/lib/people/queries";
import { describeDatabases } from "../support/databases";
import { auditFor, countRows, createActors, createThematicArea, ctxFor, expectOk } from "../support/fixtures";
import { insertRow, UNKNOWN } from "../support/rows";

const counts = (db: Db) => countRows(db, { people, audit: auditEvents });

describeDatabases("people", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let cultura: { id: string; name: string };
  let turismo: { id: string; name: string };

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    cultura = await insertRow(db, departments, { name: "Ministerio de Cultura", shortName: "MC" });
    turismo = await insertRow(db, departments, { name: "Ente de Turismo", shortName: "ENTUR" });
  });

  const form = (overrides: Record<string, unknown> = {}) => ({
    fullName: "Gabriel Montes",
    email: "gabriel.montes@prueba.test",
    phone: "+54 11 5555-0114",
    position: "Coordinador de cooperación cultural",
    departmentId: cultura.id,
    notes: "",
    ...overrides,
  });

  describe("create and edit", () => {
    it("a coordinator creates a person: one row and one audit event with the department's name", async () => {
      const db = getDb();
      const before = await counts(db);
      const { id } = expectOk(await createPerson(ctxFor(db, actors.coordinator), form()));
      expect(await counts(db)).toEqual({ people: before.people + 1, audit: before.audit + 1 });
      const [event] = await auditFor(db, id);
      expect(event).toMatchObject({ action: "person.create", entityType: "person" });
      expect(event?.after).toEqual({
        name: "Gabriel Montes",
        email: "gabriel.montes@prueba.test",
        phone: "+54 11 5555-0114",
        position: "Coordinador de cooperación cultural",
        department: "Ministerio de Cultura",
        notes: null,
        user: null,
        version: 1,
      });
    });

    it("validation and a used e-mail (any case) are field errors that write nothing", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const before = await counts(db);
      expect(
        await createPerson(coordinator, {
          fullName: " ",
          email: "no-es-correo",
          phone: "llamame",
          departmentId: "x",
        }),
      ).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: {
          fullName: ["required"],
          email: ["invalidEmail"],
          phone: ["invalidPhone"],
          departmentId: ["unknownDepartment"],
        },
      });
      expect(await createPerson(coordinator, form({ email: "GABRIEL.MONTES@prueba.test" }))).toMatchObject({
        fieldErrors: { email: ["emailTaken"] },
      });
      expect(await createPerson(coordinator, form({ email: "", departmentId: UNKNOWN }))).toMatchObject({
        fieldErrors: { departmentId: ["unknownDepartment"] },
      });
      expect(await counts(db)).toEqual(before);
    });

    it("heads, technical staff and viewers may not create or edit people", async () => {
      const db = getDb();
      const before = await counts(db);
      for (const role of ["head", "technical", "viewer"] as const) {
        expect(await createPerson(ctxFor(db, actors[role]), form({ email: "" }))).toMatchObject({
          code: "FORBIDDEN",
        });
        expect(
          await updatePerson(
            ctxFor(db, actors[role]),
            actors[role].personId!,
            form({ email: "", version: 1 }),
          ),
        ).toMatchObject({ code: "FORBIDDEN" });
      }
      expect(await counts(db)).toEqual(before);
    });

    it("an edit records before → after; a stale version is a conflict that changes nothing", async () => {
      const db = getDb();
      const coordinator = ctxFor(db, actors.coordinator);
      const { id } = expectOk(
        await createPerson(coordinator, form({ fullName: "Camila Rinaldi", email: "" })),
      );
      expect(
        await updatePerson(
          ctxFor(db, actors.admin),
          id,
          form({ fullName: "Camila Rinaldi", email: "", departmentId: turismo.id, version: 1 }),
        ),
      ).toEqual({ ok: true, data: { id, version: 2 } });
      const events = await auditFor(db, id);
      expect(events[1]?.before).toMatchObject({ department: "Ministerio de Cultura" });
      expect(events[1]?.after).toMatchObject({ department: "Ente de Turismo", version: 2 });
      const [row] = await db.select().from(people).where(eq(people.id, id));
      const before = await counts(db);
      expect(
        await updatePerson(coordinator, id, form({ fullName: "Otra", email: "", version: 1 })),
      ).toMatchObject({
        code: "CONFLICT",
      });
      expect(await counts(db)).toEqual(before);
      expect((await db.select().from(people).where(eq(people.id, id)))[0]).toEqual(row);
      const history = await recordHistory(ctxFor(db, actors.viewer), "person", id);
      expect(history.entries.map((e) => e.actionLabel)).toEqual([
        "Modificó los datos de la persona",
        "Creó la persona",
      ]);
      expect(history.entries[0]?.changes).toEqual([
        {
          field: "department",
          label: "Área / repartición",
          before: "Ministerio de Cultura",
          after: "Ente de Turismo",
        },
      ]);
    });
  });

  describe("linking a user account", () => {
    it("only administrators link; an account linked elsewhere is refused; the link is audited", async () => {
      const db = getDb();
      const admin = ctxFor(db, actors.admin);
      const person = await insertRow(db, people, { fullName: "Paula Herrera" });
      const free = await insertRow(db, users, {
        email: "paula@prueba.test",
        name: "Paula Herrera",
        role: "technical",
      });
      // Coordinators may not; nothing changes.
      const before = await counts(db);
      expect(
        await linkPersonUser(ctxFor(db, actors.coordinator), person.id, { userId: free.id, version: 1 }),
      ).toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(linkableUsers(ctxFor(db, actors.coordinator), person.id)).rejects.toThrow("FORBIDDEN");
      expect(await counts(db)).toEqual(before);

      // The picker offers accounts without a person only.
      const options = (await linkableUsers(admin, person.id)).map((u) => u.email);
      expect(options).toContain("paula@prueba.test");
      expect(options).not.toContain(actors.technical.email);

      expect(await linkPersonUser(admin, person.id, { userId: free.id, version: 1 })).toEqual({
        ok: true,
        data: { id: person.id, version: 2, userId: free.id },
      });
      expect((await getPerson(admin, person.id))?.user).toMatchObject({
        id: free.id,
        email: "paula@prueba.test",
      });
      const events = await auditFor(db, person.id);
      expect(events.at(-1)).toMatchObject({
        action: "person.link_user",
        before: { user: null },
        after: { user: "paula@prueba.test" },
      });

      // An account already linked to someone else is refused, and a stale form is a conflict.
      const other = await insertRow(db, people, { fullName: "Otra Persona" });
      const snapshot = await counts(db);
      expect(await linkPersonUser(admin, other.id, { userId: free.id, version: 1 })).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { userId: ["userTaken"] },
      });
      expect(await linkPersonUser(admin, other.id, { userId: UNKNOWN, version: 1 })).toMatchObject({
        fieldErrors: { userId: ["unknownUser"] },
      });
      expect(await linkPersonUser(admin, person.id, { userId: "", version: 1 })).toMatchObject({
        code: "CONFLICT",
      });
      expect(await counts(db)).toEqual(snapshot);
      const [still] = await db.select().from(users).where(eq(users.id, free.id));
      expect(still?.personId).toBe(person.id);

      // Unlinking frees the account.
      expect(await linkPersonUser(admin, person.id, { userId: "", version: 2 })).toMatchObject({ ok: true });
      const [freed] = await db.select().from(users).where(eq(users.id, free.id));
      expect(freed?.personId).toBeNull();
      expect((await auditFor(db, person.id)).at(-1)).toMatchObject({
        before: { user: "paula@prueba.test" },
        after: { user: null },
      });
    });
  });

  describe("the directory and the person's page", () => {
    it("counts each person's quiet assignments and overdue commitments, and sorts by them", async () => {
      const db = getDb();
      const viewer = ctxFor(db, actors.viewer);
      const today = "2026-12-07";
      const dept = await insertRow(db, departments, { name: "Dirección de seguimiento", shortName: "SEG" });
      const area = await createThematicArea(db, "Seguimiento (prueba)");
      const network = await insertRow(db, networks, { name: "Red de seguimiento", kind: "thematic" });
      const mk = (fullName: string) => insertRow(db, people, { fullName, departmentId: dept.id });
      const quiet = await mk("Quieta Dos");
      const late = await mk("Tardío Tres");
      const fine = await mk("Al Día");
      const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
      const assignment = (
        personId: string,
        lastUpdatedAt: Date | null,
        status: "active" | "paused" = "active",
      ) => ({
        personId,
        networkId: network.id,
        thematicAreaId: area.id,
        startsOn: "2025-01-01",
        lastUpdatedAt,
        status,
      });
      await db.insert(assignments).values([
        // Quiet: no update in 200 days, or none ever since a start long ago.
        assignment(quiet.id, daysAgo(200)),
        assignment(quiet.id, null),
        // Not quiet: updated last week; paused ones are not expected to report.
        assignment(quiet.id, daysAgo(7)),
        assignment(fine.id, daysAgo(3)),
        assignment(fine.id, daysAgo(300), "paused"),
      ]);
      const commitment = (
        ownerPersonId: string,
        dueOn: string,
        status: "open" | "in_progress" | "done" = "open",
      ) => ({
        networkId: network.id,
        title: `Compromiso de seguimiento ${dueOn} ${status}`,
        ownerPersonId,
        dueOn,
        status,
        ...(status === "done" ? { completedOn: dueOn } : {}),
      });
      await db.insert(commitments).values([
        // Overdue: due before today (Buenos Aires), still open or in progress.
        commitment(late.id, "2026-12-06"),
        commitment(late.id, "2026-11-01", "in_progress"),
        commitment(late.id, "2026-10-01"),
        commitment(quiet.id, "2026-12-01"),
        // Not overdue: due today, or done.
        commitment(fine.id, today),
        commitment(fine.id, "2026-01-01", "done"),
      ]);

      const list = (params: Record<string, string>) =>
        listPeople(viewer, parsePersonListParams({ department: dept.id, ...params }), today);
      const figures = (rows: { fullName: string; staleAssignments: number; overdueCommitments: number }[]) =>
        rows.map((r) => [r.fullName, r.staleAssignments, r.overdueCommitments]);
      expect(figures((await list({})).rows)).toEqual([
        ["Al Día", 0, 0],
        ["Quieta Dos", 2, 1],
        ["Tardío Tres", 0, 3],
      ]);
      // Server-side sort from the URL; ties by name.
      expect(figures((await list({ sort: "stale", dir: "desc" })).rows).map((r) => r[0])).toEqual([
        "Quieta Dos",
        "Al Día",
        "Tardío Tres",
      ]);
      expect(figures((await list({ sort: "overdue", dir: "desc" })).rows).map((r) => r[0])).toEqual([
        "Tardío Tres",
        "Quieta Dos",
        "Al Día",
      ]);
      expect(figures((await list({ sort: "overdue" })).rows).map((r) => r[0])).toEqual([
        "Al Día",
        "Quieta Dos",
        "Tardío Tres",
      ]);
      // Paged, the order holds across pages.
      const first = await listPeople(
        viewer,
        { ...parsePersonListParams({ department: dept.id, sort: "overdue", dir: "desc" }), size: 2 },
        today,
      );
      expect(first.total).toBe(3);
      expect(first.rows.map((r) => r.fullName)).toEqual(["Tardío Tres", "Quieta Dos"]);
    });

    it("filters by department, assignments and seats, with totals; the page lists seats, assignments, delegations, commitments", async () => {
      const db = getDb();
      const viewer = ctxFor(db, actors.viewer);
      const dept = await insertRow(db, departments, { name: "Dirección de directorio", shortName: "DIR" });
      const area = await createThematicArea(db, "Turismo (prueba)");
      const network = await insertRow(db, networks, { name: "Red de prueba", kind: "thematic" });
      const mk = async (fullName: string, departmentId: string) =>
        await insertRow(db, people, { fullName, departmentId });
      const a = await mk("Ana Asignada", dept.id);
      const b = await mk("Beto Titular", dept.id);
      await mk("Carla Nada", dept.id);
      const d = await mk("Dario Finalizado", dept.id);
      await db.insert(assignments).values([
        {
          personId: a.id,
          networkId: network.id,
          thematicAreaId: area.id,
          startsOn: "2026-01-01",
          status: "active",
        },
        {
          personId: d.id,
          networkId: network.id,
          thematicAreaId: area.id,
          startsOn: "2025-01-01",
          endsOn: "2025-12-31",
          status: "ended",
        },
      ]);
      const seat = await insertRow(db, seats, { networkId: network.id, title: "Vocal", kind: "technical" });
      await db.insert(seatTerms).values([
        { seatId: seat.id, holderPersonId: b.id, startsOn: "2026-01-01", status: "active" },
        {
          seatId: seat.id,
          holderPersonId: d.id,
          startsOn: "2024-01-01",
          endsOn: "2025-12-31",
          status: "ended",
        },
      ]);
      const meeting = await insertRow(db, meetings, {
        networkId: network.id,
        title: "Cumbre de prueba",
        kind: "summit",
        startsAt: new Date("2026-05-01T13:00:00Z"),
        endsAt: new Date("2026-05-01T20:00:00Z"),
      });
      await db
        .insert(delegationMembers)
        .values({ meetingId: meeting.id, personId: b.id, role: "speaker", attendance: "attended" });
      await db.insert(commitments).values([
        {
          networkId: network.id,
          title: "Enviar informe",
          ownerPersonId: b.id,
          dueOn: "2026-01-10",
          status: "open",
        },
        {
          networkId: network.id,
          title: "Informe final",
          ownerPersonId: b.id,
          status: "done",
          completedOn: "2026-02-01",
        },
      ]);

      const list = (params: Record<string, string>) => listPeople(viewer, parsePersonListParams(params));
      expect((await list({ department: dept.id })).rows.map((r) => r.fullName)).toEqual([
        "Ana Asignada",
        "Beto Titular",
        "Carla Nada",
        "Dario Finalizado",
      ]);
      expect((await list({ department: dept.id })).total).toBe(4);
      const assigned = await list({ department: dept.id, assigned: "1" });
      expect(assigned.rows.map((r) => [r.fullName, r.activeAssignments])).toEqual([["Ana Asignada", 1]]);
      expect(assigned.total).toBe(1);
      expect((await list({ department: dept.id, assigned: "0" })).total).toBe(3);
      const holders = await list({ department: dept.id, seat: "1" });
      expect(holders.rows.map((r) => [r.fullName, r.seatsHeld])).toEqual([["Beto Titular", 1]]);
      expect(
        (await list({ department: dept.id, seat: "0", assigned: "0" })).rows.map((r) => r.fullName),
      ).toEqual(["Carla Nada", "Dario Finalizado"]);
      expect((await list({ q: "beto" })).rows.map((r) => r.department?.shortName)).toEqual(["DIR"]);
      const desc = await list({ department: dept.id, sort: "name", dir: "desc", size: "10" });
      expect(desc.rows[0]?.fullName).toBe("Dario Finalizado");
      const everyone = await db.select({ c: count() }).from(people);
      expect((await list({ size: "10", page: "2" })).total).toBe(Number(everyone[0]!.c));

      const terms = await seatTermsOf(viewer, { personId: b.id });
      expect(terms.map((t) => [t.seat.title, t.network.name, t.status])).toEqual([
        ["Vocal", "Red de prueba", "current"],
      ]);
      expect((await seatTermsOf(viewer, { departmentId: dept.id })).map((t) => t.holder.name)).toEqual([
        "Beto Titular",
        "Dario Finalizado",
      ]);
      const delegations = await delegationsOf(viewer, b.id);
      expect(delegations.map((x) => [x.meeting.title, x.role, x.attendance])).toEqual([
        ["Cumbre de prueba", "speaker", "attended"],
      ]);
      const owed = await commitmentsOf(viewer, { personId: b.id }, "2026-11-26");
      expect(owed.map((x) => [x.title, x.status, x.overdue])).toEqual([
        ["Enviar informe", "open", true],
        ["Informe final", "done", false],
      ]);
    });
  });
});
