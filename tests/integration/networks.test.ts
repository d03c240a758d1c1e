import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { networks } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { createNetwork, updateNetwork } from "@/lib/networks/commands";
import { parseNetworkListParams } from "@/lib/networks/list-params";
import { getNetwork, listNetworks } from "@/lib/networks/queries";
import { describeDatabases } from "../support/databases";
import { auditFor, counts, createActors, createThematicArea, ctxFor, networkForm } from "../support/fixtures";

describeDatabases("networks slice", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let cultura: { id: string };
  let ambiente: { id: string };

  beforeAll(async () => {
    actors = await createActors(getDb());
    cultura = await createThematicArea(getDb(), "Cultura");
    ambiente = await createThematicArea(getDb(), "Sustentabilidad y medio ambiente");
  });

  const form = (overrides: Record<string, unknown> = {}) => networkForm(cultura.id, overrides);

  it("a coordinator creates a network: one row, its areas, and exactly one audit event", async () => {
    const db = getDb();
    const before = await counts(db);
    const result = await createNetwork(ctxFor(db, actors.coordinator), form());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = await counts(db);
    expect(after).toEqual({ networks: before.networks + 1, audit: before.audit + 1 });

    const network = await getNetwork(ctxFor(db, actors.viewer), result.data.id);
    expect(network).toMatchObject({
      name: "Red de Ciudades Creativas",
      kind: "thematic",
      languages: ["es", "en"],
      annualFee: "2500.00",
      feeCurrency: "USD",
      version: 1,
    });
    expect(network?.thematicAreas.map((a) => a.name)).toEqual(["Cultura"]);

    const [event] = await auditFor(db, result.data.id);
    expect(event).toMatchObject({
      action: "network.create",
      entityType: "network",
      actorUserId: actors.coordinator.userId,
    });
    expect(event?.after).toMatchObject({ name: "Red de Ciudades Creativas", thematicAreas: ["Cultura"] });
  });

  it.each(["head", "technical", "viewer"] as const)(
    "a %s may not create or edit: nothing is written",
    async (role) => {
      const db = getDb();
      const [existing] = await db.select().from(networks).limit(1);
      const before = await counts(db);
      const created = await createNetwork(ctxFor(db, actors[role]), form({ name: `Intento de ${role}` }));
      expect(created).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const updated = await updateNetwork(
        ctxFor(db, actors[role]),
        existing!.id,
        form({ name: "Cambio", version: existing!.version }),
      );
      expect(updated).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await counts(db)).toEqual(before);
      const [unchanged] = await db.select().from(networks).where(eq(networks.id, existing!.id));
      expect(unchanged).toEqual(existing);
    },
  );

  it("invalid input is refused field by field and writes nothing", async () => {
    const db = getDb();
    const before = await counts(db);
    const result = await createNetwork(
      ctxFor(db, actors.admin),
      form({ name: "", kind: "galactic", website: "no-es-una-url", annualFee: "abc" }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["annualFee", "kind", "name", "website"]);
    expect(await counts(db)).toEqual(before);
  });

  it("a duplicate name (any case) and an unknown thematic area are field errors and write nothing", async () => {
    const db = getDb();
    const before = await counts(db);
    const dup = await createNetwork(ctxFor(db, actors.admin), form({ name: "red de ciudades CREATIVAS" }));
    expect(dup).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["duplicateName"] } });
    const unknownArea = await createNetwork(
      ctxFor(db, actors.admin),
      form({ name: "Otra red", thematicAreaIds: ["00000000-0000-4000-8000-000000000000"] }),
    );
    expect(unknownArea).toMatchObject({
      ok: false,
      fieldErrors: { thematicAreaIds: ["unknownThematicArea"] },
    });
    expect(await counts(db)).toEqual(before);
  });

  it("an edit bumps the version and records before → after; a stale version is a conflict that changes nothing", async () => {
    const db = getDb();
    const created = await createNetwork(
      ctxFor(db, actors.coordinator),
      form({ name: "Red Andina de Ciudades" }),
    );
    if (!created.ok) throw new Error("setup failed");
    const id = created.data.id;

    const first = await updateNetwork(
      ctxFor(db, actors.coordinator),
      id,
      form({ name: "Red Andina de Ciudades", thematicAreaIds: [ambiente.id], version: 1 }),
    );
    expect(first).toEqual({ ok: true, data: { id, version: 2 } });

    const audit = await auditFor(db, id);
    expect(audit.map((e) => e.action)).toEqual(["network.create", "network.update"]);
    expect(audit[1]?.before).toMatchObject({ thematicAreas: ["Cultura"], version: 1 });
    expect(audit[1]?.after).toMatchObject({
      thematicAreas: ["Sustentabilidad y medio ambiente"],
      version: 2,
    });

    // A second editor still holding version 1 saves later: refused, nothing changes.
    const before = await counts(db);
    const stale = await updateNetwork(
      ctxFor(db, actors.admin),
      id,
      form({ name: "Red Andina (otro nombre)", version: 1 }),
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await counts(db)).toEqual(before);
    const network = await getNetwork(ctxFor(db, actors.viewer), id);
    expect(network).toMatchObject({ name: "Red Andina de Ciudades", version: 2 });
  });

  it("editing a network that does not exist is NOT_FOUND", async () => {
    const db = getDb();
    const result = await updateNetwork(
      ctxFor(db, actors.admin),
      "00000000-0000-4000-8000-000000000000",
      form({ version: 1 }),
    );
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lists with server-side search, filters, sort and pagination", async () => {
    const db = getDb();
    const admin = ctxFor(db, actors.admin);
    for (const [name, kind, year] of [
      ["Alianza Global Uno", "global", 1990],
      ["Alianza Global Dos", "global", 2005],
      ["Foro Regional 50% Sur", "regional", 2010],
    ] as const) {
      const r = await createNetwork(
        admin,
        form({ name, kind, acronym: "", foundedYear: String(year), thematicAreaIds: [] }),
      );
      expect(r.ok).toBe(true);
    }
    const viewer = ctxFor(db, actors.viewer);
    const globals = await listNetworks(
      viewer,
      parseNetworkListParams({ kind: "global", sort: "founded", dir: "desc" }),
    );
    expect(globals.total).toBe(2);
    expect(globals.rows.map((r) => r.name)).toEqual(["Alianza Global Dos", "Alianza Global Uno"]);

    const search = await listNetworks(viewer, parseNetworkListParams({ q: "50%" }));
    expect(search.rows.map((r) => r.name)).toEqual(["Foro Regional 50% Sur"]);

    const byArea = await listNetworks(viewer, parseNetworkListParams({ area: ambiente.id }));
    expect(byArea.rows.map((r) => r.name)).toEqual(["Red Andina de Ciudades"]);
    expect(byArea.rows[0]?.thematicAreas).toEqual(["Sustentabilidad y medio ambiente"]);

    const all = await listNetworks(viewer, parseNetworkListParams({ size: "10" }));
    expect(all.total).toBe(5);
    const names = all.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "es")));
    // Pages of two: the offset walks the same order, without gaps or repeats.
    const paged: string[] = [];
    for (const page of ["1", "2", "3"]) {
      const result = await listNetworks(viewer, { ...parseNetworkListParams({ page }), size: 2 });
      expect(result.total).toBe(5);
      paged.push(...result.rows.map((r) => r.name));
    }
    expect(paged).toEqual(names);
  });
});
