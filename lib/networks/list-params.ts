import { z } from "zod";
import { NETWORK_LIST_DEFAULTS } from "./list-defaults";
import { MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";

/** Kept in a zod-free module for browser code; re-exported for the server side. */
export { NETWORK_LIST_DEFAULTS };

/** Sort keys the directory accepts from the URL (anything else falls back to name). */
export const NETWORK_SORTS = ["name", "acronym", "kind", "membership", "since", "founded"] as const;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

const pick = <T extends readonly string[]>(values: T, fallback?: T[number]) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(values).optional().catch(fallback));

/**
 * The directory's state as it lives in the URL (?q=&kind=&area=&membership=&sort=&dir=&page=&size=).
 * Bad values never fail a page: they fall back to defaults.
 */
export const networkListParamsSchema = z.object({
  q: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.string().trim().max(100).optional().catch(undefined),
  ),
  kind: pick(NETWORK_KINDS),
  membership: pick(MEMBERSHIP_STATUSES),
  area: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.uuid().optional().catch(undefined)),
  archived: z.preprocess((v) => v === "1" || v === "true", z.boolean()).catch(false),
  sort: pick(NETWORK_SORTS, "name").transform((v) => v ?? "name"),
  dir: pick(["asc", "desc"] as const, "asc").transform((v) => v ?? "asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(20),
});

export type NetworkListParams = z.infer<typeof networkListParamsSchema>;

export function parseNetworkListParams(searchParams: Record<string, string | string[] | undefined>) {
  return networkListParamsSchema.parse({
    ...searchParams,
    page: searchParams.page ?? 1,
    size: searchParams.size ?? 20,
  });
}
