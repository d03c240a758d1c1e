import "server-only";
import { appendFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { SQL } from "drizzle-orm";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { makePrivateDir } from "../lib/fs/private";
import * as schema from "./schema";
import { acquireDirectoryLock } from "./pglite-lock";
import { serverEnv } from "@/lib/env";

export type Schema = typeof schema;
/** The database handle used by lib/: the same API on PGlite and on PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DriverName = "pglite" | "postgres";

/** The rows of a raw query, whichever the driver: postgres.js answers an array, PGlite `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export interface Database {
  db: Db;
  driver: DriverName;
  close(): Promise<void>;
}

/** The value that lets a production server record its SQL (the project's test and benchmark runs). */
export const SQL_RECORD_IN_PRODUCTION_CONSENT = "acepto-registrar-parametros";

/**
 * Why the SQL recorder may not run in this environment, or null when it may. The recording holds
 * every parameter — password hashes, session and feed token hashes, personal data — so a
 * production server refuses REDES_SQL_RECORD unless REDES_SQL_RECORD_IN_PRODUCTION names that
 * risk; only the browser suite's and the benchmark's own servers set it.
 */
export function sqlRecordRefusal(env: Record<string, string | undefined> = serverEnv()): string | null {
  if (!env.REDES_SQL_RECORD || env.NODE_ENV !== "production") return null;
  if (env.REDES_SQL_RECORD_IN_PRODUCTION === SQL_RECORD_IN_PRODUCTION_CONSENT) return null;
  return (
    "REDES_SQL_RECORD is set: it writes every SQL statement with its parameters (password hashes " +
    "included) to a file, which production refuses. Unset it; a test or benchmark run that needs it " +
    `also sets REDES_SQL_RECORD_IN_PRODUCTION=${SQL_RECORD_IN_PRODUCTION_CONSENT}.`
  );
}

/**
 * Opt-in SQL recorder for the benchmark (scripts/bench.mjs) and the browser suite: with
 * REDES_SQL_RECORD=<file>, every statement the app sends through Drizzle is appended to that file
 * as one JSON line `{"sql": …, "params": […]}`, so the statements a page runs can be replayed
 * directly against the database. Unset (the default) there is no logger at all; in production it
 * is refused (sqlRecordRefusal).
 */
function sqlRecorder(): Logger | undefined {
  const file = serverEnv().REDES_SQL_RECORD;
  if (!file) return undefined;
  const refusal = sqlRecordRefusal();
  if (refusal) throw new Error(refusal);
  // Instants keep their type ({"$date": iso}) so that a replay sends them as timestamps again.
  function plain(this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    return typeof value === "bigint" ? value.toString() : value;
  }
  return {
    logQuery(query, params) {
      appendFileSync(/*turbopackIgnore: true*/ file, `${JSON.stringify({ sql: query, params }, plain)}\n`);
    },
  };
}

export function defaultPgliteDir(): string {
  // An empty PGLITE_DIR (scripts set it so to mean "none") is the default, never the working
  // directory: PostgreSQL's files would land among the project's own.
  return resolve(/*turbopackIgnore: true*/ serverEnv().PGLITE_DIR || "./data/pglite");
}

/**
 * The extensions the migrations create, which PGlite must have loaded to allow it: pg_trgm for
 * the trigram indexes of substring search (migration 0012) and unaccent for searching without
 * regard to accents (migration 0016). PostgreSQL ships both (contrib).
 */
export const pgliteOptions: PGliteOptions = { extensions: { pg_trgm, unaccent } };

/**
 * Opens PGlite on a directory (locked) or in memory (`dir` undefined, for tests). `loadDataDir`
 * starts it from a dump of another PGlite's data directory (`dumpDataDir`) instead of an empty
 * cluster: the tests start each in-memory database from one migrated copy.
 */
export async function openPglite(
  dir?: string,
  { loadDataDir }: { loadDataDir?: Blob } = {},
): Promise<Database> {
  let release = () => {};
  if (dir) {
    release = acquireDirectoryLock(dir);
    // PGlite creates only the last folder, with a mode of its own: both are created private.
    makePrivateDir(dirname(dir));
    makePrivateDir(dir);
  }
  try {
    const client = await PGlite.create(dir, { ...pgliteOptions, loadDataDir });
    const db = drizzlePglite({ client, schema, logger: sqlRecorder() }) as unknown as Db;
    return {
      db,
      driver: "pglite",
      async close() {
        try {
          if (!client.closed) await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function openPostgres(url: string, options: { max?: number } = {}): Database {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema, logger: sqlRecorder() }) as unknown as Db;
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

// One database per process, kept on globalThis so that dev hot reloads and the several
// module graphs of a Next server share it instead of opening the directory twice.
const holder = globalThis as unknown as { __redesDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  if (!holder.__redesDatabase) {
    const url = serverEnv().DATABASE_URL;
    holder.__redesDatabase = url ? Promise.resolve(openPostgres(url)) : openPglite(defaultPgliteDir());
    holder.__redesDatabase.catch(() => {
      holder.__redesDatabase = undefined;
    });
  }
  return holder.__redesDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const current = holder.__redesDatabase;
  holder.__redesDatabase = undefined;
  if (current) await (await current).close();
}
