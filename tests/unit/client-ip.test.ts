import { describe, expect, it } from "vitest";
import { clientIp, clientIpFrom, normalizeAddress, parseTrustedProxies } from "@/lib/auth/client-ip";
import { resetEnvForTests } from "@/lib/env";

const request = (forwarded?: string, extra: Record<string, string> = {}) =>
  new Headers({ ...(forwarded === undefined ? {} : { "x-forwarded-for": forwarded }), ...extra });
const under = (setting: string | undefined, headers: Headers) =>
  clientIpFrom(headers, parseTrustedProxies(setting));

describe("client address", () => {
  it("without trusted proxies, forwarded headers are ignored: the address is unknown", () => {
    for (const setting of [undefined, "", "  ", "0"]) {
      expect(under(setting, request("198.51.100.7", { "x-real-ip": "198.51.100.8" }))).toBeNull();
    }
  });

  it("with a number of hops, the client is that many entries from the right; spoofed leading entries are ignored", () => {
    // One proxy in front appends the address it saw; whatever the client sent stays to its left.
    expect(under("1", request("203.0.113.9"))).toBe("203.0.113.9");
    expect(under("1", request("1.2.3.4, 5.6.7.8, 203.0.113.9"))).toBe("203.0.113.9");
    expect(under("2", request("1.2.3.4, 203.0.113.9, 10.0.0.2"))).toBe("203.0.113.9");
    // Fewer entries than proxies: it did not come through them all.
    expect(under("2", request("203.0.113.9"))).toBeNull();
    expect(under("1", request("no-es-una-direccion"))).toBeNull();
    expect(under("1", request())).toBeNull();
  });

  it("with a list, X-Forwarded-For is walked from the right skipping trusted proxies (IPv4 and IPv6 CIDR)", () => {
    const setting = "10.0.0.0/8, 192.168.1.1, 2001:db8:ffff::/48, ::1";
    expect(under(setting, request("203.0.113.9"))).toBe("203.0.113.9");
    expect(under(setting, request("6.6.6.6, 203.0.113.9, 10.1.2.3"))).toBe("203.0.113.9");
    expect(under(setting, request("6.6.6.6, 2001:db8:1::5, 2001:db8:ffff:1::2, ::1"))).toBe("2001:db8:1::5");
    expect(under(setting, request("198.51.100.1, 192.168.1.1"))).toBe("198.51.100.1");
    // 192.168.1.2 is not the trusted 192.168.1.1: it is the client, whatever lies to its left.
    expect(under(setting, request("10.9.9.9, 192.168.1.2, 192.168.1.1"))).toBe("192.168.1.2");
    // Only trusted proxies: the request began at the furthest one.
    expect(under(setting, request("10.0.0.5, 10.0.0.6"))).toBe("10.0.0.5");
    // Garbage where an address should be: unknown, never the garbage.
    expect(under(setting, request("6.6.6.6, ataque, 10.0.0.6"))).toBeNull();
    // X-Real-IP is one more header a client can send.
    expect(under(setting, request(undefined, { "x-real-ip": "6.6.6.6" }))).toBeNull();
  });

  it("normalises brackets, ports and IPv4-mapped addresses", () => {
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:5000")).toBe("192.0.2.1");
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("999.1.1.1")).toBeNull();
    expect(under("10.0.0.0/8", request("::ffff:203.0.113.9, ::ffff:10.0.0.1"))).toBe("203.0.113.9");
  });

  it("refuses a malformed setting instead of trusting something unintended", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustedProxies("proxy.interno")).toThrow(/not an IP/);
    expect(() => parseTrustedProxies("2001:db8::/129")).toThrow(/prefix/);
  });

  it("reads REDES_TRUSTED_PROXIES", () => {
    const saved = process.env.REDES_TRUSTED_PROXIES;
    try {
      delete process.env.REDES_TRUSTED_PROXIES;
      resetEnvForTests();
      expect(clientIp(request("6.6.6.6, 203.0.113.9"))).toBeNull();
      process.env.REDES_TRUSTED_PROXIES = "1";
      resetEnvForTests();
      expect(clientIp(request("6.6.6.6, 203.0.113.9"))).toBe("203.0.113.9");
    } finally {
      if (saved === undefined) delete process.env.REDES_TRUSTED_PROXIES;
      else process.env.REDES_TRUSTED_PROXIES = saved;
    }
  });
});
