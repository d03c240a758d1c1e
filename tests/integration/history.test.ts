import { beforeAll, describe as group, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { createDescriber } from "@/lib/history/describe";
import { recordHistory } from "@/lib/history/queries";
import { createNetwork, updateNetwork } from "@/lib/networks/commands";
import { describeDatabases } from "../support/databases";
import { createActors, createThematicArea, ctxFor, networkForm } from "../support/fixtures";

const ROLES: AppRole[] = ["admin", "coordinator", "head", "technical", "viewer"];

describeDatabases("record history", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let cultura: { id: string };
  let turismo: { id: string };

  beforeAll(async () => {
    actors = await createActors(getDb());
    cultura = await createThematicArea(getDb(), "Cultura (historial)");
    turismo = await createThematicArea(getDb(), "Turismo (historial)");
  });

  const form = (overrides: Record<string, unknown> = {}) =>
    networkForm(cultura.id, { name: "Red de Ciudades del Historial", acronym: "RCH", ...overrides });

  it("a created network shows every filled field in words, and nothing else", async () => {
    const db = getDb();
    const created = await createNetwork(ctxFor(db, actors.coordinator), form());
    if (!created.ok) throw new Error("setup failed");
    const history = await recordHistory(ctxFor(db, actors.viewer), "network", created.data.id);
    expect(history.hasMore).toBe(false);
    expect(history.entries).toHaveLength(1);
    const [entry] = history.entries;
    expect(entry).toMatchObject({
      actor: "Usuaria coordinator",
      action: "network.create",
      actionLabel: "Creó la red",
      mode: "create",
    });
    expect(entry!.occurredAt).toBeInstanceOf(Date);
    const byField = Object.fromEntries(entry!.changes.map((c) => [c.field, c]));
    expect(byField.name).toEqual({
      field: "name",
      label: "Nombre",
      before: "—",
      after: "Red de Ciudades del Historial",
    });
    expect(byField.kind).toMatchObject({ label: "Tipo de red", after: "Temática" });
    expect(byField.membershipStatus).toMatchObject({ label: "Estado de la membresía", after: "Miembro" });
    expect(byField.languages).toMatchObject({ label: "Idiomas oficiales", after: "Español, Inglés" });
    expect(byField.memberSince).toMatchObject({ label: "Miembro desde", after: "01/06/2015" });
    expect(byField.annualFee).toMatchObject({ label: "Cuota anual", after: "2.500,00" });
    expect(byField.thematicAreas).toMatchObject({ label: "Áreas temáticas", after: "Cultura (historial)" });
    // Empty fields, the version and a network that is not archived are not news on creation.
    expect(Object.keys(byField)).not.toContain("version");
    expect(Object.keys(byField)).not.toContain("scope");
    expect(Object.keys(byField)).not.toContain("archived");
    expect(Object.keys(byField)).not.toContain("focalPerson");
  });

  it("an update lists only the changed fields, before → after, newest event first", async () => {
    const db = getDb();
    const created = await createNetwork(ctxFor(db, actors.admin), form({ name: "Red Modificada" }));
    if (!created.ok) throw new Error("setup failed");
    const id = created.data.id;
    const updated = await updateNetwork(
      ctxFor(db, actors.coordinator),
      id,
      form({
        name: "Red Modificada",
        headquarters: "Montevideo",
        membershipStatus: "former",
        leftOn: "2024-12-31",
        // The same languages in another order are not a change.
        languages: ["en", "es"],
        thematicAreaIds: [cultura.id, turismo.id],
        foundedYear: "1995",
        version: 1,
      }),
    );
    expect(updated.ok).toBe(true);

    const { entries } = await recordHistory(ctxFor(db, actors.technical), "network", id);
    expect(entries.map((e) => e.action)).toEqual(["network.update", "network.create"]);
    expect(entries[0]!.id).toBeGreaterThan(entries[1]!.id);
    expect(entries[0]!.occurredAt.getTime()).toBeGreaterThanOrEqual(entries[1]!.occurredAt.getTime());
    expect(entries[0]).toMatchObject({
      actor: "Usuaria coordinator",
      actionLabel: "Modificó la red",
      mode: "update",
    });
    expect(entries[1]).toMatchObject({ actor: "Usuaria admin" });
    expect(entries[0]!.changes).toEqual([
      { field: "headquarters", label: "Sede", before: "—", after: "Montevideo" },
      { field: "foundedYear", label: "Año de fundación", before: "—", after: "1995" },
      {
        field: "thematicAreas",
        label: "Áreas temáticas",
        before: "Cultura (historial)",
        after: "Cultura (historial), Turismo (historial)",
      },
      { field: "membershipStatus", label: "Estado de la membresía", before: "Miembro", after: "Ex miembro" },
      { field: "leftOn", label: "Fecha de salida", before: "—", after: "31/12/2024" },
    ]);
  });

  it("other records' events, unknown keys and actions render raw, odd shapes never crash", async () => {
    const db = getDb();
    const entityId = "00000000-0000-4000-8000-00000000a001";
    await db.insert(auditEvents).values([
      {
        action: "network.teleport",
        entityType: "network",
        entityId,
        actorEmail: "fantasma@prueba.test",
        before: { name: "Antes", color: "rojo", weight: 3, nested: { a: 1 } },
        after: { name: "Después", color: "azul", weight: 3, flag: true, nested: { a: 2 } },
      },
      { action: "network.update", entityType: "network", entityId, before: "no es un objeto", after: [1, 2] },
      { action: "rare", entityType: "network", entityId, metadata: { closedTerm: "mal formado" } },
      {
        action: "network.create",
        entityType: "network",
        entityId: "otro-registro",
        after: { name: "Ajena" },
      },
    ]);
    const { entries } = await recordHistory(ctxFor(db, actors.head), "network", entityId);
    expect(entries.map((e) => e.actionLabel)).toEqual(["rare", "Modificó la red", "network.teleport"]);
    expect(entries[0]).toMatchObject({ actor: "Sistema", changes: [], notes: [], mode: "none" });
    expect(entries[1]).toMatchObject({ actor: "Sistema", changes: [], mode: "none" });
    expect(entries[2]!.actor).toBe("fantasma@prueba.test");
    expect(entries[2]!.changes).toEqual([
      { field: "name", label: "Nombre", before: "Antes", after: "Después" },
      { field: "color", label: "color", before: "rojo", after: "azul" },
      { field: "flag", label: "flag", before: "—", after: "Sí" },
      { field: "nested", label: "nested", before: "a: 1", after: "a: 2" },
    ]);
  });

  it("limits to the newest events and says when there are more", async () => {
    const db = getDb();
    const entityId = "00000000-0000-4000-8000-00000000a002";
    await db.insert(auditEvents).values(
      Array.from({ length: 5 }, (_, i) => ({
        action: "thematic_area.rename",
        entityType: "thematic_area",
        entityId,
        actorUserId: actors.admin.userId,
        actorEmail: actors.admin.email,
        before: { name: `Nombre ${i}` },
        after: { name: `Nombre ${i + 1}` },
      })),
    );
    const limited = await recordHistory(ctxFor(db, actors.viewer), "thematic_area", entityId, { limit: 3 });
    expect(limited.hasMore).toBe(true);
    expect(limited.entries.map((e) => e.changes[0]?.after)).toEqual(["Nombre 5", "Nombre 4", "Nombre 3"]);
    const all = await recordHistory(ctxFor(db, actors.viewer), "thematic_area", entityId);
    expect(all.hasMore).toBe(false);
    expect(all.entries).toHaveLength(5);
    expect(all.entries[0]).toMatchObject({
      actor: "Usuaria admin",
      actionLabel: "Cambió el nombre del área temática",
    });
  });

  it("every role may read a record's history; without a user it is refused", async () => {
    const db = getDb();
    for (const role of ROLES) {
      await expect(recordHistory(ctxFor(db, actors[role]), "network", "x")).resolves.toMatchObject({
        entries: [],
      });
    }
    await expect(
      recordHistory({ db, actor: null as unknown as Actor }, "network", "x"),
    ).rejects.toMatchObject({
      failure: { code: "UNAUTHENTICATED" },
    });
    const unknownRole = { ...actors.viewer, role: "guest" as AppRole };
    await expect(recordHistory(ctxFor(db, unknownRole), "network", "x")).rejects.toMatchObject({
      failure: { code: "FORBIDDEN" },
    });
  });
});

group("describing events (bodies, seats, terms, areas, sign-ins)", () => {
  const { describe, recordName } = createDescriber();

  it("translates body kinds, months and cadences", () => {
    const described = describe({
      action: "body.update",
      entityType: "body",
      before: {
        name: "Consejo",
        kind: "council",
        usualMonth: 3,
        cadenceMonths: 12,
        archived: false,
        version: 4,
      },
      after: {
        name: "Consejo",
        kind: "assembly",
        usualMonth: 11,
        cadenceMonths: 1,
        archived: true,
        version: 5,
      },
      metadata: null,
    });
    expect(described.actionLabel).toBe("Modificó el órgano");
    expect(described.changes).toEqual([
      { field: "kind", label: "Tipo de órgano", before: "Consejo", after: "Asamblea" },
      { field: "cadenceMonths", label: "Frecuencia", before: "Cada 12 meses", after: "Cada mes" },
      { field: "usualMonth", label: "Mes habitual", before: "marzo", after: "noviembre" },
      { field: "archived", label: "Archivado", before: "No", after: "Sí" },
    ]);
    // A month already written as a word stays as it is.
    expect(
      describe({
        action: "body.create",
        entityType: "body",
        before: null,
        after: { usualMonth: "marzo" },
        metadata: null,
      }).changes,
    ).toEqual([{ field: "usualMonth", label: "Mes habitual", before: "—", after: "marzo" }]);
  });

  it("describes seats and terms, including a closed term", () => {
    expect(
      describe({
        action: "seat.create",
        entityType: "seat",
        before: null,
        after: { title: "Vocal", kind: "political", network: "Mercociudades", body: null },
        metadata: null,
      }).changes,
    ).toEqual([
      { field: "title", label: "Cargo", before: "—", after: "Vocal" },
      { field: "kind", label: "Tipo de cargo", before: "—", after: "Político" },
      { field: "network", label: "Red", before: "—", after: "Mercociudades" },
    ]);
    const term = {
      action: "seat_term.create",
      entityType: "seat_term",
      before: null,
      after: { seat: "Vocal", holder: "Ana Pérez", startsOn: "2025-01-15", endsOn: null, status: "active" },
      metadata: { closedTerm: { holder: "Juan Gómez", startsOn: "2021-01-15", endsOn: "2025-01-14" } },
    };
    const described = describe(term);
    expect(described.actionLabel).toBe("Registró un mandato");
    expect(described.changes.map((c) => `${c.label}: ${c.after}`)).toEqual([
      "Cargo: Vocal",
      "Titular: Ana Pérez",
      "Inicio del mandato: 15/01/2025",
      "Estado: Último mandato",
    ]);
    expect(described.notes).toEqual(["Cerró el mandato de Juan Gómez (15/01/2021–14/01/2025)."]);
    expect(recordName(term)).toBe("Vocal — Ana Pérez");
  });

  it("describes a merge of thematic areas and sign-in events", () => {
    const merge = describe({
      action: "thematic_area.merge",
      entityType: "thematic_area",
      before: { name: "Cultura", version: 1 },
      after: { name: "Cultura", version: 2 },
      metadata: { merged: "Culturas", moved: { networks: 2, bodies: 1, assignments: 0 }, alreadyLinked: 1 },
    });
    expect(merge.changes).toEqual([]);
    expect(merge.notes).toEqual([
      "Fusionó «Culturas» en esta área: 2 redes, 1 órgano y ninguna asignación pasaron a esta área; «Culturas» se eliminó.",
      "1 red ya tenía las dos áreas.",
    ]);
    const failed = describe({
      action: "auth.sign_in_failed",
      entityType: null,
      before: null,
      after: null,
      metadata: { email: "alguien@redes.local", reason: "wrong_password", ip: "10.0.0.1" },
    });
    expect(failed.actionLabel).toBe("Intento de inicio de sesión fallido");
    expect(failed.notes).toEqual([
      "Correo ingresado: alguien@redes.local.",
      "Motivo: contraseña incorrecta.",
      "Dirección IP: 10.0.0.1.",
    ]);
    expect(
      describe({ action: "auth.sign_out", entityType: "user", before: null, after: null, metadata: null }),
    ).toMatchObject({ actionLabel: "Cerró sesión", changes: [], notes: [] });
    expect(
      describe({
        action: "seed.demo",
        entityType: null,
        before: null,
        after: null,
        metadata: { counts: { networks: 11, bodies: 39, users: 5 } },
      }),
    ).toMatchObject({
      actionLabel: "Cargó los datos de demostración",
      notes: [
        "Se cargaron 11 redes, 39 órganos, 0 cargos, 0 reuniones, 0 compromisos, 0 asignaciones técnicas, 0 personas y 5 usuarios.",
      ],
    });
    expect(
      describe({
        action: "export.meetings",
        entityType: null,
        before: null,
        after: null,
        metadata: {
          table: "reuniones",
          format: "xlsx",
          filters: { red: "ICLEI", desde: "2026-01-01" },
          rows: 1,
          completed: false,
        },
      }),
    ).toMatchObject({
      actionLabel: "Exportó la lista de reuniones",
      notes: ["1 fila en XLSX.", "Filtros: red: ICLEI, desde: 2026-01-01.", "La descarga no se completó."],
    });
    expect(
      describe({
        action: "export.audit_log",
        entityType: null,
        before: null,
        after: null,
        metadata: { format: "csv", filters: {}, rows: 2500, completed: true },
      }).notes,
    ).toEqual(["2.500 filas en CSV.", "Sin filtros."]);
  });
});
