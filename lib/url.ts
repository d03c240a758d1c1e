export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A link to the same list with some URL parameters changed. Parameters set to undefined,
 * "" or their default are dropped so URLs stay short and shareable.
 */
export function hrefWith(
  pathname: string,
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
  defaults: Record<string, unknown> = {},
): string {
  const merged = { ...current, ...changes };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    if (defaults[key] !== undefined && String(defaults[key]) === String(value)) continue;
    query.set(key, value === true ? "1" : String(value));
  }
  const qs = query.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
