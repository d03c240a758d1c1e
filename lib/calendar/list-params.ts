import { z } from "zod";
import { BODY_KINDS, MEETING_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import { MONTH_PATTERN } from "./month";

/** The calendar's two views: a month grid, or an agenda (a paginated list grouped by day). */
export const CALENDAR_VIEWS = ["mes", "agenda"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** Meetings per agenda page. */
export const AGENDA_PAGE_SIZE = 25;

/** The calendar's default state; URLs leave these values out (no `mes` = the current month). */
export const CALENDAR_DEFAULTS = { vista: "mes", page: 1 } as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const pick = <T extends readonly string[]>(values: T) =>
  z.preprocess(first, z.enum(values).optional().catch(undefined));

/**
 * /calendario state as it lives in the URL (?vista=mes|agenda&mes=2026-12&red=&tipoRed=
 * &tipoOrgano=&area=&estado=&mias=1&page=). Keys are the URL's own, so links can be built
 * from the parsed object. Bad values never fail the page: they fall back to defaults.
 */
export const calendarParamsSchema = z.object({
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
  estado: pick(MEETING_STATUSES),
  mias: z.preprocess((v) => first(v) === "1" || first(v) === "true", z.boolean()).catch(false),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export type CalendarParams = z.infer<typeof calendarParamsSchema>;

export function parseCalendarParams(searchParams: Record<string, string | string[] | undefined>) {
  return calendarParamsSchema.parse({ ...searchParams, page: searchParams.page ?? 1 });
}

/** The filters only (what narrows the meetings), without view, month or page. */
export type CalendarFilters = Pick<
  CalendarParams,
  "red" | "tipoRed" | "tipoOrgano" | "area" | "estado" | "mias"
>;

export function hasFilters(params: CalendarFilters): boolean {
  return !!(params.red || params.tipoRed || params.tipoOrgano || params.area || params.estado || params.mias);
}
