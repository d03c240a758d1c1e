// Entry point of the demo seed: loads the demo data into an empty database, and only there.
import { count, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, networks, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "./accounts";
import { buildDemoData } from "./build";
import { insertDemoRows, type DemoCounts } from "./insert";

export interface SeedResult {
  seeded: boolean;
  message: string;
  /** Rows written per table, when seeded. */
  counts?: DemoCounts;
}

/** Serialises concurrent seeds (two app instances starting on one PostgreSQL server). */
const SEED_LOCK_KEY = 7_302_026;

const NOT_EMPTY =
  "La base de datos ya tiene usuarios o redes: no se cargan los datos de demostración (solo se cargan en una base vacía).";

async function isEmpty(db: Db): Promise<boolean> {
  const [userRows] = await db.select({ n: count() }).from(users);
  const [networkRows] = await db.select({ n: count() }).from(networks);
  return (userRows?.n ?? 0) === 0 && (networkRows?.n ?? 0) === 0;
}

/**
 * Loads the demo data (data/*.json plus what is generated around it) when the database has
 * no users and no networks; otherwise does nothing and says so. Deterministic: the same
 * `today` (its calendar day in Buenos Aires) gives the same rows, apart from uuids and
 * creation timestamps.
 */
export async function seedDemo(db: Db, options: { today?: Date } = {}): Promise<SeedResult> {
  // Checked before hashing (argon2id is slow on purpose) and again under the lock.
  if (!(await isEmpty(db))) return { seeded: false, message: NOT_EMPTY };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { today, rows } = buildDemoData({ today: options.today ?? new Date(), passwordHash });

  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (!(await isEmpty(tx))) return { seeded: false, message: NOT_EMPTY };

    const counts = await insertDemoRows(tx, rows);
    await tx.insert(auditEvents).values({ action: "seed.demo", metadata: { counts } });
    return { seeded: true, message: summary(today, counts), counts };
  });
}

function summary(today: string, counts: DemoCounts): string {
  const [year, month, day] = today.split("-");
  return (
    `Datos de demostración cargados (relativos al ${day}/${month}/${year}): ` +
    `${counts.networks} redes, ${counts.bodies} órganos, ${counts.seats} cargos, ` +
    `${counts.meetings} reuniones, ${counts.commitments} compromisos, ` +
    `${counts.assignments} asignaciones técnicas, ${counts.people} personas, ${counts.users} usuarios.`
  );
}
