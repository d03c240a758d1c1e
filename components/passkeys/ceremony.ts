import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/browser";

/**
 * The browser side of a passkey ceremony: the options from the app's route handler, then the
 * browser's prompt. @simplewebauthn/browser is loaded on the click (a dynamic import), so
 * pages only pay for it when someone uses a passkey.
 */

/** What went wrong, as a key under "passkeys.errors." (or an app failure's message key). */
export type CeremonyProblem = { key: string };

export type Ceremony<T> = { ok: true; value: T } | { ok: false; problem: CeremonyProblem };

const problem = (key: string): { ok: false; problem: CeremonyProblem } => ({ ok: false, problem: { key } });

async function options<T>(url: string): Promise<Ceremony<T>> {
  try {
    const response = await fetch(url, { method: "POST", credentials: "same-origin", cache: "no-store" });
    const body = (await response.json()) as T & { message?: string; code?: string };
    if (!response.ok) return problem(body.message ?? "passkeys.errors.generic");
    return { ok: true, value: body };
  } catch {
    return problem("passkeys.errors.generic");
  }
}

/** The browser's error, as the user should read it. */
function browserProblem(error: unknown): { ok: false; problem: CeremonyProblem } {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  if (code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" || name === "InvalidStateError") {
    return problem("passkeys.errors.alreadyRegistered");
  }
  if (name === "NotAllowedError" || name === "AbortError" || code === "ERROR_CEREMONY_ABORTED") {
    return problem("passkeys.errors.cancelled");
  }
  return problem("passkeys.errors.generic");
}

export async function createPasskey(url: string): Promise<Ceremony<RegistrationResponseJSON>> {
  const browser = await import("@simplewebauthn/browser");
  if (!browser.browserSupportsWebAuthn()) return problem("passkeys.errors.unsupported");
  const optionsJSON = await options<PublicKeyCredentialCreationOptionsJSON>(url);
  if (!optionsJSON.ok) return optionsJSON;
  try {
    return { ok: true, value: await browser.startRegistration({ optionsJSON: optionsJSON.value }) };
  } catch (error) {
    return browserProblem(error);
  }
}

export async function signWithPasskey(url: string): Promise<Ceremony<AuthenticationResponseJSON>> {
  const browser = await import("@simplewebauthn/browser");
  if (!browser.browserSupportsWebAuthn()) return problem("passkeys.errors.unsupported");
  const optionsJSON = await options<PublicKeyCredentialRequestOptionsJSON>(url);
  if (!optionsJSON.ok) return optionsJSON;
  try {
    return { ok: true, value: await browser.startAuthentication({ optionsJSON: optionsJSON.value }) };
  } catch (error) {
    return browserProblem(error);
  }
}

export const OPTIONS_URLS = {
  register: "/api/passkeys/registro/opciones",
  signIn: "/api/passkeys/ingreso/opciones",
  secondFactor: "/api/passkeys/segundo-factor/opciones",
} as const;
