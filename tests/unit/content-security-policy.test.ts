import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, REACT_HIDDEN_SVG_STYLE } from "@/lib/security/headers";

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe("content security policy", () => {
  it("allows inline styles only with the response's nonce and for React's hidden SVG holder", () => {
    const style = directive(contentSecurityPolicy("abc123"), "style-src");
    expect(style).toBe(`style-src 'self' 'nonce-abc123' 'unsafe-hashes' '${REACT_HIDDEN_SVG_STYLE}'`);
    expect(style).not.toContain("'unsafe-inline'");
    // The hash is that of exactly the attribute React writes, and nothing else.
    const hash = createHash("sha256").update("display:none").digest("base64");
    expect(REACT_HIDDEN_SVG_STYLE).toBe(`sha256-${hash}`);
  });

  it("runs scripts only with the nonce, never eval in production", () => {
    const policy = contentSecurityPolicy("n0nce");
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });
});
