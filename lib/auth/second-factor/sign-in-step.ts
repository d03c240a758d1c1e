import type { Ctx } from "../../context";
import { fail, type Result } from "../../result";
import { denied } from "../authorize";
import { proveSecondFactor, type CodeMethod, type Proved } from "./proof";

/**
 * The step after the password (/login/segundo-factor): a code from the authenticator app, or
 * one of the recovery codes. The session is pending until then (lib/auth/session-check.ts);
 * five wrong codes end it.
 */
export async function verifySignInSecondFactor(
  ctx: Ctx,
  raw: FormData | Record<string, unknown>,
  now = new Date(),
): Promise<Result<Proved>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  const get = (name: string) => (raw instanceof FormData ? raw.get(name) : raw[name]);
  const method: CodeMethod = get("method") === "recovery" ? "recovery" : "totp";
  const code = get("code");
  if (typeof code !== "string") return fail("VALIDATION", { code: ["codeRequired"] });
  return proveSecondFactor(ctx, { method, code, purpose: "sign_in", field: "code" }, now);
}
