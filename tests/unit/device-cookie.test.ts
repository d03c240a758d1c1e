import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cookieValue,
  DEVICE_COOKIE_MAX_AGE_S,
  deviceCookie,
  deviceCookieName,
  signDevice,
  trustedDeviceNonce,
  verifyDevice,
} from "@/lib/auth/device-cookie";
import { resetEnvForTests } from "@/lib/env";

const EMAIL = "titular@buenosaires.gob.ar";
const NONCE = "Zm9vYmFyYmF6cXV4cXV1eA";
const NOW = new Date("2026-12-01T12:00:00Z");

describe("device cookies", () => {
  const saved = process.env.AUTH_SECRET;
  beforeAll(() => {
    process.env.AUTH_SECRET = "secreto-de-prueba-de-al-menos-32-caracteres";
    resetEnvForTests();
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.AUTH_SECRET;
    else process.env.AUTH_SECRET = saved;
  });

  it("a cookie we signed names its account's device", () => {
    const value = signDevice(EMAIL, NONCE, NOW);
    expect(verifyDevice(value, EMAIL, NOW)).toBe(NONCE);
    expect(verifyDevice(value, " Titular@BuenosAires.gob.ar ", NOW)).toBe(NONCE);
  });

  it("is worthless for another account, altered, with another secret, or after a year", () => {
    const value = signDevice(EMAIL, NONCE, NOW);
    expect(verifyDevice(value, "otra@buenosaires.gob.ar", NOW)).toBeNull();
    const [payload, mac] = value.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ e: "otra@buenosaires.gob.ar", n: NONCE, t: 1 })).toString(
      "base64url",
    );
    expect(verifyDevice(`${forged}.${mac}`, "otra@buenosaires.gob.ar", NOW)).toBeNull();
    expect(verifyDevice(`${payload}.${mac.slice(0, -2)}AA`, EMAIL, NOW)).toBeNull();
    expect(verifyDevice(`${payload}`, EMAIL, NOW)).toBeNull();
    const later = new Date(NOW.getTime() + (DEVICE_COOKIE_MAX_AGE_S + 60) * 1000);
    expect(verifyDevice(value, EMAIL, later)).toBeNull();
    process.env.AUTH_SECRET = "otro-secreto-de-prueba-de-al-menos-32-caracteres";
    resetEnvForTests();
    try {
      expect(verifyDevice(value, EMAIL, NOW)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = "secreto-de-prueba-de-al-menos-32-caracteres";
      resetEnvForTests();
    }
  });

  it("is read from the Cookie header by its name, and set HttpOnly, SameSite=Lax, for a year", () => {
    const cookie = deviceCookie(EMAIL, null, new Date());
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: 31_536_000 });
    expect(cookie.name).toBe(deviceCookieName(cookie.options.secure));
    const header = `otra=1; ${cookie.name}=${cookie.value}; authjs.session-token=x`;
    expect(cookieValue(header, cookie.name)).toBe(cookie.value);
    const nonce = trustedDeviceNonce(header, EMAIL);
    expect(nonce).toMatch(/^[\w-]{22}$/);
    expect(trustedDeviceNonce(header, "otra@buenosaires.gob.ar")).toBeNull();
    expect(trustedDeviceNonce(null, EMAIL)).toBeNull();
    // Signing in again from the device keeps its nonce (and its throttle key).
    expect(verifyDevice(deviceCookie(EMAIL, nonce).value, EMAIL)).toBe(nonce);
  });

  it("uses the __Host- prefix when secure", () => {
    expect(deviceCookieName(true)).toBe("__Host-redes-device");
    expect(deviceCookieName(false)).toBe("redes-device");
  });
});
