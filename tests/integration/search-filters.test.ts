import { beforeAll, expect, it } from "vitest";
import { departments, people, users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { personChoice, searchPeople } from "@/lib/people/search";
import { SEARCH_LIMIT, parseSearchQuery, searchWords } from "@/lib/search/choices";
import { searchUsers, userChoice } from "@/lib/users/search";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor } from "../support/fixtures";

// The searched filter fields (owner of /compromisos, user of the audit log): a short list of
// matches by text, and the chosen one by id — never the whole directory.
describeDatabases("searched filter fields", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let zuluId: string;
  let userId: string;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    const [dept] = await db
      .insert(departments)
      .values({ name: "Secretaría de Búsquedas", shortName: "SBUS" })
      .returning({ id: departments.id });
    // 30 people called "Buscable …": more than one answer holds.
    await db.insert(people).values(
      Array.from({ length: 30 }, (_, i) => ({
        fullName: `Buscable ${String(i).padStart(2, "0")} Pérez`,
        departmentId: dept!.id,
      })),
    );
    const [zulu] = await db
      .insert(people)
      .values({ fullName: "Zulema Ñandú_50%", departmentId: dept!.id })
      .returning({ id: people.id });
    zuluId = zulu!.id;
    await db.insert(users).values(
      Array.from({ length: 25 }, (_, i) => ({
        email: `buscable${i}@redes.test`,
        name: `Cuenta Buscable ${String(i).padStart(2, "0")}`,
      })),
    );
    const [user] = await db
      .insert(users)
      .values({ email: "unica.persona@redes.test", name: "Única Cuenta" })
      .returning({ id: users.id });
    userId = user!.id;
  });

  it("people: at most 20, in name order, every word contained, case-insensitive", async () => {
    const ctx = ctxFor(getDb(), actors.viewer);
    const many = await searchPeople(ctx, "BUSCABLE");
    expect(many).toHaveLength(SEARCH_LIMIT);
    expect(many.map((p) => p.label)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Buscable ${String(i).padStart(2, "0")} Pérez`),
    );
    expect(many[0]!.detail).toBe("SBUS");
    expect((await searchPeople(ctx, "pérez 07 busc")).map((p) => p.label)).toEqual(["Buscable 07 Pérez"]);
    // The words are text, not patterns: "_" and "%" are themselves.
    expect((await searchPeople(ctx, "ñandú_50%")).map((p) => p.id)).toEqual([zuluId]);
    expect(await searchPeople(ctx, "dú%5")).toEqual([]);
    expect(await searchPeople(ctx, "nadie se llama así")).toEqual([]);
    // An empty query is the start of the directory, still at most 20.
    expect((await searchPeople(ctx, "")).length).toBeLessThanOrEqual(SEARCH_LIMIT);
  });

  it("people: the chosen one by id, null for unknown or malformed ids", async () => {
    const ctx = ctxFor(getDb(), actors.technical);
    expect(await personChoice(ctx, zuluId)).toEqual({
      id: zuluId,
      label: "Zulema Ñandú_50%",
      detail: "SBUS",
    });
    expect(await personChoice(ctx, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await personChoice(ctx, "no-es-un-id")).toBeNull();
    expect(await personChoice(ctx, undefined)).toBeNull();
  });

  it("users: by name or e-mail, at most 20, administrators only", async () => {
    const admin = ctxFor(getDb(), actors.admin);
    const many = await searchUsers(admin, "cuenta buscable");
    expect(many).toHaveLength(SEARCH_LIMIT);
    expect(many[0]).toMatchObject({ label: "Cuenta Buscable 00", detail: "buscable0@redes.test" });
    expect((await searchUsers(admin, "UNICA.PERSONA")).map((u) => u.id)).toEqual([userId]);
    expect(await userChoice(admin, userId)).toEqual({
      id: userId,
      label: "Única Cuenta",
      detail: "unica.persona@redes.test",
    });
    for (const role of ["coordinator", "head", "technical", "viewer"] as const) {
      const ctx = ctxFor(getDb(), actors[role]);
      await expect(searchUsers(ctx, "cuenta")).rejects.toMatchObject({ failure: { code: "FORBIDDEN" } });
      await expect(userChoice(ctx, userId)).rejects.toMatchObject({ failure: { code: "FORBIDDEN" } });
    }
  });
});

it("parses the query: trimmed, at most 100 characters, absent is empty", () => {
  const url = (q?: string) =>
    new URL(`http://redes.test/api/buscar/personas${q === undefined ? "" : `?q=${q}`}`);
  expect(parseSearchQuery(url())).toBe("");
  expect(parseSearchQuery(url("%20ana%20"))).toBe("ana");
  expect(parseSearchQuery(url("x".repeat(101)))).toBeNull();
  expect(searchWords("  Ana   50%_ ")).toEqual(["%ana%", "%50\\%\\_%"]);
});
