import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";
import { serverEnv } from "@/lib/env";

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): after a
 * successful password sign-in the browser keeps a signed cookie naming the account and a random
 * nonce. A later attempt on that account carrying it is throttled by its device key
 * (`device:<nonce>`, a larger budget: lib/auth/throttle.ts) instead of the account's lockout,
 * so an attacker who keeps failing cannot lock the owner out of their own browsers. The cookie
 * proves only that this browser once knew the password: the password is checked as always,
 * and a device that keeps failing is blocked in turn.
 *
 * Value: base64url(JSON {e: e-mail, n: nonce, t: issued, seconds}) "." HMAC-SHA-256 of it, with a
 * key derived from AUTH_SECRET for this purpose only (HKDF), so it cannot be forged or moved to
 * another account. It lasts a year (the server checks the age too, not only the browser), is
 * HttpOnly and SameSite=Lax, and in production Secure with the `__Host-` prefix (no Domain,
 * Path=/: no other host or path can set or shadow it). One browser keeps the cookie of the last
 * account that signed in with it.
 */
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

export function deviceCookieName(secure: boolean): string {
  return secure ? "__Host-redes-device" : "redes-device";
}

/** Secure cookies in production; plain HTTP only in development and tests. */
export const secureDeviceCookie = () => serverEnv().NODE_ENV === "production";

let keyCache: { secret: string; key: Buffer } | undefined;
function signingKey(): Buffer {
  const secret = authSecret();
  if (keyCache?.secret !== secret) {
    keyCache = {
      secret,
      key: Buffer.from(hkdfSync("sha256", secret, "redes", "redes device cookie v1", 32)),
    };
  }
  return keyCache.key;
}

const mac = (payload: string) => createHmac("sha256", signingKey()).update(payload).digest("base64url");

export function signDevice(email: string, nonce: string, issued: Date): string {
  const payload = Buffer.from(
    JSON.stringify({ e: email.trim().toLowerCase(), n: nonce, t: Math.floor(issued.getTime() / 1000) }),
  ).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

export const newDeviceNonce = () => randomBytes(16).toString("base64url");

/** The nonce of a cookie value signed by us for this e-mail and not older than a year, or null. */
export function verifyDevice(value: string, email: string, now = new Date()): string | null {
  const [payload, signature, ...rest] = value.split(".");
  if (!payload || !signature || rest.length) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      e?: unknown;
      n?: unknown;
      t?: unknown;
    };
    if (typeof data.e !== "string" || typeof data.n !== "string" || typeof data.t !== "number") return null;
    if (data.e !== email.trim().toLowerCase() || !/^[\w-]{16,64}$/.test(data.n)) return null;
    const age = now.getTime() / 1000 - data.t;
    if (age < 0 || age > DEVICE_COOKIE_MAX_AGE_S) return null;
    return data.n;
  } catch {
    return null;
  }
}

/** The named cookie's value in a Cookie request header, or null. */
export function cookieValue(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The device nonce of a request's cookie, if it is valid for this e-mail's account. */
export function trustedDeviceNonce(cookieHeader: string | null, email: unknown): string | null {
  if (typeof email !== "string") return null;
  const value = cookieValue(cookieHeader, deviceCookieName(secureDeviceCookie()));
  return value ? verifyDevice(value, email) : null;
}

/** The cookie to set after a successful password sign-in (keeping the device's nonce if any). */
export function deviceCookie(email: string, nonce: string | null, now = new Date()) {
  const secure = secureDeviceCookie();
  return {
    name: deviceCookieName(secure),
    value: signDevice(email, nonce ?? newDeviceNonce(), now),
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      secure,
      path: "/",
      maxAge: DEVICE_COOKIE_MAX_AGE_S,
    },
  };
}
