import { eq } from "drizzle-orm";
import { describe, expect, it, beforeAll } from "vitest";
import type { Db } from "@/db/client";
import {
  assignments,
  bodies,
  commitments,
  delegationMembers,
  departments,
  meetings,
  networks,
  people,
  seats,
  seatTerms,
  thematicAreas,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import { parseAssignmentListParams } from "@/lib/assignments/list-params";
import { listAssignments } from "@/lib/assignments/queries";
import type { Actor } from "@/lib/auth/actor";
import { agendaStart, calendarFiltersOf, parseCalendarParams } from "@/lib/calendar/list-params";
import { calendarAgenda } from "@/lib/calendar/queries";
import { parseCommitmentListParams } from "@/lib/commitments/list-params";
import { listCommitments } from "@/lib/commitments/queries";
import type { Ctx } from "@/lib/context";
import { addDays } from "@/lib/dates";
import { parseNetworkListParams } from "@/lib/networks/list-params";
import { listNetworks } from "@/lib/networks/queries";
import { hrefs } from "@/lib/panel/figures";
import { panelState, parsePanelParams } from "@/lib/panel/params";
import { currentQuarter, periodInstants, resolvePeriod } from "@/lib/panel/period";
import { panelCharts, panelCoverage, panelKpis, panelLists } from "@/lib/panel/queries";
import { meetingsToClose } from "@/lib/panel/to-close";
import { assertPanelScope, panelScope, resolvePanel, type PanelView } from "@/lib/panel/scope";
import { parsePersonListParams } from "@/lib/people/list-params";
import { listPeople } from "@/lib/people/queries";
import { ResultError } from "@/lib/result";
import { parseSeatListParams } from "@/lib/seats/list-params";
import { listSeats } from "@/lib/seats/queries";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor } from "../support/fixtures";

/** The day the fixture is judged on (figures that read today take it from the view). */
const TODAY = "2026-11-26";
const utc = (iso: string) => new Date(iso);

describe("panel: URL state and periods on Buenos Aires' calendar", () => {
  it("parses the URL and falls back to defaults", () => {
    expect(parsePanelParams({})).toEqual({ period: "trimestre" });
    const id = "7f1c7a8e-2f43-4a8b-9d55-0f0c1d2e3f40";
    expect(
      parsePanelParams({ department: id, period: "personalizado", from: "2026-01-01", to: "2026-03-31" }),
    ).toEqual({ department: id, period: "personalizado", from: "2026-01-01", to: "2026-03-31" });
    expect(parsePanelParams({ department: "todas" }).department).toBe("todas");
    expect(parsePanelParams({ department: "x", period: "siglo", from: "2026-02-30", to: "" })).toEqual({
      period: "trimestre",
    });
  });

  it("redirects the Spanish parameter names of before once to the current ones", () => {
    const id = "7f1c7a8e-2f43-4a8b-9d55-0f0c1d2e3f40";
    expect(
      panelState.renamedHref("/", {
        area: id,
        periodo: "personalizado",
        desde: "2026-01-01",
        hasta: "2026-03-31",
      }),
    ).toBe(`/?department=${id}&period=personalizado&from=2026-01-01&to=2026-03-31`);
    expect(panelState.renamedHref("/", { department: "todas", period: "anio" })).toBeNull();
  });

  it("resolves this quarter, this year and custom days", () => {
    expect(currentQuarter("2026-11-26")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(currentQuarter("2026-01-01")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(currentQuarter("2026-06-30")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    const quarter = resolvePeriod({ period: "trimestre" }, TODAY);
    expect(quarter).toMatchObject({ kind: "trimestre", from: "2026-10-01", to: "2026-12-31" });
    expect(quarter.months).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(resolvePeriod({ period: "anio" }, TODAY)).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
    expect(
      resolvePeriod({ period: "personalizado", from: "2026-12-10", to: "2026-11-02" }, TODAY),
    ).toMatchObject({
      kind: "personalizado",
      from: "2026-11-02",
      to: "2026-12-10",
      months: ["2026-11", "2026-12"],
    });
    // Incomplete: this quarter, and the page says why.
    expect(resolvePeriod({ period: "personalizado", from: "2026-01-01" }, TODAY)).toMatchObject({
      kind: "trimestre",
      from: "2026-10-01",
      notice: "incomplete",
    });
    // Longer than three years: cut to three years.
    expect(
      resolvePeriod({ period: "personalizado", from: "2020-01-01", to: "2026-12-31" }, TODAY),
    ).toMatchObject({ from: "2020-01-01", to: "2022-12-31", notice: "tooLong" });
    expect(resolvePeriod({ period: "personalizado", from: "2024-02-29", to: "2030-01-01" }, TODAY).to).toBe(
      "2027-02-28",
    );
  });

  it("bounds a period by Buenos Aires midnights", () => {
    const { from, to } = periodInstants({ from: "2026-10-01", to: "2026-12-31" });
    expect(from.toISOString()).toBe("2026-10-01T03:00:00.000Z");
    expect(to.toISOString()).toBe("2027-01-01T03:00:00.000Z");
  });
});

interface Fixture {
  actors: Record<AppRole, Actor>;
  deptA: string;
  deptB: string;
  areas: { x: string; y: string; z: string };
}

async function seed(db: Db): Promise<Fixture> {
  const actors = await createActors(db);
  const deptA = actors.head.departmentId!;
  const [b] = await db.insert(departments).values({ name: "Ministerio B", shortName: "MB" }).returning();
  const deptB = b!.id;
  const person = async (name: string, departmentId: string | null) =>
    (await db.insert(people).values({ fullName: name, departmentId }).returning())[0]!.id;
  const pA1 = await person("Ana A", deptA);
  const pA2 = await person("Beto A", deptA);
  const pB1 = await person("Carla B", deptB);
  const pNone = await person("Dora sin área", null);

  const network = async (name: string, kind: "regional" | "global" | "thematic", archived = false) =>
    (
      await db
        .insert(networks)
        .values({ name, kind, ...(archived ? { archivedAt: new Date() } : {}) })
        .returning()
    )[0]!.id;
  const n1 = await network("Red Regional", "regional");
  const n2 = await network("Red Global", "global");
  const n3 = await network("Red Temática", "thematic");
  await network("Red Archivada", "regional", true);

  const [ax, ay, az] = await db
    .insert(thematicAreas)
    .values([{ name: "Área X" }, { name: "Área Y" }, { name: "Área Z" }])
    .returning();
  const areas = { x: ax!.id, y: ay!.id, z: az!.id };
  const [bodyY] = await db
    .insert(bodies)
    .values({ networkId: n2, name: "Grupo Y", kind: "working_group", thematicAreaId: areas.y })
    .returning();

  // Seats: two held now (one past its end), one ended, one archived.
  const seat = async (
    networkId: string,
    title: string,
    kind: "political" | "executive" | "technical",
    archived = false,
  ) =>
    (
      await db
        .insert(seats)
        .values({ networkId, title, kind, ...(archived ? { archivedAt: new Date() } : {}) })
        .returning()
    )[0]!.id;
  const s1 = await seat(n1, "Presidencia", "political");
  const s2 = await seat(n2, "Vicepresidencia", "executive");
  const s3 = await seat(n1, "Coordinación técnica", "technical");
  const s4 = await seat(n3, "Vocalía archivada", "political", true);
  await db.insert(seatTerms).values([
    { seatId: s1, holderPersonId: pA1, startsOn: "2025-01-01", endsOn: addDays(TODAY, 30), status: "active" },
    { seatId: s2, holderPersonId: pB1, startsOn: "2025-01-01", endsOn: addDays(TODAY, -5), status: "active" },
    { seatId: s3, holderPersonId: pA2, startsOn: "2024-01-01", endsOn: "2025-01-01", status: "ended" },
    { seatId: s4, holderPersonId: pA1, startsOn: "2025-01-01", endsOn: addDays(TODAY, 10), status: "active" },
  ]);

  // Meetings around the quarter's edges, in Buenos Aires time (UTC−3).
  const meeting = async (
    title: string,
    startsAt: string,
    status: "tentative" | "confirmed" | "held" | "cancelled",
    networkId = n1,
  ) =>
    (
      await db
        .insert(meetings)
        .values({ networkId, title, kind: "council", startsAt: utc(startsAt), endsAt: utc(startsAt), status })
        .returning()
    )[0]!.id;
  // 1 October 00:00 in Buenos Aires: the quarter's first minute.
  const m1 = await meeting("Apertura del trimestre", "2026-10-01T03:00:00Z", "held");
  // 30 September 23:59 in Buenos Aires (already 1 October in UTC): not in the quarter.
  const m2 = await meeting("Cierre de septiembre", "2026-10-01T02:59:00Z", "held", n2);
  await meeting("Cancelada", "2026-11-10T15:00:00Z", "cancelled");
  // 31 December 23:30 in Buenos Aires (1 January in UTC): still this quarter and this year.
  await meeting("Fin de año", "2027-01-01T02:30:00Z", "confirmed", n3);
  await meeting("Tentativa pasada", "2026-11-20T15:00:00Z", "tentative");
  // 1 January 00:30 in Buenos Aires: next quarter.
  await meeting("Año nuevo", "2027-01-01T03:30:00Z", "confirmed");
  const m7 = await meeting("Consejo de noviembre", "2026-11-05T15:00:00Z", "held", n2);
  await db.insert(delegationMembers).values([
    { meetingId: m1, personId: pA1, attendance: "attended" },
    { meetingId: m1, personId: pA2, attendance: "absent" },
    { meetingId: m1, personId: pB1, attendance: "attended" },
    { meetingId: m2, personId: pA1, attendance: "attended" },
    { meetingId: m7, personId: pB1, attendance: "absent" },
    { meetingId: m7, personId: pA1, attendance: "invited" },
    { meetingId: m7, personId: pA2, attendance: "attended" },
  ]);

  await db.insert(commitments).values([
    { networkId: n1, title: "C1 vencido A", ownerPersonId: pA1, departmentId: deptA, dueOn: "2026-11-01" },
    {
      networkId: n1,
      title: "C2 en curso A",
      ownerPersonId: pA1,
      departmentId: deptA,
      dueOn: "2026-12-15",
      status: "in_progress",
    },
    { networkId: n2, title: "C3 vencido B", ownerPersonId: pB1, departmentId: deptB, dueOn: "2026-11-20" },
    {
      networkId: n2,
      title: "C4 cumplido A",
      ownerPersonId: pA2,
      departmentId: deptA,
      dueOn: "2026-10-01",
      status: "done",
      completedOn: "2026-10-02",
    },
    { networkId: n3, title: "C5 descartado", ownerPersonId: pNone, status: "dropped" },
    { networkId: n3, title: "C6 sin fecha A", ownerPersonId: pA2, departmentId: deptA },
  ]);

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  await db.insert(assignments).values([
    {
      personId: pA1,
      networkId: n1,
      thematicAreaId: areas.x,
      startsOn: "2025-01-01",
      lastUpdatedAt: daysAgo(3),
    },
    { personId: pA2, networkId: n2, bodyId: bodyY!.id, startsOn: "2025-01-01" },
    {
      personId: pB1,
      networkId: n1,
      thematicAreaId: areas.x,
      startsOn: "2025-01-01",
      lastUpdatedAt: daysAgo(100),
    },
    {
      personId: pA1,
      networkId: n3,
      thematicAreaId: areas.z,
      startsOn: "2024-01-01",
      status: "ended",
      endsOn: "2025-01-01",
    },
    { personId: pA1, networkId: n3, thematicAreaId: areas.z, startsOn: "2025-01-01", status: "paused" },
  ]);
  return { actors, deptA, deptB, areas };
}

/** The total of the list a figure's link opens, read through that list's own query. */
async function listTotal(ctx: Ctx, href: string): Promise<number> {
  const url = new URL(href, "http://redes.test");
  const query: Record<string, string> = Object.fromEntries(url.searchParams);
  switch (url.pathname) {
    case "/redes":
      return (await listNetworks(ctx, parseNetworkListParams(query))).total;
    case "/cargos":
      return (await listSeats(ctx, parseSeatListParams(query), TODAY)).total;
    case "/calendario": {
      const params = parseCalendarParams(query);
      expect(params.view).toBe("agenda");
      return (await calendarAgenda(ctx, agendaStart(params, TODAY), calendarFiltersOf(params), 1)).total;
    }
    case "/compromisos":
      return (await listCommitments(ctx, parseCommitmentListParams(query), TODAY)).total;
    case "/personas":
      return (await listPeople(ctx, parsePersonListParams(query))).total;
    case "/asignaciones":
      return (await listAssignments(ctx, parseAssignmentListParams(query))).total;
    default:
      throw new Error(`no list for ${href}`);
  }
}

describeDatabases("panel", (getDb) => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await seed(getDb());
  });
  const view = (actor: Actor, params: Record<string, string> = {}) =>
    resolvePanel(ctxFor(getDb(), actor), parsePanelParams(params), TODAY);

  it("lists the meetings to close in the panel's scope: started and not held, or held without minutes", async () => {
    const ctx = ctxFor(getDb(), fx.actors.coordinator);
    const titles = (r: { meetings: { title: string }[] }) => r.meetings.map((m) => m.title);
    // 10 December: every meeting of November and October has started; 2027's have not.
    const now = new Date("2026-12-10T12:00:00Z");
    const city = await meetingsToClose(ctx, await view(fx.actors.coordinator), now);
    // Latest first; the cancelled one is closed, the meetings of 2027 have not started.
    expect(titles(city)).toEqual([
      "Tentativa pasada",
      "Consejo de noviembre",
      "Apertura del trimestre",
      "Cierre de septiembre",
    ]);
    expect(city.total).toBe(4);
    expect(city.meetings.map((m) => m.missingMinutes)).toEqual([false, true, true, true]);
    // A department's: those with someone of it in the delegation, like the other cards.
    const a = await meetingsToClose(ctx, await view(fx.actors.coordinator, { department: fx.deptA }), now);
    expect(titles(a)).toEqual(["Consejo de noviembre", "Apertura del trimestre", "Cierre de septiembre"]);
    const b = await meetingsToClose(ctx, await view(fx.actors.coordinator, { department: fx.deptB }), now);
    expect(titles(b)).toEqual(["Consejo de noviembre", "Apertura del trimestre"]);
    // A head (of A) sees their own department's, whatever the URL asks for.
    const headView = await view(fx.actors.head, { department: fx.deptB });
    const head = await meetingsToClose(ctxFor(getDb(), fx.actors.head), headView, now);
    expect(titles(head)).toEqual(titles(a));
    // Before a meeting starts it is not there; a page of one still counts them all.
    const early = await meetingsToClose(
      ctx,
      await view(fx.actors.coordinator),
      new Date("2026-11-15T12:00:00Z"),
    );
    expect(titles(early)).not.toContain("Tentativa pasada");
    expect(early.total).toBe(3);
    const one = await meetingsToClose(ctx, await view(fx.actors.coordinator), now, 1);
    expect(one).toMatchObject({ total: 4, meetings: [{ title: "Tentativa pasada" }] });

    // Held with minutes: closed, off the list.
    const db = getDb();
    const [held] = await db.select().from(meetings).where(eq(meetings.title, "Cierre de septiembre"));
    await db.update(meetings).set({ minutes: "<p>Acta</p>" }).where(eq(meetings.id, held!.id));
    try {
      const after = await meetingsToClose(ctx, await view(fx.actors.coordinator), now);
      expect(titles(after)).not.toContain("Cierre de septiembre");
      expect(after.total).toBe(3);
    } finally {
      await db.update(meetings).set({ minutes: null }).where(eq(meetings.id, held!.id));
    }
  });

  it("counts each figure of the whole city as its definition says", async () => {
    const ctx = ctxFor(getDb(), fx.actors.coordinator);
    const v = await view(fx.actors.coordinator);
    expect(v.departmentId).toBeNull();
    const kpis = await panelKpis(ctx, v);
    expect(kpis.networks).toEqual({ regional: 1, global: 1, thematic: 1 });
    // Vicepresidencia's term ended five days ago: not held today (its renewal is overdue).
    expect(kpis.seats).toEqual({ political: 1, executive: 0, technical: 0 });
    // Held: 1 October 00:00 and 5 November (not 30 September 23:59 BA); upcoming: 31 December 23:30 BA.
    expect(kpis.meetings).toEqual({ held: 2, upcoming: 1, cancelled: 1 });
    // m1: 2 attended + 1 absent; m7: 1 attended + 1 absent (the invited one does not count).
    expect(kpis.attendance).toEqual({ attended: 3, absent: 2, rate: 0.6, meetings: 2 });
    expect(kpis.commitments).toEqual({ pending: 4, overdue: 2 });
    expect(kpis.staff).toEqual({ people: 3, stale: 2 });
  });

  it("restricts the department-dependent figures to the department chosen", async () => {
    const ctx = ctxFor(getDb(), fx.actors.viewer);
    const a = await view(fx.actors.viewer, { department: fx.deptA });
    expect(a.department?.id).toBe(fx.deptA);
    const kpis = await panelKpis(ctx, a);
    expect(kpis.networks).toEqual({ regional: 1, global: 1, thematic: 1 });
    expect(kpis.seats).toEqual({ political: 1, executive: 0, technical: 0 });
    // The department's meetings: someone of it in the delegation (m1, m7), as the other cards
    // count its people; the cancelled and the upcoming meetings have no delegation of A.
    expect(kpis.meetings).toEqual({ held: 2, upcoming: 0, cancelled: 0 });
    expect(kpis.attendance).toEqual({ attended: 2, absent: 1, rate: 2 / 3, meetings: 2 });
    expect(kpis.commitments).toEqual({ pending: 3, overdue: 1 });
    expect(kpis.staff).toEqual({ people: 2, stale: 1 });

    const b = await panelKpis(ctx, await view(fx.actors.viewer, { department: fx.deptB }));
    expect(b.seats).toEqual({ political: 0, executive: 0, technical: 0 });
    expect(b.meetings).toEqual({ held: 2, upcoming: 0, cancelled: 0 });
    expect(b.attendance).toEqual({ attended: 1, absent: 1, rate: 0.5, meetings: 2 });
    expect(b.commitments).toEqual({ pending: 1, overdue: 1 });
    expect(b.staff).toEqual({ people: 1, stale: 1 });

    expect((await panelCoverage(ctx, await view(fx.actors.viewer))).uncovered.map((u) => u.name)).toEqual([
      "Área Z",
    ]);
    expect((await panelCoverage(ctx, a)).uncovered.map((u) => u.name)).toEqual(["Área Z"]);
    const coverageB = await panelCoverage(ctx, await view(fx.actors.viewer, { department: fx.deptB }));
    expect(coverageB).toEqual({
      areas: 3,
      uncovered: [
        { id: fx.areas.y, name: "Área Y" },
        { id: fx.areas.z, name: "Área Z" },
      ],
    });
  });

  it("follows the period: this year takes in 30 September; a custom day range its own meetings", async () => {
    const ctx = ctxFor(getDb(), fx.actors.admin);
    const year = await panelKpis(ctx, await view(fx.actors.admin, { period: "anio" }));
    expect(year.meetings).toEqual({ held: 3, upcoming: 1, cancelled: 1 });
    expect(year.attendance).toMatchObject({ attended: 4, absent: 2, meetings: 3 });
    const sept = await view(fx.actors.admin, {
      period: "personalizado",
      from: "2026-09-30",
      to: "2026-09-30",
    });
    const kpis = await panelKpis(ctx, sept);
    // The period is over: nothing upcoming, and no link for it.
    expect(kpis.meetings).toEqual({ held: 1, upcoming: 0, cancelled: 0 });
    expect(hrefs.upcoming(sept)).toBeNull();
  });

  it("charts meetings by month and kind, participation by department and commitments by status", async () => {
    const ctx = ctxFor(getDb(), fx.actors.coordinator);
    const charts = await panelCharts(ctx, await view(fx.actors.coordinator));
    expect(charts.meetingsByMonth).toEqual([
      { month: "2026-10", counts: { regional: 1, global: 0, thematic: 0 } },
      // The tentative one of 20 November counts (not cancelled); the cancelled one does not.
      { month: "2026-11", counts: { regional: 1, global: 1, thematic: 0 } },
      { month: "2026-12", counts: { regional: 0, global: 0, thematic: 1 } },
    ]);
    const byName = Object.fromEntries(
      charts.participation.map((p) => [
        p.department.id,
        { meetings: p.meetings, assignments: p.assignments },
      ]),
    );
    expect(byName[fx.deptA]).toEqual({ meetings: 2, assignments: 2 });
    expect(byName[fx.deptB]).toEqual({ meetings: 2, assignments: 1 });
    expect(charts.commitmentsByStatus).toEqual({ open: 3, in_progress: 1, done: 1, dropped: 1 });
    const a = await panelCharts(ctx, await view(fx.actors.coordinator, { department: fx.deptA }));
    expect(a.commitmentsByStatus).toEqual({ open: 2, in_progress: 1, done: 1, dropped: 0 });
  });

  it("shows every figure's number in the list its link opens", async () => {
    const views: Record<string, string>[] = [
      {},
      { department: fx.deptA },
      { department: fx.deptB },
      { period: "anio" },
    ];
    for (const params of views) {
      const ctx = ctxFor(getDb(), fx.actors.admin);
      const v = await view(fx.actors.admin, params);
      const kpis = await panelKpis(ctx, v);
      const lists = await panelLists(ctx, v);
      const charts = await panelCharts(ctx, v);
      const figures: [string, number, string | null][] = [
        ...(["regional", "global", "thematic"] as const).map(
          (k) => [`networks.${k}`, kpis.networks[k], hrefs.networks(k)] as [string, number, string],
        ),
        ...(["political", "executive", "technical"] as const).map(
          (k) => [`seats.${k}`, kpis.seats[k], hrefs.seats(v, k)] as [string, number, string],
        ),
        ["meetings.held", kpis.meetings.held, hrefs.meetings(v, "held")],
        ["meetings.cancelled", kpis.meetings.cancelled, hrefs.meetings(v, "cancelled")],
        ["meetings.upcoming", kpis.meetings.upcoming, hrefs.upcoming(v)],
        ["attendance.meetings", kpis.attendance.meetings, hrefs.attendance(v)],
        ["commitments.pending", kpis.commitments.pending, hrefs.commitments(v, { status: "pending" })],
        ["commitments.overdue", kpis.commitments.overdue, hrefs.commitments(v, { overdue: true })],
        ["staff.people", kpis.staff.people, hrefs.staff(v)],
        ["staff.stale", kpis.staff.stale, hrefs.staleAssignments(v)],
        ["list.upcoming", lists.upcoming.total, hrefs.upcomingList(v.today)],
        ["list.ending", lists.ending.total, hrefs.endingTerms(v)],
        ["list.overdue", lists.overdue.total, hrefs.overdueList(v)],
        ...charts.meetingsByMonth.flatMap((m) =>
          (["regional", "global", "thematic"] as const).map(
            (k) =>
              [`month.${m.month}.${k}`, m.counts[k], hrefs.monthKind(v, m.month, k)] as [
                string,
                number,
                string,
              ],
          ),
        ),
        ...charts.participation.flatMap(
          (p) =>
            [
              [
                `participation.meetings.${p.department.name}`,
                p.meetings,
                hrefs.departmentMeetings(v, p.department.id),
              ],
              [
                `participation.assignments.${p.department.name}`,
                p.assignments,
                hrefs.activeAssignments(p.department.id),
              ],
            ] as [string, number, string][],
        ),
        ...(["open", "in_progress", "done", "dropped"] as const).map(
          (s) =>
            [`commitments.${s}`, charts.commitmentsByStatus[s], hrefs.commitments(v, { status: s })] as [
              string,
              number,
              string,
            ],
        ),
      ];
      for (const [name, value, href] of figures) {
        expect(href, name).not.toBeNull();
        expect({ name, total: await listTotal(ctx, href!) }).toEqual({ name, total: value });
      }
      const coverage = await panelCoverage(ctx, v);
      for (const area of coverage.uncovered) {
        expect(await listTotal(ctx, hrefs.areaAssignments(v, area.id))).toBe(0);
      }
    }
  });

  it("clamps a head to their own department, and refuses a view built by hand", async () => {
    const head = fx.actors.head;
    expect(panelScope(head, undefined)).toEqual({ departmentId: fx.deptA, clamped: false, canChoose: false });
    expect(panelScope(head, fx.deptA)).toEqual({ departmentId: fx.deptA, clamped: false, canChoose: false });
    expect(panelScope(head, fx.deptB)).toEqual({ departmentId: fx.deptA, clamped: true, canChoose: false });
    expect(panelScope(head, "todas")).toEqual({ departmentId: fx.deptA, clamped: true, canChoose: false });
    const clamped = await view(head, { department: fx.deptB });
    expect(clamped).toMatchObject({ departmentId: fx.deptA, clamped: true, department: { id: fx.deptA } });
    const ctx = ctxFor(getDb(), head);
    // The figures are those of the head's department, whatever the URL said.
    expect((await panelKpis(ctx, clamped)).commitments).toEqual({ pending: 3, overdue: 1 });

    const forged: PanelView = { ...clamped, departmentId: fx.deptB, department: { id: fx.deptB, name: "B" } };
    await expect(panelKpis(ctx, forged)).rejects.toBeInstanceOf(ResultError);
    await expect(panelLists(ctx, forged)).rejects.toBeInstanceOf(ResultError);
    await expect(panelCharts(ctx, forged)).rejects.toBeInstanceOf(ResultError);
    await expect(panelCoverage(ctx, forged)).rejects.toBeInstanceOf(ResultError);
    expect(() => assertPanelScope(head, { departmentId: null })).toThrow(ResultError);
    expect(() => assertPanelScope(head, { departmentId: fx.deptA })).not.toThrow();

    // A head without a department has no panel figures.
    const lost: Actor = { ...head, departmentId: null };
    expect(() => panelScope(lost, undefined)).toThrow(ResultError);

    // Everyone else may choose: a department, or the whole city.
    for (const role of ["admin", "coordinator", "technical", "viewer"] as const) {
      expect(panelScope(fx.actors[role], fx.deptB)).toEqual({
        departmentId: fx.deptB,
        clamped: false,
        canChoose: true,
      });
      expect(panelScope(fx.actors[role], "todas").departmentId).toBeNull();
      expect(panelScope(fx.actors[role], undefined).departmentId).toBeNull();
    }
  });

  it("shows the whole city when the department asked for does not exist", async () => {
    const v = await view(fx.actors.viewer, { department: "00000000-0000-4000-8000-000000000000" });
    expect(v).toMatchObject({ departmentId: null, department: null, unknownDepartment: true });
  });
});
