import "server-only";
import type { Ctx } from "../../context";
import { fail, type Failure, type Result } from "../../result";
import { hasSecondFactor } from "./factors";
import { proveSecondFactor } from "./proof";
import { STEP_UP_FIELD } from "./step-up-field";
import { serverEnv } from "@/lib/env";

/**
 * Step-up: a sensitive action (changing a user's role, resetting another user's password or
 * second factor, turning one's own second factor off, new recovery codes) needs a second
 * factor proved in this session within the last ten minutes (REDES_STEP_UP_MINUTES).
 *
 * It applies to accounts that have a second factor. An account without one is not blocked:
 * that only happens when REDES_MFA_REQUIRED_ROLES leaves its role out (an administrator
 * without a factor is sent to enrol one before anything else opens), and asking it for a code
 * it cannot give would lock it out of its own work.
 */
export const STEP_UP_MAX_AGE_MS = 10 * 60 * 1000;

/** REDES_STEP_UP_MINUTES (default 10, at most 60; decimals allowed) shortens or lengthens it. */
export function stepUpMaxAgeMs(env: Record<string, string | undefined> = serverEnv()): number {
  const minutes = Number(env.REDES_STEP_UP_MINUTES);
  return Number.isFinite(minutes) && minutes > 0 && minutes <= 60 ? minutes * 60_000 : STEP_UP_MAX_AGE_MS;
}

/** The STEP_UP failure when the actor must prove their second factor again first, else null. */
export async function requireRecentSecondFactor(ctx: Ctx, now = new Date()): Promise<Failure | null> {
  const at = ctx.actor.session?.secondFactorAt;
  if (at && now.getTime() - at.getTime() < stepUpMaxAgeMs()) return null;
  if (!(await hasSecondFactor(ctx.db, ctx.actor.userId))) return null;
  return fail("STEP_UP");
}

export { STEP_UP_FIELD };

/**
 * For a server action whose command may ask for a step-up: when the form carries a code in
 * STEP_UP_FIELD (typed in the "Confirmá que sos vos" prompt), it is verified first — a wrong
 * one answers STEP_UP with the field's error, counted like any wrong code — and the command
 * then runs with the session's fresh proof. The user's input travels in the same submission,
 * so nothing they typed is lost.
 */
export async function withStepUp<T>(
  ctx: Ctx,
  form: FormData | Record<string, unknown>,
  run: (ctx: Ctx) => Promise<Result<T>>,
  now = new Date(),
): Promise<Result<T>> {
  const raw = form instanceof FormData ? form.get(STEP_UP_FIELD) : form[STEP_UP_FIELD];
  if (typeof raw !== "string" || !raw.trim() || !ctx.actor.session) return run(ctx);
  const proved = await proveSecondFactor(
    ctx,
    { method: "auto", code: raw, purpose: "step_up", field: STEP_UP_FIELD },
    now,
  );
  if (!proved.ok) return proved;
  return run({
    ...ctx,
    actor: { ...ctx.actor, session: { ...ctx.actor.session, secondFactorAt: proved.data.at } },
  });
}
