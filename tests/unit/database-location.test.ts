import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultPgliteDir } from "@/db/client";
import { resetEnvForTests } from "@/lib/env";

// Scripts start the server with PGLITE_DIR="" when it runs on PostgreSQL; an empty value once
// resolved to the working directory, and PostgreSQL's files landed among the project's own.

describe("the embedded database's directory", () => {
  const saved = process.env.PGLITE_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.PGLITE_DIR;
    else process.env.PGLITE_DIR = saved;
  });

  it("is ./data/pglite when PGLITE_DIR is unset or empty", () => {
    delete process.env.PGLITE_DIR;
    resetEnvForTests();
    expect(defaultPgliteDir()).toBe(resolve("data/pglite"));
    process.env.PGLITE_DIR = "";
    resetEnvForTests();
    expect(defaultPgliteDir()).toBe(resolve("data/pglite"));
    expect(defaultPgliteDir()).not.toBe(resolve("."));
  });

  it("is PGLITE_DIR when it names one", () => {
    process.env.PGLITE_DIR = "/tmp/redes-pglite-elsewhere";
    resetEnvForTests();
    expect(defaultPgliteDir()).toBe("/tmp/redes-pglite-elsewhere");
  });
});
