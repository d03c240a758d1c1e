import { getDb } from "@/db/client";
import { auditDenials } from "@/lib/auth/denials";
import { passkeyRegistrationOptions } from "@/lib/auth/passkeys/registration";
import { currentRelyingParty, fromAppOrigin } from "@/lib/auth/passkeys/request-origin";
import { crossOrigin, jsonResult } from "@/lib/auth/passkeys/respond";
import { REGISTERING_STATES, sessionActorIn } from "@/lib/auth/passkeys/session-actor";
import { fail } from "@/lib/result";

// POST /api/passkeys/registro/opciones — the options for adding a passkey to one's own account
// (policy account.manage, checked in lib/); also while enrolling a required second factor.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const rp = await currentRelyingParty();
  if (rp && !fromAppOrigin(request, rp)) return crossOrigin();
  const actor = await sessionActorIn(REGISTERING_STATES);
  if (!actor) return jsonResult(fail("UNAUTHENTICATED"));
  return jsonResult(await passkeyRegistrationOptions(auditDenials({ db: await getDb(), actor }), rp));
}
