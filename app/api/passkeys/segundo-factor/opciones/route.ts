import { getDb } from "@/db/client";
import { auditDenials } from "@/lib/auth/denials";
import { passkeySecondFactorOptions } from "@/lib/auth/passkeys/authentication";
import { currentRelyingParty, fromAppOrigin } from "@/lib/auth/passkeys/request-origin";
import { crossOrigin, jsonResult } from "@/lib/auth/passkeys/respond";
import { PROVING_STATES, sessionActorIn } from "@/lib/auth/passkeys/session-actor";
import { fail } from "@/lib/result";

// POST /api/passkeys/segundo-factor/opciones — the options for proving this session's second
// factor with one of the account's passkeys (policy account.manage, checked in lib/).
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const rp = await currentRelyingParty();
  if (rp && !fromAppOrigin(request, rp)) return crossOrigin();
  const actor = await sessionActorIn(PROVING_STATES);
  if (!actor) return jsonResult(fail("UNAUTHENTICATED"));
  return jsonResult(await passkeySecondFactorOptions(auditDenials({ db: await getDb(), actor }), rp));
}
