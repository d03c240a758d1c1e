import { z } from "zod";
import { BODY_KINDS, MEETING_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import { defineList, param } from "../list-params";
import { firstDayOf, monthOf } from "../dates";
import { MONTH_PATTERN } from "./month";

/** The calendar's two views: a month grid, or an agenda (a paginated list grouped by day). */
export const CALENDAR_VIEWS = ["month", "agenda"] as const;

/** Meetings per agenda page. */
export const AGENDA_PAGE_SIZE = 25;

/**
 * The status filter: one status, or a group — "scheduled" = tentative or confirmed (what is
 * still to happen), "not_cancelled" = every status but cancelled.
 */
export const CALENDAR_STATUS_GROUPS = ["scheduled", "not_cancelled"] as const;
export const CALENDAR_STATUS_FILTERS = [...MEETING_STATUSES, ...CALENDAR_STATUS_GROUPS] as const;
export type CalendarStatusFilter = (typeof CALENDAR_STATUS_FILTERS)[number];

/**
 * /calendario state as it lives in the URL (?view=month|agenda&month=2026-12&network=
 * &networkKind=&bodyKind=&area=&status=&mine=1&from=&to=&department=&page=). from/to are Buenos
 * Aires calendar days, both included (a reversed range is read the way it was meant);
 * department = a department with someone in the delegation. The agenda has one order and one
 * page size. The Spanish names of before (?vista=mes&mes=&red=&tipoRed=&tipoOrgano=&estado=
 * &mias=&desde=&hasta=&reparticion=) are redirected once; view "mes" still means the month.
 */
export const calendarList = defineList({
  filters: {
    view: param
      .text(6)
      .transform((v) => (v === "mes" ? "month" : v))
      .pipe(z.enum(CALENDAR_VIEWS).catch("month")),
    month: param.text(7).pipe(
      z
        .string()
        .regex(MONTH_PATTERN)
        .refine((m) => Number(m.slice(0, 4)) >= 1900 && Number(m.slice(0, 4)) <= 2200)
        .optional()
        .catch(undefined),
    ),
    network: param.id(),
    networkKind: param.oneOf(NETWORK_KINDS),
    bodyKind: param.oneOf(BODY_KINDS),
    area: param.id(),
    status: param.oneOf(CALENDAR_STATUS_FILTERS),
    mine: param.flag(),
    from: param.day(),
    to: param.day(),
    department: param.id(),
  },
  sorts: ["start"],
  pageSizes: [AGENDA_PAGE_SIZE],
  defaultSize: AGENDA_PAGE_SIZE,
  renamed: {
    vista: "view",
    mes: "month",
    red: "network",
    tipoRed: "networkKind",
    tipoOrgano: "bodyKind",
    estado: "status",
    mias: "mine",
    desde: "from",
    hasta: "to",
    reparticion: "department",
  },
});

export type CalendarParams = ReturnType<typeof calendarList.parse>;

/** The calendar's default state; URLs leave these values out (no `month` = the current month). */
export const CALENDAR_DEFAULTS = { ...calendarList.defaults, view: "month" } as const;

export function parseCalendarParams(
  searchParams: Record<string, string | string[] | undefined>,
): CalendarParams {
  const p = calendarList.parse(searchParams);
  return p.from && p.to && p.to < p.from ? { ...p, from: p.to, to: p.from } : p;
}

const FILTER_KEYS = [
  "network",
  "networkKind",
  "bodyKind",
  "area",
  "status",
  "mine",
  "from",
  "to",
  "department",
] as const;

/** The filters only (what narrows the meetings), without view, month or page. */
export type CalendarFilters = Pick<CalendarParams, (typeof FILTER_KEYS)[number]>;

export const hasFilters = (params: CalendarFilters): boolean => FILTER_KEYS.some((key) => !!params[key]);

/** The filters of a parsed URL (what narrows the meetings), without view, month or page. */
export const calendarFiltersOf = (params: CalendarParams): CalendarFilters =>
  Object.fromEntries(FILTER_KEYS.map((key) => [key, params[key]])) as CalendarFilters;

/**
 * The first Buenos Aires day the agenda lists: the range's start when one is given, else the
 * chosen month's first day (today when the chosen month is the current one).
 */
export function agendaStart(params: Pick<CalendarParams, "month" | "from">, today: string): string {
  if (params.from) return params.from;
  const month = params.month ?? monthOf(today);
  return month === monthOf(today) ? today : firstDayOf(month);
}
