import { getDb } from "@/db/client";
import { passkeySignInOptions } from "@/lib/auth/passkeys/authentication";
import { currentRelyingParty, fromAppOrigin } from "@/lib/auth/passkeys/request-origin";
import { crossOrigin, jsonResult } from "@/lib/auth/passkeys/respond";

// POST /api/passkeys/ingreso/opciones — public: the options of a sign-in with a passkey alone.
// Stores only a challenge (bounded in number, lib/auth/passkeys/challenges.ts); no body.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const rp = await currentRelyingParty();
  if (rp && !fromAppOrigin(request, rp)) return crossOrigin();
  return jsonResult(await passkeySignInOptions(await getDb(), rp));
}
