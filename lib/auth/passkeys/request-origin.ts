import { headers } from "next/headers";
import { relyingParty, type RelyingParty } from "./relying-party";

/**
 * This request's relying party (lib/auth/passkeys/relying-party.ts). The request's own origin
 * is offered only as the development fallback; production reads the settings alone.
 */
export async function currentRelyingParty(): Promise<RelyingParty | null> {
  let requestOrigin: string | null = null;
  try {
    const list = await headers();
    const host = list.get("host");
    if (host) requestOrigin = `${list.get("x-forwarded-proto") === "https" ? "https" : "http"}://${host}`;
  } catch {
    // Outside a request (tests, the command line): settings only.
  }
  return relyingParty(requestOrigin);
}

/**
 * A JSON POST from the app's own pages: its Origin header must be the app's origin. Browsers
 * always send Origin on a cross-site POST, so a form or fetch from another site is refused.
 */
export function fromAppOrigin(request: Request, rp: RelyingParty): boolean {
  return request.headers.get("origin") === rp.origin;
}
