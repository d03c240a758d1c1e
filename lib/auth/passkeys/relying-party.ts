// Who the passkeys belong to (the WebAuthn relying party) and where they may be used. No Node
// or database imports.

export interface RelyingParty {
  /** The domain a passkey is bound to (no scheme, no port). */
  rpID: string;
  /** The app's origin as the browser states it in clientDataJSON (scheme, host, port). */
  origin: string;
  /** The name the browser shows when it asks to create a passkey. */
  rpName: string;
}

const RP_NAME = "Redes";

function originOf(raw: string | undefined): URL | null {
  if (!raw?.trim()) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * The relying party of this deployment. In production it comes only from the settings:
 * REDES_WEBAUTHN_RP_ID and REDES_WEBAUTHN_ORIGIN, each falling back to the host and origin of
 * AUTH_URL. Never from the request: a relay or look-alike site in front of the app chooses the
 * Host header it forwards, and a relying party taken from it would accept a passkey answer
 * made for that other site. Null when nothing is configured (passkeys are then unavailable).
 *
 * Outside production, an unconfigured app takes the origin of the request (`requestOrigin`),
 * so that a developer's localhost works without settings.
 */
export function relyingParty(
  requestOrigin: string | null = null,
  env: Record<string, string | undefined> = process.env,
): RelyingParty | null {
  const configured = originOf(env.REDES_WEBAUTHN_ORIGIN) ?? originOf(env.AUTH_URL);
  const fallback = env.NODE_ENV === "production" ? null : originOf(requestOrigin ?? undefined);
  const origin = configured ?? fallback;
  const rpID = env.REDES_WEBAUTHN_RP_ID?.trim().toLowerCase() || origin?.hostname;
  if (!origin || !rpID) return null;
  // The RP ID must be the origin's host or a registrable suffix of it, or browsers refuse it.
  const host = origin.hostname.toLowerCase();
  if (host !== rpID && !host.endsWith(`.${rpID}`)) return null;
  return { rpID, origin: origin.origin, rpName: RP_NAME };
}
