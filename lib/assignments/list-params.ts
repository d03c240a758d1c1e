import { z } from "zod";
import { ASSIGNMENT_ROLES } from "@/db/schema/values";
import { PAGE_SIZES } from "../list-params";

/** Sort keys /asignaciones accepts from the URL (anything else falls back to person). */
export const ASSIGNMENT_SORTS = ["person", "network", "start", "updated"] as const;
/**
 * Status filter: "current" (active or paused, the default: the team as it is now), one status,
 * or "all".
 */
export const ASSIGNMENT_STATUS_FILTERS = ["current", "active", "paused", "ended", "all"] as const;
/** The list's default state; URLs leave these values out. */
export const ASSIGNMENT_LIST_DEFAULTS = {
  sort: "person",
  dir: "asc",
  page: 1,
  size: 20,
  status: "current",
} as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const pick = <T extends readonly string[]>(values: T, fallback?: T[number]) =>
  z.preprocess(first, z.enum(values).optional().catch(fallback));
const uuid = z.preprocess(first, z.uuid().optional().catch(undefined));

/**
 * /asignaciones state as it lives in the URL (?q=&network=&body=&area=&department=&role=&status=
 * &stale=&sort=&dir=&page=&size=). Bad values never fail the page: they fall back to defaults.
 */
export const assignmentListParamsSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  network: uuid,
  body: uuid,
  area: uuid,
  /** The assigned person's department. */
  department: uuid,
  role: pick(ASSIGNMENT_ROLES),
  status: pick(ASSIGNMENT_STATUS_FILTERS, "current").transform((v) => v ?? "current"),
  /** "Sin novedades en 90 días" (staleAssignment in queries.ts). */
  stale: z.preprocess((v) => first(v) === "1" || first(v) === "true", z.boolean()).catch(false),
  sort: pick(ASSIGNMENT_SORTS, "person").transform((v) => v ?? "person"),
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

export type AssignmentListParams = z.infer<typeof assignmentListParamsSchema>;

export function parseAssignmentListParams(searchParams: Record<string, string | string[] | undefined>) {
  return assignmentListParamsSchema.parse({
    ...searchParams,
    page: searchParams.page ?? 1,
    size: searchParams.size ?? 20,
  });
}
