/**
 * A LIKE / ILIKE pattern that matches `text` anywhere in a value, its own wildcards (`%`, `_`)
 * and backslashes escaped so they match themselves. The lists' substring searches use it with
 * ILIKE, which the trigram indexes serve where a table is large (migration 0012).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
