import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPglite } from "@/db/client";
import { makePrivateDir, openToOthers } from "@/lib/fs/private";

const mode = (path: string) => statSync(path).mode & 0o777;

describe("the data directory", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "redes-modes-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("is created 0700, and so is the embedded database's own directory", async () => {
    const dir = join(root, "data", "pglite");
    const database = await openPglite(dir);
    try {
      expect(mode(join(root, "data"))).toBe(0o700);
      expect(mode(dir)).toBe(0o700);
    } finally {
      await database.close();
    }
  }, 120_000); // a new PGlite directory runs initdb

  it("keeps the mode an operator gave a directory that already exists", () => {
    const existing = join(root, "compartido");
    mkdirSync(existing, { mode: 0o750 });
    makePrivateDir(join(existing, "nuevo", "hondo"));
    expect(mode(existing)).toBe(0o750);
    expect(mode(join(existing, "nuevo"))).toBe(0o700);
    expect(mode(join(existing, "nuevo", "hondo"))).toBe(0o700);
  });

  it("tells a file others may open from a private one", () => {
    const dir = join(root, "d");
    makePrivateDir(dir);
    expect(openToOthers(dir)).toBe(false);
    const open = join(root, "abierto");
    mkdirSync(open);
    chmodSync(open, 0o755);
    expect(openToOthers(open)).toBe(true);
  });
});
