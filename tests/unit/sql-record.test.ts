import { afterEach, describe, expect, it, vi } from "vitest";
import { openPostgres, SQL_RECORD_IN_PRODUCTION_CONSENT, sqlRecordRefusal } from "@/db/client";

// The recorder writes every statement with its parameters (password hashes included) to a file.
describe("REDES_SQL_RECORD", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is refused in production, with a message naming the risk and the way out", () => {
    const refusal = sqlRecordRefusal({ NODE_ENV: "production", REDES_SQL_RECORD: "/tmp/sql.jsonl" });
    expect(refusal).toMatch(/REDES_SQL_RECORD is set: .*parameters.*password hashes.*production refuses/);
    expect(refusal).toContain(`REDES_SQL_RECORD_IN_PRODUCTION=${SQL_RECORD_IN_PRODUCTION_CONSENT}`);
    // Any other value of the second setting is no consent.
    expect(
      sqlRecordRefusal({
        NODE_ENV: "production",
        REDES_SQL_RECORD: "/tmp/sql.jsonl",
        REDES_SQL_RECORD_IN_PRODUCTION: "1",
      }),
    ).not.toBeNull();
  });

  it("runs in production only beside the explicit consent the test and benchmark servers set", () => {
    expect(SQL_RECORD_IN_PRODUCTION_CONSENT).toBe("acepto-registrar-parametros");
    expect(
      sqlRecordRefusal({
        NODE_ENV: "production",
        REDES_SQL_RECORD: "/tmp/sql.jsonl",
        REDES_SQL_RECORD_IN_PRODUCTION: SQL_RECORD_IN_PRODUCTION_CONSENT,
      }),
    ).toBeNull();
  });

  it("is free in development and tests, and nothing is asked when it is unset", () => {
    expect(sqlRecordRefusal({ NODE_ENV: "development", REDES_SQL_RECORD: "/tmp/sql.jsonl" })).toBeNull();
    expect(sqlRecordRefusal({ NODE_ENV: "test", REDES_SQL_RECORD: "/tmp/sql.jsonl" })).toBeNull();
    expect(sqlRecordRefusal({ NODE_ENV: "production", REDES_SQL_RECORD: "" })).toBeNull();
    expect(sqlRecordRefusal({ NODE_ENV: "production" })).toBeNull();
  });

  it("a production process that opens the database with it and without the consent gets an error, not a recording", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("REDES_SQL_RECORD", "/tmp/redes-never-written.jsonl");
    vi.stubEnv("REDES_SQL_RECORD_IN_PRODUCTION", "");
    expect(() => openPostgres("postgres://nadie@127.0.0.1:1/nada")).toThrow(/production refuses/);
    vi.stubEnv("REDES_SQL_RECORD_IN_PRODUCTION", SQL_RECORD_IN_PRODUCTION_CONSENT);
    const database = openPostgres("postgres://nadie@127.0.0.1:1/nada");
    await database.close();
  });
});
