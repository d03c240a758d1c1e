/** The SQLSTATE and constraint of a database error from either driver (drizzle wraps them in `cause`). */
export function pgError(error: unknown): { code?: string; constraint?: string } {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      const constraint = (e.constraint ?? e.constraint_name) as string | undefined;
      return { code: e.code, constraint };
    }
    current = e.cause;
  }
  return {};
}

export const UNIQUE_VIOLATION = "23505";
