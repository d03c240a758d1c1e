import { Auth } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import type { User } from "next-auth";
import { describe, expect, it } from "vitest";
import { authConfig } from "@/auth.config";
import { authCookies, usesHttps } from "@/lib/auth/cookies";

const SECRET = "x".repeat(44);

describe("Auth.js's cookies", () => {
  it("over https are all named __Host-: Secure, Path=/, no Domain", () => {
    const cookies = authCookies(true);
    expect(Object.keys(cookies).sort()).toEqual(
      [
        "callbackUrl",
        "csrfToken",
        "nonce",
        "pkceCodeVerifier",
        "sessionToken",
        "state",
        "webauthnChallenge",
      ].sort(),
    );
    for (const [key, cookie] of Object.entries(cookies)) {
      expect(cookie.name, key).toMatch(/^__Host-authjs\./);
      expect(cookie.options, key).toMatchObject({ secure: true, path: "/", httpOnly: true, sameSite: "lax" });
      expect(cookie.options, key).not.toHaveProperty("domain");
    }
    expect(cookies.sessionToken?.name).toBe("__Host-authjs.session-token");
    expect(cookies.pkceCodeVerifier?.options).toMatchObject({ maxAge: 900 });
  });

  it("over plain http keep Auth.js's bare names, without Secure (a prefixed cookie would be refused)", () => {
    for (const [key, cookie] of Object.entries(authCookies(false))) {
      expect(cookie.name, key).toMatch(/^authjs\./);
      expect(cookie.options, key).toMatchObject({ secure: false, path: "/" });
    }
  });

  it("follow the transport Auth.js sees: AUTH_URL, else X-Forwarded-Proto, else the request's URL", () => {
    const forwarded = (proto: string) => new Headers({ "x-forwarded-proto": proto });
    expect(usesHttps(forwarded("https"), "http://127.0.0.1:3000/x", {})).toBe(true);
    expect(usesHttps(forwarded("http"), "https://redes.test/x", {})).toBe(false);
    expect(usesHttps(forwarded("https, http"), undefined, {})).toBe(true);
    expect(usesHttps(new Headers(), "https://redes.test/x", {})).toBe(true);
    expect(usesHttps(new Headers(), "http://127.0.0.1:3000/x", {})).toBe(false);
    expect(usesHttps(null, undefined, {})).toBe(true); // Auth.js's default too
    expect(usesHttps(forwarded("http"), undefined, { AUTH_URL: "https://redes.test" })).toBe(true);
    expect(usesHttps(forwarded("https"), undefined, { AUTH_URL: "http://127.0.0.1:3000" })).toBe(false);
  });

  it("are the ones Auth.js sets: a sign-in over https sets __Host- session and CSRF cookies, Secure, Path=/, without Domain", async () => {
    const config = {
      ...authConfig,
      basePath: "/api/auth",
      secret: SECRET,
      cookies: authCookies(true),
      providers: [
        Credentials({
          credentials: { email: {}, password: {} },
          // Whatever the session's user carries besides these, the cookies are what is tested.
          authorize: (credentials) =>
            credentials.password === "la-buena"
              ? ({ id: "u1", email: String(credentials.email), role: "viewer", departmentId: null } as User)
              : null,
        }),
      ],
    };
    const csrf = await Auth(new Request("https://redes.test/api/auth/csrf"), config);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().find((c) => c.startsWith("__Host-authjs.csrf-token="));
    expect(csrfCookie).toBeTruthy();
    const signIn = await Auth(
      new Request("https://redes.test/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie!.split(";")[0]! },
        body: new URLSearchParams({ csrfToken, email: "ana@redes.test", password: "la-buena" }),
      }),
      config,
    );
    const set = signIn.headers.getSetCookie();
    const session = set.find((c) => c.startsWith("__Host-authjs.session-token="));
    expect(session, set.join("\n")).toBeTruthy();
    expect(session).toMatch(/; Path=\/(;|$)/);
    expect(session).toMatch(/; Secure(;|$)/i);
    expect(session).toMatch(/; HttpOnly(;|$)/i);
    expect(session).not.toMatch(/domain=/i);
    expect(set.some((c) => c.startsWith("__Secure-"))).toBe(false);

    const read = await Auth(
      new Request("https://redes.test/api/auth/session", { headers: { cookie: session!.split(";")[0]! } }),
      config,
    );
    await expect(read.json()).resolves.toMatchObject({ user: { email: "ana@redes.test" } });
  });
});
