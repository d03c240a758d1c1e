import type { ErrorCode, Result } from "../../result";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // A fresh second factor is asked first (lib/auth/second-factor/step-up.ts).
  STEP_UP: 403,
  INTERNAL: 500,
};

/** A route handler's JSON answer: the options, or the failure (code and message key) with its status. */
export function jsonResult<T>(result: Result<T>): Response {
  const headers = { "cache-control": "no-store" };
  if (result.ok) return Response.json(result.data, { headers });
  return Response.json(
    { code: result.code, message: result.message },
    { status: STATUS[result.code], headers },
  );
}

/** The refusal of a POST from another origin (CSRF). */
export const crossOrigin = () =>
  Response.json(
    { code: "FORBIDDEN", message: "errors.FORBIDDEN" },
    { status: 403, headers: { "cache-control": "no-store" } },
  );
