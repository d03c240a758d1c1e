import type { ErrorCode, Failure } from "@/lib/result";

/**
 * Refusals particular to passkeys. Their message keys live under "passkeys.errors." in the
 * message catalog (the components translate them); the code is the generic one.
 */
export type PasskeyProblem =
  | "unavailable"
  | "expired"
  | "invalid"
  | "alreadyRegistered"
  | "unknownPasskey"
  | "noPasskeys"
  | "lastFactor"
  | "busy";

const CODES: Record<PasskeyProblem, ErrorCode> = {
  unavailable: "NOT_FOUND",
  expired: "CONFLICT",
  invalid: "VALIDATION",
  alreadyRegistered: "CONFLICT",
  unknownPasskey: "NOT_FOUND",
  noPasskeys: "NOT_FOUND",
  lastFactor: "CONFLICT",
  busy: "CONFLICT",
};

export const passkeyFailure = (problem: PasskeyProblem): Failure => ({
  ok: false,
  code: CODES[problem],
  message: `passkeys.errors.${problem}`,
});
