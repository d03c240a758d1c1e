import { beforeAll, expect, it } from "vitest";
import {
  bodies,
  commitments,
  decisions,
  delegationMembers,
  departments,
  meetings,
  networks,
  people,
  seats,
  seatTerms,
} from "@/db/schema";
import type { AppRole, CommitmentStatus, MeetingStatus } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { getBriefing } from "@/lib/briefing/queries";
import { previousMeetingOf } from "@/lib/meetings/previous";
import { ResultError } from "@/lib/result";
import { zonedTimeToInstant } from "@/lib/dates";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor } from "../support/fixtures";

// "Now" for the rule that a confirmed meeting whose date has passed may stand in for a held one.
const NOW = new Date("2026-11-26T15:00:00Z");
const TODAY = "2026-11-26";

describeDatabases("previous meeting of the same body and the briefing pack", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let networkId: string;
  let bodyId: string;
  let otherBodyId: string;
  const ids: Record<string, string> = {};
  const person: Record<string, string> = {};

  async function addMeeting(key: string, body: string | null, date: string, status: MeetingStatus) {
    const [row] = await getDb()
      .insert(meetings)
      .values({
        networkId,
        bodyId: body,
        title: `Consejo ${key}`,
        kind: "council",
        status,
        startsAt: zonedTimeToInstant(date, "10:00", "America/Montevideo"),
        endsAt: zonedTimeToInstant(date, "17:00", "America/Montevideo"),
        timeZone: "America/Montevideo",
        city: "Montevideo",
        country: "Uruguay",
      })
      .returning();
    ids[key] = row!.id;
    return row!.id;
  }

  async function addCommitment(
    meetingKey: string,
    title: string,
    status: CommitmentStatus,
    dueOn: string | null,
  ) {
    await getDb()
      .insert(commitments)
      .values({
        networkId,
        meetingId: ids[meetingKey]!,
        bodyId,
        title,
        ownerPersonId: person.owner!,
        status,
        dueOn,
        completedOn: status === "done" ? "2026-06-01" : null,
      });
  }

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    const [dept] = await db
      .insert(departments)
      .values({ name: `Secretaría de Ambiente ${Math.random()}`, shortName: "SECAMB" })
      .returning();
    const personRows = await db
      .insert(people)
      .values([
        {
          fullName: "Ana Directora",
          email: `ana.${Math.random()}@buenosaires.test`,
          phone: "+54 11 5555-0001",
          position: "Directora General",
          departmentId: dept!.id,
        },
        {
          fullName: "Bruno Técnico",
          email: `bruno.${Math.random()}@buenosaires.test`,
          departmentId: dept!.id,
        },
        { fullName: "Carla Apoyo", phone: "+54 11 5555-0003" },
        { fullName: "Dora Responsable", departmentId: dept!.id },
      ])
      .returning();
    person.head = personRows[0]!.id;
    person.delegate = personRows[1]!.id;
    person.support = personRows[2]!.id;
    person.owner = personRows[3]!.id;

    const [network] = await db
      .insert(networks)
      .values({
        name: `Mercociudades (ficha ${Math.random()})`,
        acronym: "MC",
        kind: "regional",
        headquarters: "Montevideo",
        languages: ["es", "pt"],
        memberSince: "1995-11-10",
      })
      .returning();
    networkId = network!.id;
    const [body, other] = await db
      .insert(bodies)
      .values([
        { networkId, name: "Consejo", kind: "council", cadenceMonths: 6 },
        { networkId, name: "Unidad Temática de Cultura", kind: "thematic_unit" },
      ])
      .returning();
    bodyId = body!.id;
    otherBodyId = other!.id;

    // The Consejo's history. The next meeting (current) is in January 2027.
    await addMeeting("y2024", bodyId, "2024-12-05", "held");
    await addMeeting("y2025", bodyId, "2025-12-04", "held");
    await addMeeting("cancelled", bodyId, "2026-06-10", "cancelled");
    await addMeeting("postponed", bodyId, "2026-07-01", "postponed");
    await addMeeting("unmarked", bodyId, "2026-09-02", "confirmed"); // took place; nobody marked it held
    await addMeeting("otherBody", otherBodyId, "2026-10-01", "held");
    await addMeeting("current", bodyId, "2027-01-18", "confirmed");
    await addMeeting("later", bodyId, "2027-07-15", "tentative");
    await addMeeting("noBody", null, "2027-02-01", "confirmed");

    await db.insert(decisions).values([
      { meetingId: ids.y2025!, position: 2, text: "Aprobar el plan de trabajo 2026." },
      { meetingId: ids.y2025!, position: 1, text: "Elegir a Montevideo como sede del próximo Consejo." },
      { meetingId: ids.y2024!, position: 1, text: "Una decisión de 2024." },
      { meetingId: ids.otherBody!, position: 1, text: "Decisión de otro órgano." },
    ]);
    await addCommitment("y2025", "Enviar el informe de la Ciudad", "open", "2027-01-10");
    await addCommitment("y2025", "Revisar el reglamento", "in_progress", "2026-10-01");
    await addCommitment("y2025", "Propuesta sin fecha", "open", null);
    await addCommitment("y2025", "Pagar la cuota", "done", "2026-05-01");
    await addCommitment("y2025", "Organizar un taller", "dropped", "2026-04-01");
    await addCommitment("y2024", "Compromiso de 2024", "open", "2025-03-01");

    await db.insert(delegationMembers).values([
      { meetingId: ids.current!, personId: person.support!, role: "support", attendance: "confirmed" },
      { meetingId: ids.current!, personId: person.delegate!, role: "delegate", attendance: "invited" },
      { meetingId: ids.current!, personId: person.head!, role: "head", attendance: "confirmed" },
    ]);
    const [seat] = await db
      .insert(seats)
      .values({ networkId, bodyId, title: "Vicepresidencia de Ambiente", kind: "political" })
      .returning();
    await db.insert(seatTerms).values({
      seatId: seat!.id,
      holderPersonId: person.head!,
      startsOn: "2025-12-04",
      endsOn: "2027-12-01",
      status: "active",
    });
  });

  const previous = (key: string, role: AppRole = "viewer") =>
    previousMeetingOf(ctxFor(getDb(), actors[role]), ids[key]!, { now: NOW, today: TODAY });

  it("picks the latest held meeting of the same body, with its decisions and only its open commitments", async () => {
    const result = await previous("current");
    expect(result?.body).toEqual({ id: bodyId, name: "Consejo" });
    const p = result?.previous;
    expect(p?.id).toBe(ids.y2025);
    expect(p).toMatchObject({ title: "Consejo y2025", status: "held", timeZone: "America/Montevideo" });
    expect(p?.startsAt.toISOString()).toBe("2025-12-04T13:00:00.000Z");
    expect(p?.decisions.map((d) => d.text)).toEqual([
      "Elegir a Montevideo como sede del próximo Consejo.",
      "Aprobar el plan de trabajo 2026.",
    ]);
    // Open and in progress only; overdue first (by due date), undated last.
    expect(p?.openCommitments).toEqual([
      expect.objectContaining({
        title: "Revisar el reglamento",
        status: "in_progress",
        dueOn: "2026-10-01",
        overdue: true,
        owner: "Dora Responsable",
      }),
      expect.objectContaining({ title: "Enviar el informe de la Ciudad", status: "open", overdue: false }),
      expect.objectContaining({ title: "Propuesta sin fecha", dueOn: null, overdue: false }),
    ]);
  });

  it("steps back from meeting to meeting, and a later meeting never counts", async () => {
    expect((await previous("y2025"))?.previous?.id).toBe(ids.y2024);
    expect((await previous("y2025"))?.previous?.openCommitments.map((c) => c.title)).toEqual([
      "Compromiso de 2024",
    ]);
    expect(await previous("y2024")).toEqual({ body: { id: bodyId, name: "Consejo" }, previous: null });
    // The tentative July meeting: the held December one, not the cancelled, postponed or
    // unmarked ones of 2026, nor the current (confirmed, future) one.
    expect((await previous("later"))?.previous?.id).toBe(ids.y2025);
  });

  it("without a held meeting before it, a confirmed one whose date has passed stands in", async () => {
    const db = getDb();
    const [body] = await db
      .insert(bodies)
      .values({ networkId, name: "Red Territorial", kind: "working_group" })
      .returning();
    await addMeeting("rtPast", body!.id, "2026-08-10", "confirmed");
    await addMeeting("rtSoon", body!.id, "2026-12-10", "confirmed"); // not yet held
    await addMeeting("rtNext", body!.id, "2027-03-10", "tentative");
    expect((await previous("rtNext"))?.previous?.id).toBe(ids.rtPast);
    expect((await previous("rtPast"))?.previous).toBeNull();
  });

  it("a meeting without a body has no previous meeting; an unknown one is null", async () => {
    expect(await previous("noBody")).toEqual({ body: null, previous: null });
    const ctx = ctxFor(getDb(), actors.viewer);
    expect(await previousMeetingOf(ctx, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await previousMeetingOf(ctx, "not-a-uuid")).toBeNull();
  });

  it("is refused without a session", async () => {
    await expect(
      previousMeetingOf({ db: getDb(), actor: null as unknown as Actor }, ids.current!),
    ).rejects.toBeInstanceOf(ResultError);
  });

  it("the briefing pack gathers the network, seats, delegation with contacts, agenda and previous meeting", async () => {
    const briefing = await getBriefing(ctxFor(getDb(), actors.technical), ids.current!, TODAY);
    expect(briefing).not.toBeNull();
    if (!briefing) return;
    expect(briefing.meeting).toMatchObject({ id: ids.current, title: "Consejo current", body: "Consejo" });
    expect(briefing.network).toMatchObject({ id: networkId, acronym: "MC", headquarters: "Montevideo" });
    expect(briefing.seats).toEqual([
      expect.objectContaining({
        title: "Vicepresidencia de Ambiente",
        holder: "Ana Directora",
        startsOn: "2025-12-04",
        endsOn: "2027-12-01",
        status: "current",
      }),
    ]);
    // Head of delegation first, then by role; contacts and department beside each name.
    expect(briefing.delegation).toEqual([
      expect.objectContaining({
        name: "Ana Directora",
        role: "head",
        position: "Directora General",
        department: "SECAMB",
        phone: "+54 11 5555-0001",
        email: expect.stringMatching(/^ana\./),
      }),
      expect.objectContaining({ name: "Bruno Técnico", role: "delegate", phone: null }),
      expect.objectContaining({ name: "Carla Apoyo", role: "support", email: null, department: null }),
    ]);
    expect(briefing.previous.previous?.id).toBe(ids.y2025);
    expect(briefing.previous.previous?.openCommitments).toHaveLength(3);
    expect(briefing.today).toBe(TODAY);
    expect(
      await getBriefing(ctxFor(getDb(), actors.viewer), "00000000-0000-4000-8000-000000000000"),
    ).toBeNull();
  });
});
