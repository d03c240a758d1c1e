import "server-only";
import { and, gte, sql } from "drizzle-orm";
import { meetings, networks } from "@/db/schema";
import { assertCan } from "../../auth/authorize";
import {
  agendaStart,
  calendarFiltersOf,
  parseCalendarParams,
  type CalendarParams,
} from "../../calendar/list-params";
import { calendarFilters } from "../../calendar/queries";
import { startOfDayInBuenosAires, todayInBuenosAires } from "../../dates";
import { csvDateTime } from "../cells";
import { fromMeetings, meetingSummaryFields } from "../../meetings/joins";
import type { MeetingSummary } from "../../meetings/queries";
import { describeParams } from "../filters";
import { afterCursor, batchOf, keyFields, keyOrder, type SortKey } from "../keyset";
import type { ExportTable } from "../types";

interface MeetingExportRow extends Record<string, unknown>, MeetingSummary {
  network: string;
  networkAcronym: string | null;
  venue: string | null;
}

/** The agenda's order: soonest first, then title and id. */
const KEYS: SortKey[] = [
  { expr: meetings.startsAt, dir: "asc", notNull: true },
  { expr: sql`lower(${meetings.title})`, dir: "asc", notNull: true },
  { expr: meetings.id, dir: "asc", notNull: true },
];

/**
 * The calendar's agenda view (/calendario?view=agenda&…): the meetings that start on or after
 * the agenda's first day (the range's start, or the chosen month's first day, or today), with
 * the same filters, in the same order — every page of it, not just one.
 */
export const meetingsExport: ExportTable<CalendarParams, MeetingExportRow> = {
  name: "reuniones",
  audit: "meetings",
  action: "meeting.read",
  parse: parseCalendarParams,
  columns: [
    { key: "startsAt", type: "datetime", width: 18, value: (r) => r.startsAt },
    { key: "endsAt", type: "datetime", width: 18, value: (r) => r.endsAt },
    {
      key: "localStart",
      type: "text",
      width: 18,
      value: (r) => csvDateTime(r.startsAt, r.timeZone),
    },
    { key: "timeZone", type: "text", width: 32, value: (r) => r.timeZone },
    { key: "title", type: "text", width: 48, value: (r) => r.title },
    { key: "kind", type: "text", width: 16, enumName: "meetingKind", value: (r) => r.kind },
    { key: "status", type: "text", width: 14, enumName: "meetingStatus", value: (r) => r.status },
    { key: "mode", type: "text", width: 12, enumName: "meetingMode", value: (r) => r.mode },
    { key: "network", type: "text", width: 36, value: (r) => r.network },
    { key: "acronym", type: "text", width: 12, value: (r) => r.networkAcronym },
    { key: "body", type: "text", width: 32, value: (r) => r.body },
    { key: "city", type: "text", width: 20, value: (r) => r.city },
    { key: "country", type: "text", width: 16, value: (r) => r.country },
    { key: "venue", type: "text", width: 28, value: (r) => r.venue },
    // Last, so files made before it keep their columns: an import matches the meeting by it.
    { key: "id", type: "text", width: 38, value: (r) => r.id },
  ],
  async batch(ctx, params, after, limit) {
    assertCan(ctx.actor, "meeting.read");
    const from = startOfDayInBuenosAires(agendaStart(params, todayInBuenosAires()));
    const rows = await fromMeetings(ctx.db, {
      ...meetingSummaryFields,
      network: networks.name,
      networkAcronym: networks.acronym,
      venue: meetings.venue,
      ...keyFields(KEYS),
    })
      .where(
        and(
          gte(meetings.startsAt, from),
          ...calendarFilters(ctx.db, ctx.actor, calendarFiltersOf(params)),
          after ? afterCursor(KEYS, after) : undefined,
        ),
      )
      .orderBy(...keyOrder(KEYS))
      .limit(limit + 1);
    return batchOf(rows as MeetingExportRow[], limit, KEYS);
  },
  describeFilters: (ctx, params) => {
    const { view: _view, sort: _sort, dir: _dir, ...rest } = params;
    return describeParams(
      ctx,
      { ...rest, from: agendaStart(params, todayInBuenosAires()) },
      { network: "network", area: "area", department: "department" },
    );
  },
};
