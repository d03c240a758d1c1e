import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTH_SECRET_MIN_BYTES, authSecret, secretBytes } from "@/lib/auth/secret";

const mode = (path: string) => statSync(path).mode & 0o777;

describe("AUTH_SECRET's length", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is counted in bytes: decoded when base64 (either alphabet), else as UTF-8 text", () => {
    expect(AUTH_SECRET_MIN_BYTES).toBe(32);
    expect(secretBytes(randomBytes(32).toString("base64"))).toBe(32); // openssl rand -base64 32
    expect(secretBytes(randomBytes(32).toString("base64url"))).toBe(32);
    expect(secretBytes(randomBytes(31).toString("base64"))).toBe(31);
    // 43 characters of base64 are 32 bytes, not 43.
    expect(secretBytes("a".repeat(43))).toBe(32);
    expect(secretBytes("a".repeat(42))).toBe(31);
    // Not base64: its UTF-8 bytes ("ñ" is two).
    expect(secretBytes("una frase larga, con espacios!")).toBe(30);
    expect(secretBytes("ñ".repeat(16))).toBe(32);
  });

  it("production refuses a secret shorter than 32 bytes, saying how it counts and how to make one", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", randomBytes(24).toString("base64")); // 32 characters, 24 bytes
    expect(() => authSecret()).toThrow(
      /AUTH_SECRET is too short: 24 bytes, at least 32.*base64.*openssl rand -base64 32/,
    );
    vi.stubEnv("AUTH_SECRET", "corta");
    expect(() => authSecret()).toThrow(/5 bytes/);
    const good = randomBytes(32).toString("base64");
    vi.stubEnv("AUTH_SECRET", good);
    expect(authSecret()).toBe(good);
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => authSecret()).toThrow(/AUTH_SECRET is required in production/);
  });

  it("development accepts any secret it is given", () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("AUTH_SECRET", "corta");
    expect(authSecret()).toBe("corta");
  });
});

describe("the development secret file", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "redes-secret-"));
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("AUTH_SECRET", "");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it("is generated 0600 in a new 0700 directory, and read again", () => {
    const file = join(root, "data", "auth-secret");
    vi.stubEnv("AUTH_SECRET_FILE", file);
    const secret = authSecret();
    expect(secretBytes(secret)).toBe(32);
    expect(mode(join(root, "data"))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(readFileSync(file, "utf8")).toBe(secret);
    expect(authSecret()).toBe(secret);
  });

  it("is refused, with a clear error, when its group or others may read it", () => {
    const file = join(root, "auth-secret");
    vi.stubEnv("AUTH_SECRET_FILE", file);
    writeFileSync(file, "secreto-compartido-de-mas");
    for (const open of [0o644, 0o640, 0o604, 0o660]) {
      chmodSync(file, open);
      expect(() => authSecret()).toThrow(/can be read or changed by other users.*chmod 600/);
    }
    chmodSync(file, 0o600);
    expect(authSecret()).toBe("secreto-compartido-de-mas");
    chmodSync(file, 0o400);
    expect(authSecret()).toBe("secreto-compartido-de-mas");
  });
});
