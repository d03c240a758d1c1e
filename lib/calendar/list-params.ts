import { z } from "zod";
import { BODY_KINDS, MEETING_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import { isRealDate } from "../validation/fields";
import { firstDayOf, MONTH_PATTERN, monthOf } from "./month";

/** The calendar's two views: a month grid, or an agenda (a paginated list grouped by day). */
export const CALENDAR_VIEWS = ["mes", "agenda"] as const;

/** Meetings per agenda page. */
export const AGENDA_PAGE_SIZE = 25;

/** The calendar's default state; URLs leave these values out (no `mes` = the current month). */
export const CALENDAR_DEFAULTS = { vista: "mes", page: 1 } as const;

/**
 * The status filter: one status, or a group — "scheduled" = tentative or confirmed (what is
 * still to happen), "not_cancelled" = every status but cancelled.
 */
export const CALENDAR_STATUS_GROUPS = ["scheduled", "not_cancelled"] as const;
export const CALENDAR_STATUS_FILTERS = [...MEETING_STATUSES, ...CALENDAR_STATUS_GROUPS] as const;
export type CalendarStatusFilter = (typeof CALENDAR_STATUS_FILTERS)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const day = z.preprocess(
  first,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isRealDate)
    .refine((d) => d >= "1900-01-01" && d <= "2200-12-31")
    .optional()
    .catch(undefined),
);
const pick = <T extends readonly string[]>(values: T) =>
  z.preprocess(first, z.enum(values).optional().catch(undefined));

/**
 * /calendario state as it lives in the URL (?vista=mes|agenda&mes=2026-12&red=&tipoRed=
 * &tipoOrgano=&area=&estado=&mias=1&desde=&hasta=&reparticion=&page=). Keys are the URL's own,
 * so links can be built from the parsed object. Bad values never fail the page: they fall back
 * to defaults. desde/hasta are Buenos Aires calendar days, both included (a reversed range is
 * read the way it was meant); reparticion = a department with someone in the delegation.
 */
export const calendarParamsSchema = z
  .object({
    vista: pick(CALENDAR_VIEWS).transform((v) => v ?? "mes"),
    mes: z.preprocess(
      first,
      z
        .string()
        .regex(MONTH_PATTERN)
        .refine((m) => {
          const year = Number(m.slice(0, 4));
          return year >= 1900 && year <= 2200;
        })
        .optional()
        .catch(undefined),
    ),
    red: z.preprocess(first, z.uuid().optional().catch(undefined)),
    tipoRed: pick(NETWORK_KINDS),
    tipoOrgano: pick(BODY_KINDS),
    area: z.preprocess(first, z.uuid().optional().catch(undefined)),
    estado: pick(CALENDAR_STATUS_FILTERS),
    mias: z.preprocess((v) => first(v) === "1" || first(v) === "true", z.boolean()).catch(false),
    desde: day,
    hasta: day,
    reparticion: z.preprocess(first, z.uuid().optional().catch(undefined)),
    page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
  })
  .transform((p) => (p.desde && p.hasta && p.hasta < p.desde ? { ...p, desde: p.hasta, hasta: p.desde } : p));

export type CalendarParams = z.infer<typeof calendarParamsSchema>;

export function parseCalendarParams(searchParams: Record<string, string | string[] | undefined>) {
  return calendarParamsSchema.parse({ ...searchParams, page: searchParams.page ?? 1 });
}

/** The filters only (what narrows the meetings), without view, month or page. */
export type CalendarFilters = Pick<
  CalendarParams,
  "red" | "tipoRed" | "tipoOrgano" | "area" | "estado" | "mias" | "desde" | "hasta" | "reparticion"
>;

export function hasFilters(params: CalendarFilters): boolean {
  return !!(
    params.red ||
    params.tipoRed ||
    params.tipoOrgano ||
    params.area ||
    params.estado ||
    params.mias ||
    params.desde ||
    params.hasta ||
    params.reparticion
  );
}

/** The filters of a parsed URL (what narrows the meetings), without view, month or page. */
export const calendarFiltersOf = ({
  red,
  tipoRed,
  tipoOrgano,
  area,
  estado,
  mias,
  desde,
  hasta,
  reparticion,
}: CalendarParams): CalendarFilters => ({
  red,
  tipoRed,
  tipoOrgano,
  area,
  estado,
  mias,
  desde,
  hasta,
  reparticion,
});

/**
 * The first Buenos Aires day the agenda lists: the range's start when one is given, else the
 * chosen month's first day (today when the chosen month is the current one).
 */
export function agendaStart(params: Pick<CalendarParams, "mes" | "desde">, today: string): string {
  if (params.desde) return params.desde;
  const month = params.mes ?? monthOf(today);
  return month === monthOf(today) ? today : firstDayOf(month);
}
