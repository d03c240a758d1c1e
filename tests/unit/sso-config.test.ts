import { describe, expect, it } from "vitest";
import { isLoopbackHost, ssoConfig, ssoConfigProblem } from "@/lib/auth/sso-config";

const settings = (issuer: string, nodeEnv: string) => ({
  NODE_ENV: nodeEnv,
  REDES_OIDC_ISSUER: issuer,
  REDES_OIDC_CLIENT_ID: "redes",
  REDES_OIDC_CLIENT_SECRET: "s3cr3t",
});

describe("the single sign-on issuer's scheme", () => {
  it("must be https: in production: http: is refused with a clear message, and single sign-on stays off", () => {
    const env = settings("http://sso.buenosaires.test/realms/gcba", "production");
    expect(ssoConfigProblem(env)).toMatch(/REDES_OIDC_ISSUER must be an https: URL in production/);
    expect(ssoConfigProblem(env)).toContain("http://sso.buenosaires.test/realms/gcba");
    expect(ssoConfig(env)).toBeNull();
    const https = settings("https://sso.buenosaires.test/realms/gcba", "production");
    expect(ssoConfigProblem(https)).toBeNull();
    expect(ssoConfig(https)?.issuer).toBe("https://sso.buenosaires.test/realms/gcba");
  });

  it("may be http: in production only on a loopback address (a provider on this machine)", () => {
    for (const issuer of [
      "http://127.0.0.1:4010",
      "http://127.8.9.10/oidc",
      "http://localhost:8080/realms/test",
      "http://[::1]:4010",
    ]) {
      expect(ssoConfigProblem(settings(issuer, "production")), issuer).toBeNull();
      expect(ssoConfig(settings(issuer, "production"))?.issuer, issuer).toBe(issuer);
    }
    // Look-alikes are not loopback.
    for (const issuer of [
      "http://127.0.0.1.nip.io",
      "http://localhost.example.com",
      "http://sso.localhost",
      "http://10.0.0.1",
      "http://[::2]",
      "http://128.0.0.1",
    ]) {
      expect(ssoConfigProblem(settings(issuer, "production")), issuer).not.toBeNull();
    }
  });

  it("may be http: anywhere in development and tests", () => {
    expect(ssoConfigProblem(settings("http://sso.test", "development"))).toBeNull();
    expect(ssoConfigProblem(settings("http://sso.test", "test"))).toBeNull();
  });

  it("names a setting that is not a URL, and says nothing while single sign-on is not set", () => {
    expect(ssoConfigProblem(settings("no es una URL", "production"))).toMatch(/not a URL/);
    expect(ssoConfigProblem(settings("ftp://sso.test", "development"))).toMatch(/https: URL/);
    expect(ssoConfigProblem({ NODE_ENV: "production", REDES_OIDC_ISSUER: "http://sso.test" })).toBeNull();
    expect(ssoConfigProblem({})).toBeNull();
  });

  it("knows the loopback hosts", () => {
    expect(isLoopbackHost("localhost")).toBe(true);
    expect(isLoopbackHost("LOCALHOST")).toBe(true);
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("[::1]")).toBe(true);
    expect(isLoopbackHost("::1")).toBe(true);
    expect(isLoopbackHost("sso.test")).toBe(false);
    expect(isLoopbackHost("127.0.0.1.example")).toBe(false);
  });
});
