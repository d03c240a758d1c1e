import { beforeAll, expect, it } from "vitest";
import { departments, networks, people, users } from "@/db/schema";
import { APP_ROLES, type AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { departmentChoice, searchDepartments } from "@/lib/departments/search";
import { networkChoice, searchNetworks } from "@/lib/networks/search";
import { personChoice, searchPeople } from "@/lib/people/search";
import { SEARCH_LIMIT, parseSearchQuery, searchWords } from "@/lib/search/choices";
import { searchUsers, userChoice } from "@/lib/users/search";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor } from "../support/fixtures";
import { UNKNOWN } from "../support/rows";

// The searched filter fields (owner of /compromisos, user of the audit log, network and
// department of /calendario): a short list of matches by text, and the chosen one by id —
// never the whole directory.
describeDatabases("searched filter fields", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let zuluId: string;
  let userId: string;
  let deptId: string;
  let alianzaId: string;
  let archivedId: string;
  let direccionId: string;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    const [dept] = await db
      .insert(departments)
      .values({ name: "Secretaría de Búsquedas", shortName: "SBUS" })
      .returning({ id: departments.id });
    deptId = dept!.id;
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
    // 25 active networks "Red Buscable …" (acronyms RBUS00…), one found only by its acronym,
    // and an archived one that the search leaves out.
    await db.insert(networks).values(
      Array.from({ length: 25 }, (_, i) => ({
        name: `Red Buscable ${String(i).padStart(2, "0")}`,
        acronym: `RBUS${String(i).padStart(2, "0")}`,
        kind: "thematic" as const,
      })),
    );
    const [alianza, archived] = await db
      .insert(networks)
      .values([
        { name: "Alianza de Ciudades Únicas", acronym: "ZQX_1", kind: "global" },
        {
          name: "Red Buscable Archivada",
          acronym: "RBARCH",
          kind: "regional",
          archivedAt: new Date("2025-01-01T00:00:00Z"),
        },
      ])
      .returning({ id: networks.id });
    alianzaId = alianza!.id;
    archivedId = archived!.id;
    // 25 departments "Dirección Buscable …" (short names DBUS00…), one with no short name.
    await db.insert(departments).values(
      Array.from({ length: 25 }, (_, i) => ({
        name: `Dirección Buscable ${String(i).padStart(2, "0")}`,
        shortName: `DBUS${String(i).padStart(2, "0")}`,
      })),
    );
    const [direccion] = await db
      .insert(departments)
      .values({ name: "Oficina Sin Sigla" })
      .returning({ id: departments.id });
    direccionId = direccion!.id;
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
    expect(await personChoice(ctx, UNKNOWN)).toBeNull();
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

  it("networks: at most 20 active ones, in name order, by name or acronym", async () => {
    const ctx = ctxFor(getDb(), actors.viewer);
    const many = await searchNetworks(ctx, "red BUSCABLE");
    expect(many).toHaveLength(SEARCH_LIMIT);
    expect(many.map((n) => n.label)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Red Buscable ${String(i).padStart(2, "0")}`),
    );
    expect(many[0]!.detail).toBe("RBUS00");
    // Every word must be contained, each in the name or in the acronym.
    expect((await searchNetworks(ctx, "buscable rbus07")).map((n) => n.label)).toEqual(["Red Buscable 07"]);
    expect((await searchNetworks(ctx, "zqx_1")).map((n) => n.id)).toEqual([alianzaId]);
    expect((await searchNetworks(ctx, "ciudades ALIANZA")).map((n) => n.id)).toEqual([alianzaId]);
    expect(await searchNetworks(ctx, "zqx%1")).toEqual([]);
    // An archived network is not offered, neither by name nor by acronym…
    expect(await searchNetworks(ctx, "archivada")).toEqual([]);
    expect(await searchNetworks(ctx, "rbarch")).toEqual([]);
    expect((await searchNetworks(ctx, "")).length).toBeLessThanOrEqual(SEARCH_LIMIT);
    // …but a filter already set to it (an old link) still names it.
    expect(await networkChoice(ctx, archivedId)).toEqual({
      id: archivedId,
      label: "Red Buscable Archivada",
      detail: "RBARCH",
    });
    expect(await networkChoice(ctx, alianzaId)).toEqual({
      id: alianzaId,
      label: "Alianza de Ciudades Únicas",
      detail: "ZQX_1",
    });
    expect(await networkChoice(ctx, UNKNOWN)).toBeNull();
    expect(await networkChoice(ctx, "no-es-un-id")).toBeNull();
    expect(await networkChoice(ctx, undefined)).toBeNull();
  });

  it("departments: at most 20, in name order, by name or short name", async () => {
    const ctx = ctxFor(getDb(), actors.technical);
    const many = await searchDepartments(ctx, "DIRECCIÓN buscable");
    expect(many).toHaveLength(SEARCH_LIMIT);
    expect(many.map((d) => d.label)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Dirección Buscable ${String(i).padStart(2, "0")}`),
    );
    expect(many[0]!.detail).toBe("DBUS00");
    expect((await searchDepartments(ctx, "dbus13")).map((d) => d.label)).toEqual(["Dirección Buscable 13"]);
    expect((await searchDepartments(ctx, "sbus")).map((d) => d.id)).toEqual([deptId]);
    expect((await searchDepartments(ctx, "búsquedas secretaría")).map((d) => d.id)).toEqual([deptId]);
    // No short name: found by its name, with no detail.
    expect(await searchDepartments(ctx, "sin sigla")).toEqual([
      { id: direccionId, label: "Oficina Sin Sigla", detail: null },
    ]);
    expect(await searchDepartments(ctx, "ninguna repartición")).toEqual([]);
    expect((await searchDepartments(ctx, "")).length).toBeLessThanOrEqual(SEARCH_LIMIT);
    expect(await departmentChoice(ctx, deptId)).toEqual({
      id: deptId,
      label: "Secretaría de Búsquedas",
      detail: "SBUS",
    });
    expect(await departmentChoice(ctx, UNKNOWN)).toBeNull();
    expect(await departmentChoice(ctx, "no-es-un-id")).toBeNull();
    expect(await departmentChoice(ctx, undefined)).toBeNull();
  });

  it("networks and departments: whoever reads the calendar may search (today every role)", async () => {
    for (const role of APP_ROLES) {
      const ctx = ctxFor(getDb(), actors[role]);
      if (can(actors[role], "meeting.read")) {
        expect((await searchNetworks(ctx, "buscable")).length, role).toBeGreaterThan(0);
        expect((await searchDepartments(ctx, "buscable")).length, role).toBeGreaterThan(0);
        expect(await networkChoice(ctx, alianzaId), role).not.toBeNull();
        expect(await departmentChoice(ctx, deptId), role).not.toBeNull();
      } else {
        await expect(searchNetworks(ctx, "red")).rejects.toMatchObject({ failure: { code: "FORBIDDEN" } });
        await expect(networkChoice(ctx, alianzaId)).rejects.toMatchObject({ failure: { code: "FORBIDDEN" } });
        await expect(searchDepartments(ctx, "dir")).rejects.toMatchObject({
          failure: { code: "FORBIDDEN" },
        });
        await expect(departmentChoice(ctx, deptId)).rejects.toMatchObject({
          failure: { code: "FORBIDDEN" },
        });
      }
    }
  });
});

it("parses the query: trimmed, at most 100 characters, absent is empty", () => {
  const url = (q?: string) =>
    new URL(`http://redes.test/api/buscar/personas${q === undefined ? "" : `?q=${q}`}`);
  expect(parseSearchQuery(url())).toBe("");
  expect(parseSearchQuery(url("%20ana%20"))).toBe("ana");
  expect(parseSearchQuery(url("x".repeat(101)))).toBeNull();
  // Words as typed: case, accents and LIKE's wildcards are the predicate's (lib/search/like.ts).
  expect(searchWords("  Ana   50%_ ")).toEqual(["Ana", "50%_"]);
});
