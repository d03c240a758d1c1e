import { describe, expect, it } from "vitest";
import { authConfig } from "@/auth.config";
import { pastAbsoluteLifetime, sessionPolicy } from "@/lib/auth/session-policy";

type JwtArgs = Parameters<typeof authConfig.callbacks.jwt>[0];
const jwt = (args: Partial<JwtArgs>) => authConfig.callbacks.jwt({ token: {}, ...args } as JwtArgs);
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe("session policy", () => {
  it("defaults to 30 minutes idle and 12 hours in all, configurable by environment", () => {
    expect(sessionPolicy({})).toEqual({ idleSeconds: 30 * 60, maxSeconds: 12 * 3600 });
    expect(sessionPolicy({ REDES_SESSION_IDLE_MINUTES: "15", REDES_SESSION_MAX_HOURS: "8" })).toEqual({
      idleSeconds: 15 * 60,
      maxSeconds: 8 * 3600,
    });
    // Nonsense falls back to the defaults; idle never exceeds the absolute lifetime.
    expect(sessionPolicy({ REDES_SESSION_IDLE_MINUTES: "-3", REDES_SESSION_MAX_HOURS: "abc" })).toEqual({
      idleSeconds: 30 * 60,
      maxSeconds: 12 * 3600,
    });
    expect(
      sessionPolicy({ REDES_SESSION_IDLE_MINUTES: "600", REDES_SESSION_MAX_HOURS: "1" }).idleSeconds,
    ).toBe(3600);
  });

  it("the session token expires after the idle time, re-issued on each request", () => {
    expect(authConfig.session.maxAge).toBe(sessionPolicy().idleSeconds);
  });

  it("sign-in stamps the token; past the absolute lifetime the token is dropped however active it was", async () => {
    const signedIn = await jwt({
      user: { id: "u1", role: "coordinator", departmentId: null, sessionVersion: 2 } as JwtArgs["user"],
    });
    expect(signedIn).toMatchObject({ uid: "u1", role: "coordinator", sessionVersion: 2 });
    expect(Math.abs((signedIn!.authAt as number) - nowSeconds())).toBeLessThanOrEqual(1);

    const { maxSeconds } = sessionPolicy();
    expect(await jwt({ token: { uid: "u1", authAt: nowSeconds() - maxSeconds + 60 } })).toMatchObject({
      uid: "u1",
    });
    expect(await jwt({ token: { uid: "u1", authAt: nowSeconds() - maxSeconds - 1 } })).toBeNull();
    // A token without a sign-in time (issued before this rule) is not trusted either.
    expect(await jwt({ token: { uid: "u1" } })).toBeNull();
    expect(pastAbsoluteLifetime(1000, 1000 + maxSeconds, maxSeconds)).toBe(true);
  });
});
