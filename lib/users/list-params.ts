import { z } from "zod";
import { APP_ROLES } from "@/db/schema/values";

/** Sort keys the user list accepts from the URL (anything else falls back to name). */
export const USER_SORTS = ["name", "email", "role", "lastLogin"] as const;
export const PAGE_SIZES = [10, 20, 50, 100] as const;
/** The list's default state; URLs leave these values out. */
export const USER_LIST_DEFAULTS = { sort: "name", dir: "asc", page: 1, size: 20, status: "all" } as const;
export const USER_STATUS_FILTERS = ["all", "active", "inactive"] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const pick = <T extends readonly string[]>(values: T, fallback?: T[number]) =>
  z.preprocess(first, z.enum(values).optional().catch(fallback));

/**
 * The user list's state as it lives in the URL
 * (?q=&role=&department=&status=&sort=&dir=&page=&size=). Bad values never fail the page:
 * they fall back to defaults.
 */
export const userListParamsSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  role: pick(APP_ROLES),
  department: z.preprocess(first, z.uuid().optional().catch(undefined)),
  status: pick(USER_STATUS_FILTERS, "all").transform((v) => v ?? "all"),
  sort: pick(USER_SORTS, "name").transform((v) => v ?? "name"),
  dir: pick(["asc", "desc"] as const, "asc").transform((v) => v ?? "asc"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)),
  size: z.preprocess(
    first,
    z.coerce
      .number()
      .int()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
      .catch(20),
  ),
});

export type UserListParams = z.infer<typeof userListParamsSchema>;

export function parseUserListParams(searchParams: Record<string, string | string[] | undefined>) {
  return userListParamsSchema.parse({
    ...searchParams,
    page: searchParams.page ?? 1,
    size: searchParams.size ?? 20,
  });
}
