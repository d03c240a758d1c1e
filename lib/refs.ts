/**
 * A link to another record as lists and record pages show it, or null when the row has none: a
 * left join gives the id and the name, and either may be missing.
 */
export function ref(
  id: string | null | undefined,
  name: string | null | undefined,
): { id: string; name: string } | null {
  return id && name ? { id, name } : null;
}
