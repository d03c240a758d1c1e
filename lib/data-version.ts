import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";

// Figures that read whole tables on purpose (the panel's city-wide aggregates, the coverage
// matrix) are computed once and reused while the data has not changed.
//
// The data's version is the last value of the sequence data_changes, which every statement
// changing a table of the area's data draws from (triggers of migration 0013: the app's
// writes, the seed, a change made by hand in SQL alike). A value drawn by a write still in
// progress is already visible here before its data is, so a figure is kept only when no
// transaction that writes was in progress in the database right after the version was read
// (none holds the lock every transaction takes on its own id once it writes; pg_locks): any
// write that commits later draws its value after that, above the version the figure is kept
// under. The order matters — checked before the version was read, a write could start and
// draw in between — so data_version() (migration 0013) runs the two as separate statements.
// (pg_current_snapshot() cannot tell: a transaction that started writing after the last one
// ended is not in its list.) Entries also expire after MAX_AGE_MS, which bounds the drift of
// figures measured against the clock (an assignment turning stale as days pass).

/** A kept value is reused for at most this long, even when nothing has changed. */
export const MAX_AGE_MS = 5 * 60_000;
/**
 * Kept values per database and kind (the part of the key before ":", e.g. "panel.kpis"): the
 * least recently used go first, and one kind (a matrix per URL someone made up, say) cannot
 * push out another's.
 */
export const MAX_ENTRIES_PER_KIND = 50;

interface DataVersion {
  id: string;
  /** No transaction was writing: a value read from here on may be kept under `id`. */
  settled: boolean;
}

interface Entry {
  version: string;
  at: number;
  value: Promise<unknown>;
}

// Per database handle: a process may hold several (the tests do), each with its own data.
const caches = new WeakMap<Db, Map<string, Map<string, Entry>>>();

export async function readDataVersion(db: Db): Promise<DataVersion> {
  const [row] = await queryRows<DataVersion>(
    db,
    sql`select version::text as id, settled from data_version()`,
  );
  return { id: String(row!.id), settled: row!.settled === true };
}

function cacheFor(db: Db, kind: string): Map<string, Entry> {
  let kinds = caches.get(db);
  if (!kinds) caches.set(db, (kinds = new Map()));
  let cache = kinds.get(kind);
  if (!cache) kinds.set(kind, (cache = new Map()));
  return cache;
}

/**
 * The value of `read` for `key` ("kind:details"), reused while the data's version is the same
 * (and for at most MAX_AGE_MS). Concurrent requests for the same key and version share one
 * read. The value is shared between requests: callers must not change it. Authorization stays
 * with the caller, before this is called; the key must hold everything the value depends on
 * besides the data.
 */
export async function whileUnchanged<T>(db: Db, key: string, read: () => Promise<T>): Promise<T> {
  const version = await readDataVersion(db);
  const cache = cacheFor(db, key.slice(0, key.indexOf(":")));
  const kept = cache.get(key);
  if (kept && kept.version === version.id && Date.now() - kept.at < MAX_AGE_MS) {
    // Most recently used last, so that eviction takes the least used.
    cache.delete(key);
    cache.set(key, kept);
    return kept.value as Promise<T>;
  }
  const value = read();
  cache.delete(key);
  if (!version.settled) return value;
  const entry: Entry = { version: version.id, at: Date.now(), value };
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES_PER_KIND) cache.delete(cache.keys().next().value!);
  // A failed read is not kept: the next request tries again.
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return value;
}
