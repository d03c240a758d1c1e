import { describe, expect, it } from "vitest";
import { authConfig } from "@/auth.config";
import { pastAbsoluteLifetime, secondFactorRequiredRoles, sessionPolicy } from "@/lib/auth/session-policy";
import { ssoProvedSecondFactor } from "@/lib/auth/sso-second-factor";
import { deviceLabel } from "@/lib/auth/user-agent";

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
      user: { id: "u1", role: "coordinator", departmentId: null, sessionId: "s1" } as JwtArgs["user"],
    });
    expect(signedIn).toMatchObject({ uid: "u1", role: "coordinator", sid: "s1" });
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

  it("asks administrators for a second factor unless configured otherwise", () => {
    expect(secondFactorRequiredRoles({})).toEqual(["admin"]);
    expect(secondFactorRequiredRoles({ REDES_MFA_REQUIRED_ROLES: " Admin, coordinator ,nobody" })).toEqual([
      "admin",
      "coordinator",
    ]);
    expect(secondFactorRequiredRoles({ REDES_MFA_REQUIRED_ROLES: "none" })).toEqual([]);
  });

  it("trusts a single sign-on's own multi-factor claims (amr, configured acr) unless told not to", () => {
    expect(ssoProvedSecondFactor({ amr: ["pwd"] }, {})).toBe(false);
    expect(ssoProvedSecondFactor({ amr: ["pwd", "otp"] }, {})).toBe(true);
    expect(ssoProvedSecondFactor({ amr: ["mfa"] }, { REDES_SSO_TRUST_MFA: "false" })).toBe(false);
    expect(ssoProvedSecondFactor({ acr: "urn:gcba:mfa" }, {})).toBe(false);
    expect(ssoProvedSecondFactor({ acr: "urn:gcba:mfa" }, { REDES_SSO_MFA_ACR: "x, urn:gcba:mfa" })).toBe(
      true,
    );
    expect(ssoProvedSecondFactor(null, {})).toBe(false);
  });

  it("names a session's browser and system for the sessions list", () => {
    expect(
      deviceLabel(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      ),
    ).toEqual({ browser: "Edge", system: "Windows" });
    expect(
      deviceLabel(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      ),
    ).toEqual({ browser: "Safari", system: "iOS" });
    expect(deviceLabel("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toEqual({
      browser: "Firefox",
      system: "Linux",
    });
    expect(deviceLabel(null)).toEqual({ browser: null, system: null });
  });
});
