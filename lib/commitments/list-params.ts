import { z } from "zod";
import { COMMITMENT_LIST_DEFAULTS } from "./list-defaults";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import { PAGE_SIZES } from "../networks/list-params";

/** Kept in a zod-free module for browser code; re-exported for the server side. */
export { COMMITMENT_LIST_DEFAULTS };

/**
 * Sort keys /compromisos accepts from the URL. "urgency" (the default) puts overdue work
 * first, then the rest of the pending work by due date, then the closed ones (done or
 * dropped); undated last within each group.
 */
export const COMMITMENT_SORTS = ["urgency", "due", "title", "owner", "network", "status"] as const;
/** The status filter: one status, or "pending" = open and in progress. Empty = every status. */
export const COMMITMENT_STATUS_FILTERS = ["pending", ...COMMITMENT_STATUSES] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const pick = <T extends readonly string[]>(values: T, fallback?: T[number]) =>
  z.preprocess(first, z.enum(values).optional().catch(fallback));
const optionalId = z.preprocess(first, z.uuid().optional().catch(undefined));

/**
 * /compromisos state as it lives in the URL (?q=&red=&owner=&department=&status=&overdue=&sort=
 * &dir=&page=&size=). "red" is the network, as the network page links to it. Bad values never
 * fail the page: they fall back to defaults.
 */
export const commitmentListParamsSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  red: optionalId,
  owner: optionalId,
  department: optionalId,
  status: pick(COMMITMENT_STATUS_FILTERS),
  /** Only overdue ones: pending and due before today (Buenos Aires). */
  overdue: z.preprocess((v) => first(v) === "1" || first(v) === "true", z.boolean()).catch(false),
  sort: pick(COMMITMENT_SORTS, "urgency").transform((v) => v ?? "urgency"),
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

export type CommitmentListParams = z.infer<typeof commitmentListParamsSchema>;

export function parseCommitmentListParams(searchParams: Record<string, string | string[] | undefined>) {
  return commitmentListParamsSchema.parse({
    ...searchParams,
    page: searchParams.page ?? 1,
    size: searchParams.size ?? 20,
  });
}
