import { z } from "zod";
import { PAGE_SIZES } from "../list-params";

/** Sort keys /areas accepts from the URL (anything else falls back to name). */
export const DEPARTMENT_SORTS = ["name", "short"] as const;
/** The list's default state; URLs leave these values out. */
export const DEPARTMENT_LIST_DEFAULTS = { sort: "name", dir: "asc", page: 1, size: 20 } as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const pick = <T extends readonly string[]>(values: T, fallback?: T[number]) =>
  z.preprocess(first, z.enum(values).optional().catch(fallback));
const flag = z.preprocess((v) => first(v) === "1" || first(v) === "true", z.boolean()).catch(false);

/**
 * /areas state as it lives in the URL (?q=&parent=&assigned=&seats=&sort=&dir=&page=&size=). Bad values
 * never fail the page: they fall back to defaults.
 */
export const departmentListParamsSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  /** Only the units that depend on this one. */
  parent: z.preprocess(first, z.uuid().optional().catch(undefined)),
  /** Only units with someone on an active technical assignment. */
  assigned: flag,
  /** Only units whose people hold a seat now. */
  seats: flag,
  sort: pick(DEPARTMENT_SORTS, "name").transform((v) => v ?? "name"),
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

export type DepartmentListParams = z.infer<typeof departmentListParamsSchema>;

export function parseDepartmentListParams(searchParams: Record<string, string | string[] | undefined>) {
  return departmentListParamsSchema.parse({
    ...searchParams,
    page: searchParams.page ?? 1,
    size: searchParams.size ?? 20,
  });
}
