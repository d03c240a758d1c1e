import { z } from "zod";
import { PAGE_SIZES } from "../list-params";

/** Sort keys /personas accepts from the URL (anything else falls back to name). */
export const PERSON_SORTS = ["name", "department", "position"] as const;
/** Yes/no filters: "1" = only those who do, "0" = only those who do not; absent = everyone. */
export const YES_NO = ["1", "0"] as const;
/** The directory's default state; URLs leave these values out. */
export const PERSON_LIST_DEFAULTS = { sort: "name", dir: "asc", page: 1, size: 20 } as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const pick = <T extends readonly string[]>(values: T, fallback?: T[number]) =>
  z.preprocess(first, z.enum(values).optional().catch(fallback));

/**
 * /personas state as it lives in the URL (?q=&department=&assigned=&seat=&sort=&dir=&page=&size=).
 * Bad values never fail the page: they fall back to defaults.
 */
export const personListParamsSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  department: z.preprocess(first, z.uuid().optional().catch(undefined)),
  /** Has (1) or has no (0) active technical assignment. */
  assigned: pick(YES_NO),
  /** Holds (1) or holds no (0) seat now: an active term of a seat not archived. */
  seat: pick(YES_NO),
  sort: pick(PERSON_SORTS, "name").transform((v) => v ?? "name"),
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

export type PersonListParams = z.infer<typeof personListParamsSchema>;

export function parsePersonListParams(searchParams: Record<string, string | string[] | undefined>) {
  return personListParamsSchema.parse({
    ...searchParams,
    page: searchParams.page ?? 1,
    size: searchParams.size ?? 20,
  });
}
