import { and, type SQL } from "drizzle-orm";
import { z } from "zod";
import { containsTextInAny, type Searched } from "./like";

/** One match of a searched filter field: the id goes in the URL, the label is shown. */
export interface SearchChoice {
  id: string;
  label: string;
  detail: string | null;
}

/** At most this many matches per request: the field shows a short list, never a directory. */
export const SEARCH_LIMIT = 20;

/** The query of a search route handler: `?q=` trimmed, at most 100 characters, may be empty. */
export const searchQuerySchema = z.object({ q: z.string().trim().max(100).default("") });

/** Parses `?q=` from a request URL; null when it is not valid. */
export function parseSearchQuery(url: URL): string | null {
  const parsed = searchQuerySchema.safeParse({ q: url.searchParams.get("q") ?? undefined });
  return parsed.success ? parsed.data.q : null;
}

/**
 * The words of a query, at most five: "ana per" matches "Ana Pereyra" and "Mariana Peralta".
 * Case and accents are left to the database (containsText): "perez" finds "Pérez".
 */
export function searchWords(query: string): string[] {
  return query.split(/\s+/).filter(Boolean).slice(0, 5);
}

/**
 * The condition of a searched field: every word of `query` contained in one of `columns`
 * (case- and accent-insensitive, containsTextInAny); undefined for an empty query.
 */
export function everyWordIn(query: string, ...columns: Searched[]): SQL | undefined {
  const words = searchWords(query).map((word) => containsTextInAny(word, ...columns));
  return words.length ? and(...words) : undefined;
}
