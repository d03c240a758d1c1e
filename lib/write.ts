import "server-only";
import type { Db } from "@/db/client";
import type { Ctx } from "./context";
import { pgError } from "./db-errors";
import { fail, ok, ResultError, type Failure, type Result } from "./result";

/**
 * Runs one write in one transaction. A typed failure thrown inside (ResultError) rolls it
 * back and is returned; `onConstraint` turns a known constraint violation (a race the
 * checks inside could not see) into a field error; anything else is logged here and the
 * user gets the generic INTERNAL failure, so the form keeps what they typed.
 */
export async function runWrite<T>(
  ctx: Ctx,
  body: (tx: Db) => Promise<T>,
  onConstraint?: (constraint: string, code: string) => Failure | undefined,
): Promise<Result<T>> {
  try {
    return ok(await ctx.db.transaction((tx) => body(tx)));
  } catch (error) {
    if (error instanceof ResultError) return error.failure;
    const { code, constraint } = pgError(error);
    const mapped = code && constraint ? onConstraint?.(constraint, code) : undefined;
    if (mapped) return mapped;
    console.error("[redes] write failed:", error);
    return fail("INTERNAL");
  }
}
