/**
 * Typed outcomes of lib/ commands and server actions. `message` and the field errors are
 * message-catalog keys (under "errors." and "validation."), translated by the UI, so that
 * lib/ stays free of any one language.
 */
export const ERROR_CODES = [
  "VALIDATION",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "UNAUTHENTICATED",
  "INTERNAL",
  /** A sensitive action needs a second factor proved in the last minutes (lib/auth/second-factor/step-up.ts). */
  "STEP_UP",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);

export type FieldErrors = Record<string, string[]>;

export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  /**
   * After a CONFLICT, who saved the record since it was read: "you" when its last audit event is
   * this user's own (another tab or session), "other" for someone else; absent when unknown.
   */
  savedBy?: "you" | "other";
}

export interface Success<T> {
  ok: true;
  data: T;
}

export type Result<T> = Success<T> | Failure;

export const ok = <T>(data: T): Success<T> => ({ ok: true, data });

export const fail = (code: ErrorCode, fieldErrors?: FieldErrors): Failure => ({
  ok: false,
  code,
  message: `errors.${code}`,
  ...(fieldErrors ? { fieldErrors } : {}),
});

/** Thrown inside a transaction to roll it back and surface a typed failure. */
export class ResultError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
    this.name = "ResultError";
  }
}
