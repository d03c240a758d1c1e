import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";

/** base64url text of bounded length (credential ids, signatures, CBOR blobs). */
const b64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/);

const TRANSPORTS = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"] as const;

/** A browser's answer to navigator.credentials.create(), as @simplewebauthn/browser sends it. */
export const registrationResponseSchema = z.object({
  id: b64url(1400),
  rawId: b64url(1400),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: b64url(4000),
    attestationObject: b64url(20_000),
    authenticatorData: b64url(20_000).optional(),
    transports: z.array(z.enum(TRANSPORTS)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: b64url(4000).optional(),
  }),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
}) satisfies z.ZodType<RegistrationResponseJSON, unknown>;

/** A browser's answer to navigator.credentials.get(). */
export const authenticationResponseSchema = z.object({
  id: b64url(1400),
  rawId: b64url(1400),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: b64url(4000),
    authenticatorData: b64url(4000),
    signature: b64url(2000),
    userHandle: b64url(200).optional(),
  }),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
}) satisfies z.ZodType<AuthenticationResponseJSON, unknown>;

/** An answer that arrives as JSON text (the Auth.js credentials field, a server action's argument). */
export function parseJsonAnswer<T>(schema: z.ZodType<T>, raw: unknown) {
  let value: unknown = raw;
  if (typeof raw === "string") {
    if (raw.length > 60_000) return null;
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A passkey's name, as the user types it ("Teléfono", "Llave USB de la oficina"). */
export const passkeyNameSchema = z.object({
  name: z.string().trim().min(1, { error: "passkeyNameRequired" }).max(60, { error: "passkeyNameTooLong" }),
});
