import { beforeAll, describe, expect, it } from "vitest";
import { bodies, delegationMembers, meetings, networks, networkThematicAreas } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { calendarList, parseCalendarParams, type CalendarFilters } from "@/lib/calendar/list-params";
import { dayInBuenosAires, monthRange, monthWeeks } from "@/lib/calendar/month";
import { shiftMonth } from "@/lib/dates";
import { calendarAgenda, calendarFilterOptions, calendarMonth } from "@/lib/calendar/queries";
import { networkChoice, searchNetworks } from "@/lib/networks/search";
import { describeDatabases } from "../support/databases";
import { createActors, createThematicArea, ctxFor } from "../support/fixtures";

const NO_FILTERS: CalendarFilters = { mine: false };

describe("calendar: URL state and Buenos Aires months", () => {
  it("parses the URL and falls back to defaults on bad values", () => {
    expect(parseCalendarParams({})).toEqual({
      view: "month",
      mine: false,
      page: 1,
      sort: "start",
      dir: "asc",
      size: 25,
    });
    const id = "7f1c7a8e-2f43-4a8b-9d55-0f0c1d2e3f40";
    // Every filter given: each is kept as given (the flag and the page parsed).
    const filters = {
      view: "agenda",
      month: "2026-12",
      network: id,
      networkKind: "global",
      bodyKind: "working_group",
      area: id,
      status: "tentative",
    } as const;
    expect(parseCalendarParams({ ...filters, mine: "1", page: "3" })).toEqual({
      ...filters,
      mine: true,
      page: 3,
      sort: "start",
      dir: "asc",
      size: 25,
    });
    expect(
      parseCalendarParams({
        view: "semana",
        month: "2026-13",
        network: "not-a-uuid",
        networkKind: "galactic",
        bodyKind: "club",
        area: "1",
        status: "lost",
        mine: "0",
        page: "-2",
      }),
    ).toEqual({ view: "month", mine: false, page: 1, sort: "start", dir: "asc", size: 25 });
    expect(parseCalendarParams({ month: ["2027-01", "2027-02"] }).month).toBe("2027-01");
    expect(parseCalendarParams({ month: "12-2026" }).month).toBeUndefined();
    // The old view name still means the month; a reversed range is read the way it was meant.
    expect(parseCalendarParams({ view: "mes" }).view).toBe("month");
    expect(parseCalendarParams({ from: "2026-12-31", to: "2026-12-01" })).toMatchObject({
      from: "2026-12-01",
      to: "2026-12-31",
    });
  });

  it("redirects the Spanish parameter names of before to the current ones, once", () => {
    const id = "7f1c7a8e-2f43-4a8b-9d55-0f0c1d2e3f40";
    expect(
      calendarList.renamedHref("/calendario", {
        vista: "agenda",
        red: id,
        tipoRed: "global",
        tipoOrgano: "council",
        estado: "held",
        mias: "1",
        desde: "2026-01-01",
        hasta: "2026-01-31",
        reparticion: id,
        page: "2",
      }),
    ).toBe(
      `/calendario?view=agenda&network=${id}&networkKind=global&bodyKind=council&status=held&mine=1` +
        `&from=2026-01-01&to=2026-01-31&department=${id}&page=2`,
    );
    expect(calendarList.renamedHref("/calendario", { vista: "mes", mes: "2026-12" })).toBe(
      "/calendario?view=mes&month=2026-12",
    );
    expect(parseCalendarParams({ view: "mes", month: "2026-12" })).toMatchObject({
      view: "month",
      month: "2026-12",
    });
    expect(calendarList.renamedHref("/calendario", { view: "agenda", network: id })).toBeNull();
  });

  it("lays a month out in weeks that start on Monday", () => {
    // 1 December 2026 is a Tuesday; the 31st a Thursday.
    const weeks = monthWeeks("2026-12");
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(weeks[4]).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
    // February 2027 starts on a Monday and fills exactly four weeks.
    expect(monthWeeks("2027-02")).toHaveLength(4);
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2027-01", -1)).toBe("2026-12");
  });

  it("bounds a month by Buenos Aires midnights and places instants on Buenos Aires days", () => {
    const { from, to } = monthRange("2026-12");
    expect(from.toISOString()).toBe("2026-12-01T03:00:00.000Z");
    expect(to.toISOString()).toBe("2027-01-01T03:00:00.000Z");
    expect(dayInBuenosAires(new Date("2026-12-01T01:00:00Z"))).toBe("2026-11-30");
    expect(dayInBuenosAires(new Date("2026-12-01T03:00:00Z"))).toBe("2026-12-01");
  });
});

describeDatabases("calendar: month and agenda queries", (getDb) => {
  let actors: Record<AppRole, Actor>;
  const ids: Record<string, string> = {};
  let regionalId: string;
  let globalId: string;
  let environmentId: string;
  let cultureId: string;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    environmentId = (await createThematicArea(db, "Ambiente (calendario)")).id;
    cultureId = (await createThematicArea(db, "Cultura (calendario)")).id;
    const [regional, global, thematic, archived] = await db
      .insert(networks)
      .values([
        { name: "Red Regional (calendario)", acronym: "RRC", kind: "regional" },
        { name: "Red Global (calendario)", acronym: "RGC", kind: "global" },
        { name: "Red Temática (calendario)", kind: "thematic" },
        {
          name: "Red Archivada (calendario)",
          kind: "thematic",
          archivedAt: new Date("2025-01-01T00:00:00Z"),
        },
      ])
      .returning();
    regionalId = regional!.id;
    globalId = global!.id;
    // A general network lists several areas; its bodies may have one of their own.
    await db.insert(networkThematicAreas).values([
      { networkId: regionalId, thematicAreaId: environmentId },
      { networkId: regionalId, thematicAreaId: cultureId },
      { networkId: globalId, thematicAreaId: cultureId },
    ]);
    const [cultureUnit, council, environmentGroup] = await db
      .insert(bodies)
      .values([
        {
          networkId: regionalId,
          name: "Unidad Temática de Cultura",
          kind: "thematic_unit",
          thematicAreaId: cultureId,
        },
        { networkId: regionalId, name: "Consejo", kind: "council" },
        {
          networkId: globalId,
          name: "Grupo de Ambiente",
          kind: "working_group",
          thematicAreaId: environmentId,
        },
      ])
      .returning();

    const meeting = (
      key: string,
      values: Partial<typeof meetings.$inferInsert> & { networkId: string; startsAt: Date },
    ) => ({
      key,
      row: {
        title: key,
        kind: "other" as const,
        endsAt: new Date(values.startsAt.getTime() + 2 * 3_600_000),
        status: "confirmed" as const,
        ...values,
      },
    });
    const planned = [
      // 22:00 on 30/11 in Buenos Aires, though already December in UTC.
      meeting("Cultura fin de noviembre", {
        networkId: regionalId,
        bodyId: cultureUnit!.id,
        startsAt: new Date("2026-12-01T01:00:00Z"),
      }),
      // Buenos Aires midnight: the first minute of December.
      meeting("Consejo de diciembre", {
        networkId: regionalId,
        bodyId: council!.id,
        status: "tentative",
        startsAt: new Date("2026-12-01T03:00:00Z"),
      }),
      // 10:00 in Madrid (UTC+1 in December) is 06:00 in Buenos Aires.
      meeting("Grupo de Ambiente en Madrid", {
        networkId: globalId,
        bodyId: environmentGroup!.id,
        timeZone: "Europe/Madrid",
        city: "Madrid",
        startsAt: new Date("2026-12-10T09:00:00Z"),
      }),
      // Same instant as the Madrid meeting: ties are ordered by title.
      meeting("Cultura a la misma hora", {
        networkId: regionalId,
        bodyId: cultureUnit!.id,
        timeZone: "America/Montevideo",
        startsAt: new Date("2026-12-10T09:00:00Z"),
      }),
      // 23:30 on 31/12 in Buenos Aires is 02:30 on 1 January in UTC: still December here.
      meeting("Fin de año temático", {
        networkId: thematic!.id,
        status: "cancelled",
        startsAt: new Date("2027-01-01T02:30:00Z"),
      }),
      meeting("Realizada en noviembre", {
        networkId: regionalId,
        status: "held",
        startsAt: new Date("2026-11-15T13:00:00Z"),
      }),
      // 09:00 in Tokyo on 20/01 is 21:00 on 19/01 in Buenos Aires.
      meeting("Cumbre en Tokio", {
        networkId: globalId,
        kind: "summit",
        timeZone: "Asia/Tokyo",
        startsAt: new Date("2027-01-20T00:00:00Z"),
      }),
      meeting("Red archivada", { networkId: archived!.id, startsAt: new Date("2026-12-20T15:00:00Z") }),
    ];
    const inserted = await db
      .insert(meetings)
      .values(planned.map((p) => p.row))
      .returning({ id: meetings.id, title: meetings.title });
    for (const row of inserted) ids[row.title] = row.id;
    await db.insert(delegationMembers).values([
      { meetingId: ids["Consejo de diciembre"]!, personId: actors.technical.personId!, role: "speaker" },
      { meetingId: ids["Grupo de Ambiente en Madrid"]!, personId: actors.technical.personId!, role: "head" },
      { meetingId: ids["Cultura fin de noviembre"]!, personId: actors.coordinator.personId!, role: "head" },
    ]);
  });

  const monthTitles = async (month: string, filters: CalendarFilters, actor: Actor = actors.coordinator) =>
    (await calendarMonth(ctxFor(getDb(), actor), month, filters)).meetings.map((m) => m.title);

  it("a month holds the meetings that start in it in Buenos Aires time, soonest first", async () => {
    const december = await calendarMonth(ctxFor(getDb(), actors.viewer), "2026-12", NO_FILTERS);
    expect(december.total).toBe(5);
    expect([...december.dayTotals]).toEqual([
      ["2026-12-01", 1],
      ["2026-12-10", 2],
      ["2026-12-20", 1],
      ["2026-12-31", 1],
    ]);
    expect(december.meetings.map((m) => [m.title, m.day])).toEqual([
      ["Consejo de diciembre", "2026-12-01"],
      ["Cultura a la misma hora", "2026-12-10"],
      ["Grupo de Ambiente en Madrid", "2026-12-10"],
      ["Red archivada", "2026-12-20"],
      ["Fin de año temático", "2026-12-31"],
    ]);
    // 2026-12-01T01:00Z is 30/11 in Buenos Aires: November's, not December's.
    expect(await monthTitles("2026-11", NO_FILTERS)).toEqual([
      "Realizada en noviembre",
      "Cultura fin de noviembre",
    ]);
    const november = await calendarMonth(ctxFor(getDb(), actors.viewer), "2026-11", NO_FILTERS);
    expect(november.meetings.find((m) => m.title === "Cultura fin de noviembre")?.day).toBe("2026-11-30");
    // The Tokyo meeting of 20/01 starts on 19/01 in Buenos Aires.
    const january = await calendarMonth(ctxFor(getDb(), actors.viewer), "2027-01", NO_FILTERS);
    expect(january.meetings.map((m) => [m.title, m.day])).toEqual([["Cumbre en Tokio", "2027-01-19"]]);
  });

  it("a day lists its first meetings in calendar order and counts the rest", async () => {
    const ctx = ctxFor(getDb(), actors.viewer);
    // One a day: the 10th keeps its first meeting (same hour: by title) and counts both.
    const capped = await calendarMonth(ctx, "2026-12", NO_FILTERS, 1);
    expect(capped.meetings.map((m) => [m.title, m.day])).toEqual([
      ["Consejo de diciembre", "2026-12-01"],
      ["Cultura a la misma hora", "2026-12-10"],
      ["Red archivada", "2026-12-20"],
      ["Fin de año temático", "2026-12-31"],
    ]);
    expect(capped.dayTotals.get("2026-12-10")).toBe(2);
    expect(capped.total).toBe(5);
    // Filters apply before the ranking: the day's first matching meeting is listed.
    const madridOnly = await calendarMonth(ctx, "2026-12", { ...NO_FILTERS, network: globalId }, 1);
    expect(madridOnly.meetings.filter((m) => m.day === "2026-12-10").map((m) => m.title)).toEqual([
      "Grupo de Ambiente en Madrid",
    ]);
    expect(madridOnly.dayTotals.get("2026-12-10")).toBe(1);
  });

  it("keeps each meeting's own zone, network and body for display", async () => {
    const december = await calendarMonth(ctxFor(getDb(), actors.viewer), "2026-12", NO_FILTERS);
    const madrid = december.meetings.find((m) => m.title === "Grupo de Ambiente en Madrid")!;
    expect(madrid).toMatchObject({
      id: ids["Grupo de Ambiente en Madrid"],
      timeZone: "Europe/Madrid",
      status: "confirmed",
      city: "Madrid",
      body: "Grupo de Ambiente",
      network: { id: globalId, name: "Red Global (calendario)", acronym: "RGC" },
    });
    expect(madrid.startsAt.toISOString()).toBe("2026-12-10T09:00:00.000Z");
    const noBody = december.meetings.find((m) => m.title === "Fin de año temático")!;
    expect(noBody.body).toBeNull();
    expect(noBody.status).toBe("cancelled");
    expect(noBody.timeZone).toBe("America/Argentina/Buenos_Aires");
  });

  it("each filter narrows the month", async () => {
    expect(await monthTitles("2026-12", { ...NO_FILTERS, network: globalId })).toEqual([
      "Grupo de Ambiente en Madrid",
    ]);
    expect(await monthTitles("2026-12", { ...NO_FILTERS, networkKind: "regional" })).toEqual([
      "Consejo de diciembre",
      "Cultura a la misma hora",
    ]);
    expect(await monthTitles("2026-12", { ...NO_FILTERS, networkKind: "thematic" })).toEqual([
      "Red archivada",
      "Fin de año temático",
    ]);
    expect(await monthTitles("2026-12", { ...NO_FILTERS, bodyKind: "working_group" })).toEqual([
      "Grupo de Ambiente en Madrid",
    ]);
    expect(await monthTitles("2026-12", { ...NO_FILTERS, bodyKind: "council" })).toEqual([
      "Consejo de diciembre",
    ]);
    expect(await monthTitles("2026-12", { ...NO_FILTERS, status: "tentative" })).toEqual([
      "Consejo de diciembre",
    ]);
    expect(await monthTitles("2026-12", { ...NO_FILTERS, status: "cancelled" })).toEqual([
      "Fin de año temático",
    ]);
    expect(await monthTitles("2026-12", { ...NO_FILTERS, status: "postponed" })).toEqual([]);
    // Filters combine.
    expect(await monthTitles("2026-12", { ...NO_FILTERS, network: regionalId, status: "confirmed" })).toEqual(
      ["Cultura a la misma hora"],
    );
  });

  it("the thematic area is the body's when it has one, else any of the network's", async () => {
    // Environment: the global network's environment group, and the regional network's council
    // (no area of its own; the network lists environment). Not the regional culture unit.
    expect(await monthTitles("2026-12", { ...NO_FILTERS, area: environmentId })).toEqual([
      "Consejo de diciembre",
      "Grupo de Ambiente en Madrid",
    ]);
    expect(await monthTitles("2026-12", { ...NO_FILTERS, area: cultureId })).toEqual([
      "Consejo de diciembre",
      "Cultura a la misma hora",
    ]);
    // The global network lists culture, but its environment group is not culture.
    expect(await monthTitles("2027-01", { ...NO_FILTERS, area: cultureId })).toEqual(["Cumbre en Tokio"]);
    expect(await monthTitles("2027-01", { ...NO_FILTERS, area: environmentId })).toEqual([]);
  });

  it("«solo mías» keeps the meetings whose delegation includes the actor's person", async () => {
    const mine: CalendarFilters = { mine: true };
    expect(await monthTitles("2026-12", mine, actors.technical)).toEqual([
      "Consejo de diciembre",
      "Grupo de Ambiente en Madrid",
    ]);
    expect(await monthTitles("2026-11", mine, actors.technical)).toEqual([]);
    expect(await monthTitles("2026-11", mine, actors.coordinator)).toEqual(["Cultura fin de noviembre"]);
    expect(await monthTitles("2026-12", mine, actors.viewer)).toEqual([]);
    // An account without a person has no meetings of its own.
    expect(await monthTitles("2026-12", mine, { ...actors.admin, personId: null })).toEqual([]);
    // Combined with another filter.
    expect(await monthTitles("2026-12", { mine: true, networkKind: "global" }, actors.technical)).toEqual([
      "Grupo de Ambiente en Madrid",
    ]);
  });

  it("the agenda lists from a Buenos Aires day onward, across months, paginated with a total", async () => {
    const ctx = ctxFor(getDb(), actors.head);
    const all = await calendarAgenda(ctx, "2026-12-01", NO_FILTERS, 1, 50);
    expect(all.from).toBe("2026-12-01");
    expect(all.total).toBe(6);
    expect(all.meetings.map((m) => m.title)).toEqual([
      "Consejo de diciembre",
      "Cultura a la misma hora",
      "Grupo de Ambiente en Madrid",
      "Red archivada",
      "Fin de año temático",
      "Cumbre en Tokio",
    ]);
    const page2 = await calendarAgenda(ctx, "2026-12-01", NO_FILTERS, 2, 4);
    expect(page2.total).toBe(6);
    expect(page2.meetings.map((m) => m.title)).toEqual(["Fin de año temático", "Cumbre en Tokio"]);
    // From 30/11 the 22:00 meeting of that day is included; the 15/11 one is not.
    const fromLateNovember = await calendarAgenda(ctx, "2026-11-30", NO_FILTERS, 1, 2);
    expect(fromLateNovember.total).toBe(7);
    expect(fromLateNovember.meetings.map((m) => m.title)).toEqual([
      "Cultura fin de noviembre",
      "Consejo de diciembre",
    ]);
    const mine = await calendarAgenda(ctxFor(getDb(), actors.technical), "2026-11-01", { mine: true }, 1, 10);
    expect(mine.total).toBe(2);
    expect(mine.meetings.map((m) => m.title)).toEqual([
      "Consejo de diciembre",
      "Grupo de Ambiente en Madrid",
    ]);
    const tokyo = await calendarAgenda(
      ctx,
      "2027-01-01",
      { ...NO_FILTERS, bodyKind: "thematic_unit" },
      1,
      10,
    );
    expect(tokyo.total).toBe(0);
    expect(tokyo.meetings).toEqual([]);
  });

  it("lists the thematic areas; the network filter searches active networks and names a chosen archived one", async () => {
    const ctx = ctxFor(getDb(), actors.technical);
    const options = await calendarFilterOptions(ctx);
    expect(options).toEqual({ areas: expect.any(Array) });
    expect(options.areas.map((a) => a.name)).toEqual(["Ambiente (calendario)", "Cultura (calendario)"]);
    expect((await searchNetworks(ctx, "(calendario)")).map((n) => n.label)).toEqual([
      "Red Global (calendario)",
      "Red Regional (calendario)",
      "Red Temática (calendario)",
    ]);
    const archivedId = (await calendarMonth(ctx, "2026-12", NO_FILTERS)).meetings.find(
      (m) => m.title === "Red archivada",
    )!.network.id;
    expect((await networkChoice(ctx, archivedId))?.label).toBe("Red Archivada (calendario)");
  });
});
