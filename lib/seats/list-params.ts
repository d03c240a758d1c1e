import { z } from "zod";
import { SEAT_KINDS } from "@/db/schema/values";
import { PAGE_SIZES } from "../list-params";

/** Sort keys /cargos accepts from the URL; "end" is the active term's end date (soonest first). */
export const SEAT_SORTS = ["end", "title", "network", "holder"] as const;
/**
 * The status of a seat's current term (the active one, else the latest): "vacant" = no term
 * at all; "all" shows every seat. The default view is the seats someone holds now.
 */
export const SEAT_STATUS_FILTERS = ["active", "ended", "candidate", "vacant", "all"] as const;
/** "Ending within N days" windows offered by the filter. */
export const ENDING_WINDOWS = [30, 60, 90, 180] as const;
/** The list's default state; URLs leave these values out. */
export const SEAT_LIST_DEFAULTS = { sort: "end", dir: "asc", page: 1, size: 20, status: "active" } as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const pick = <T extends readonly string[]>(values: T, fallback?: T[number]) =>
  z.preprocess(first, z.enum(values).optional().catch(fallback));

/**
 * /cargos state as it lives in the URL (?q=&kind=&network=&department=&status=&ending=&archived=
 * &sort=&dir=&page=&size=). department = the current term's holder's department. Bad values
 * never fail the page: they fall back to defaults.
 */
export const seatListParamsSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  kind: pick(SEAT_KINDS),
  network: z.preprocess(first, z.uuid().optional().catch(undefined)),
  department: z.preprocess(first, z.uuid().optional().catch(undefined)),
  status: pick(SEAT_STATUS_FILTERS, "active").transform((v) => v ?? "active"),
  ending: z.preprocess(
    (v) => {
      const value = first(v);
      return value === undefined || value === "" ? undefined : Number(value);
    },
    z
      .number()
      .refine((n) => (ENDING_WINDOWS as readonly number[]).includes(n))
      .optional()
      .catch(undefined),
  ),
  archived: z.preprocess((v) => first(v) === "1" || first(v) === "true", z.boolean()).catch(false),
  sort: pick(SEAT_SORTS, "end").transform((v) => v ?? "end"),
  dir: pick(["asc", "desc"] as const, "asc").transform((v) => v ?? "asc"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
  size: z
    .preprocess(
      first,
      z.coerce
        .number()
        .int()
        .refine((n) => (PAGE_SIZES as readonly number[]).includes(n)),
    )
    .catch(20),
});

export type SeatListParams = z.infer<typeof seatListParamsSchema>;

export function parseSeatListParams(searchParams: Record<string, string | string[] | undefined>) {
  return seatListParamsSchema.parse({
    ...searchParams,
    page: searchParams.page ?? 1,
    size: searchParams.size ?? 20,
  });
}
