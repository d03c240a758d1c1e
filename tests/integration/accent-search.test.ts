import { beforeAll, expect, it } from "vitest";
import { commitments, departments, networks, people } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { searchAssignablePeople } from "@/lib/assignments/search";
import { parseCommitmentListParams } from "@/lib/commitments/list-params";
import { listCommitments } from "@/lib/commitments/queries";
import { parseDepartmentListParams } from "@/lib/departments/list-params";
import { listDepartments } from "@/lib/departments/queries";
import { searchDepartments } from "@/lib/departments/search";
import { parseNetworkListParams } from "@/lib/networks/list-params";
import { listNetworks } from "@/lib/networks/queries";
import { searchNetworks } from "@/lib/networks/search";
import { parsePersonListParams } from "@/lib/people/list-params";
import { listPeople } from "@/lib/people/queries";
import { searchPeople } from "@/lib/people/search";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor } from "../support/fixtures";
import { insertRow } from "../support/rows";

// What people type has neither the case nor the accents of what is stored: "julian" must find
// "Julián", "ramon" "Ramón", and the other way round. Every search goes through one predicate
// (lib/search/like.ts containsText, on f_unaccent(lower(...)) of migration 0016); these check it
// in the pickers and in the lists' text filters.
describeDatabases("search ignores case and accents", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let julian: string;
  let julianaSinTilde: string;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    const dept = await insertRow(db, departments, {
      name: "Subsecretaría de Cooperación",
      shortName: "SSCÓ",
    });
    julian = (await insertRow(db, people, { fullName: "Julián Pérez Ávila", departmentId: dept.id })).id;
    const ramon = (await insertRow(db, people, { fullName: "Ramón Ñúñez", position: "Coordinación técnica" }))
      .id;
    julianaSinTilde = (await insertRow(db, people, { fullName: "JULIANA PEREZ" })).id;
    await insertRow(db, people, { fullName: "Ramona Quiroga" });
    const network = await insertRow(db, networks, {
      name: "Red Iberoamericana de Educación",
      acronym: "RIÉ",
      kind: "thematic",
    });
    await db.insert(commitments).values([
      { networkId: network.id, title: "Enviar la información de gestión", ownerPersonId: julian },
      { networkId: network.id, title: "Coordinar la reunión", ownerPersonId: ramon },
    ]);
  });

  const names = async (found: Promise<{ label: string }[]>) => (await found).map((c) => c.label);

  it("the person picker: without accents, in any case, or with them", async () => {
    const ctx = ctxFor(getDb(), actors.viewer);
    for (const typed of ["julian", "JULIAN", "Julián", "JULIÁN", "julián"]) {
      expect(await names(searchPeople(ctx, typed)), typed).toEqual(["JULIANA PEREZ", "Julián Pérez Ávila"]);
    }
    expect(await names(searchPeople(ctx, "ramon"))).toEqual(["Ramona Quiroga", "Ramón Ñúñez"]);
    expect(await names(searchPeople(ctx, "ramon nunez"))).toEqual(["Ramón Ñúñez"]);
    // The accents of the query are ignored too: "Pérez" finds the PEREZ written without one.
    expect(await names(searchPeople(ctx, "pérez julian avila"))).toEqual(["Julián Pérez Ávila"]);
    expect((await searchPeople(ctx, "juliana perez")).map((c) => c.id)).toEqual([julianaSinTilde]);
    // Folding is not fuzziness: a different letter still finds nothing.
    expect(await searchPeople(ctx, "julio")).toEqual([]);
  });

  it("the other pickers: assignable people, departments, networks", async () => {
    const admin = ctxFor(getDb(), actors.admin);
    expect(await names(searchAssignablePeople(admin, "RAMON"))).toEqual(["Ramona Quiroga", "Ramón Ñúñez"]);
    expect(await names(searchDepartments(admin, "subsecretaria cooperacion"))).toEqual([
      "Subsecretaría de Cooperación",
    ]);
    expect(await names(searchDepartments(admin, "ssco"))).toEqual(["Subsecretaría de Cooperación"]);
    expect(await names(searchNetworks(admin, "EDUCACION rie"))).toEqual(["Red Iberoamericana de Educación"]);
  });

  it("the lists' text filters: people, commitments, departments, networks", async () => {
    const ctx = ctxFor(getDb(), actors.viewer);
    const peopleNamed = async (q: string) =>
      (await listPeople(ctx, parsePersonListParams({ q }))).rows.map((r) => r.fullName);
    expect(await peopleNamed("julian")).toEqual(["JULIANA PEREZ", "Julián Pérez Ávila"]);
    expect(await peopleNamed("JULIÁN PÉREZ")).toEqual(["Julián Pérez Ávila"]);
    expect(await peopleNamed("ramon")).toEqual(["Ramona Quiroga", "Ramón Ñúñez"]);
    // The position is searched alike.
    expect(await peopleNamed("coordinacion tecnica")).toEqual(["Ramón Ñúñez"]);

    const titles = async (q: string) =>
      (await listCommitments(ctx, parseCommitmentListParams({ q, sort: "title" }))).rows.map((r) => r.title);
    expect(await titles("informacion de GESTION")).toEqual(["Enviar la información de gestión"]);
    expect(await titles("reunion")).toEqual(["Coordinar la reunión"]);

    const departmentNames = async (q: string) =>
      (await listDepartments(ctx, parseDepartmentListParams({ q }))).rows.map((r) => r.name);
    expect(await departmentNames("cooperacion")).toEqual(["Subsecretaría de Cooperación"]);

    const networkNames = async (q: string) =>
      (await listNetworks(ctx, parseNetworkListParams({ q }))).rows.map((r) => r.name);
    expect(await networkNames("iberoamericana de educacion")).toEqual(["Red Iberoamericana de Educación"]);
  });
});
