import { z } from "zod";
import { hrefWith, type SearchParams } from "./url";
import { isRealDate } from "./validation/fields";

// The one way a list's state lives in the URL. Each list defines its parameters once with
// `defineList` (filters from `param`, plus sort/dir/page/size); the page parses with it, the
// table and filter bar build links with the plain `defaults`. Bad values never fail a page:
// they fall back to defaults. Parameter names are English, one word or camelCase
// (?q=&network=&department=&status=&sort=&dir=&page=&size=); names a list used before are
// listed in `renamed`, and the page redirects such a URL once to the current names.

/** Rows per page a list offers. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The filter parameters a list may have; each falls back to "not set" on a bad value. */
export const param = {
  /** Free text (a search box). */
  text: (max = 100) => z.preprocess(first, z.string().trim().max(max).optional().catch(undefined)),
  /** A record id. */
  id: () => z.preprocess(first, z.uuid().optional().catch(undefined)),
  /** One of a fixed set of values (a select). */
  oneOf: <T extends readonly [string, ...string[]]>(values: T) =>
    z.preprocess(first, z.enum(values).optional().catch(undefined)),
  /** One of a fixed set of values that always has one (a select without "any"). */
  choice: <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
    z.preprocess(first, z.enum(values).catch(fallback)).catch(fallback),
  /** Any other value: the first one given, "not set" when it does not pass `schema`. */
  of: <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined)),
  /** A checkbox: "1" or "true" is on, anything else off. */
  flag: () => z.preprocess((v) => first(v) === "1" || first(v) === "true", z.boolean()).catch(false),
  /** A calendar day, yyyy-mm-dd. */
  day: () =>
    z.preprocess(
      first,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .refine(isRealDate)
        .refine((d) => d >= "1900-01-01" && d <= "2200-12-31")
        .optional()
        .catch(undefined),
    ),
};

const pageParam = z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1);

/** The sort/paging part of a list's URL state, with its defaults. */
export type ListDefaults<Sort extends string = string> = {
  sort: Sort;
  dir: "asc" | "desc";
  page: 1;
  size: number;
};

export function defineList<
  Filters extends z.ZodRawShape,
  const Sorts extends readonly [string, ...string[]],
>({
  filters,
  sorts,
  defaultSort = sorts[0],
  defaultDir = "asc",
  pageSizes = PAGE_SIZES,
  defaultSize = DEFAULT_PAGE_SIZE,
  renamed = {},
}: {
  filters: Filters;
  /** The sort keys the list accepts (a column's `meta.sort`). */
  sorts: Sorts;
  defaultSort?: Sorts[number];
  defaultDir?: "asc" | "desc";
  pageSizes?: readonly number[];
  defaultSize?: number;
  /** Old parameter names → current ones; old bookmarks are redirected once. */
  renamed?: Record<string, keyof Filters & string>;
}) {
  const schema = z.object({
    ...filters,
    sort: z.preprocess(first, z.enum(sorts).catch(defaultSort)).catch(defaultSort),
    dir: z.preprocess(first, z.enum(["asc", "desc"]).catch(defaultDir)).catch(defaultDir),
    page: pageParam,
    size: z
      .preprocess(
        first,
        z.coerce
          .number()
          .int()
          .refine((n) => pageSizes.includes(n)),
      )
      .catch(defaultSize),
  });
  type Params = z.output<typeof schema>;
  const defaults: ListDefaults<Sorts[number]> = {
    sort: defaultSort,
    dir: defaultDir,
    page: 1,
    size: defaultSize,
  };
  const filterKeys = Object.keys(filters) as (keyof Filters & string)[];
  return {
    schema,
    defaults,
    sorts,
    pageSizes,
    /** The list's state from a page's searchParams. */
    parse: (searchParams: SearchParams): Params =>
      schema.parse({ ...searchParams, page: searchParams.page ?? 1, size: searchParams.size ?? defaultSize }),
    /** True when any filter narrows the list. */
    isFiltered: (params: Params) =>
      filterKeys.some((key) => {
        const value = (params as Record<string, unknown>)[key];
        return value !== undefined && value !== false && value !== "";
      }),
    /** A link to this list with some parameters changed (defaults left out). */
    href: (pathname: string, params: Params, changes: Partial<Record<keyof Params, unknown>> = {}) =>
      hrefWith(pathname, params, changes, defaults),
    /**
     * The same URL with renamed parameters under their current names, or null when it uses
     * none: the page redirects there once (permanent bookmarks keep working).
     */
    renamedHref: (pathname: string, searchParams: SearchParams): string | null =>
      renamedHref(pathname, searchParams, renamed),
  };
}

/**
 * The URL state of a page that is not a sorted, paged list (the panel, the audit log with its
 * own cursor): the same filters, links and renamed parameters as `defineList`, without
 * sort/dir/page/size. Defaults (what an empty URL parses to) are left out of links.
 */
export function defineUrlState<Filters extends z.ZodRawShape>({
  filters,
  renamed = {},
}: {
  filters: Filters;
  /** Old parameter names → current ones; old bookmarks are redirected once. */
  renamed?: Record<string, keyof Filters & string>;
}) {
  const schema = z.object(filters);
  type Params = z.output<typeof schema>;
  const defaults = schema.parse({}) as Record<string, unknown>;
  return {
    schema,
    defaults,
    /** The page's state from its searchParams. */
    parse: (searchParams: SearchParams): Params => schema.parse(searchParams),
    /** A link to the page with some parameters changed (defaults left out). */
    href: (pathname: string, params: Params, changes: Partial<Record<keyof Params, unknown>> = {}) =>
      hrefWith(pathname, params, changes, defaults),
    /** The same URL with renamed parameters under their current names, or null (see defineList). */
    renamedHref: (pathname: string, searchParams: SearchParams): string | null =>
      renamedHref(pathname, searchParams, renamed),
  };
}

export function renamedHref(
  pathname: string,
  searchParams: SearchParams,
  renamed: Record<string, string>,
): string | null {
  if (!Object.keys(searchParams).some((key) => key in renamed)) return null;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    const name = renamed[key] ?? key;
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(name, v);
  }
  const qs = query.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
