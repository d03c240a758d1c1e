import { beforeAll, expect, it } from "vitest";
import { auditEvents, networks, people, seats, seatTerms } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import {
  AUDIT_PAGE_SIZE,
  auditLog,
  auditLogUsers,
  auditLogState,
  parseAuditLogParams,
  startOfDay,
  type AuditLogPage,
} from "@/lib/history/audit-log";
import { createNetwork, updateNetwork } from "@/lib/networks/commands";
import { describeDatabases } from "../support/databases";
import { createActors, ctxFor } from "../support/fixtures";

describeDatabases("audit log viewer", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let bulkIds: number[];

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    // 130 events of one action: three pages of 50, 50 and 30.
    const inserted = await db
      .insert(auditEvents)
      .values(
        Array.from({ length: 130 }, (_, i) => ({
          action: "test.bulk",
          entityType: "network",
          entityId: `bulk-${i}`,
          actorUserId: actors.viewer.userId,
          actorEmail: actors.viewer.email,
        })),
      )
      .returning({ id: auditEvents.id });
    bulkIds = inserted.map((r) => Number(r.id)).sort((a, b) => b - a);
  });

  const admin = () => ctxFor(getDb(), actors.admin);
  const params = (query: Record<string, string>) => parseAuditLogParams(query);

  // Yesterday to tomorrow in Buenos Aires: a short date range that holds the bulk events, so the
  // page is read through the date index.
  const baDay = (offsetDays: number) =>
    new Intl.DateTimeFormat("en-CA", { timeZone: "America/Argentina/Buenos_Aires" }).format(
      new Date(Date.now() + offsetDays * 86_400_000),
    );

  it.each([
    ["by action", { action: "test.bulk" }],
    ["by action and date", { action: "test.bulk", from: baDay(-1), to: baDay(1) }],
  ])("walks three pages by keyset (%s), without gaps or repeats, and back", async (_, filter) => {
    const pages: AuditLogPage[] = [];
    let query: Record<string, string> = filter;
    for (;;) {
      const page = await auditLog(admin(), params(query));
      pages.push(page);
      if (!page.older) break;
      query = { ...filter, before: String(page.older) };
    }
    expect(pages.map((p) => p.rows.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 30]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(bulkIds);
    expect(pages[0]!.newer).toBeNull();
    expect(pages[2]!.older).toBeNull();
    expect(pages[1]!.newer).toBe(pages[1]!.rows[0]!.id);

    // "Más recientes" from the last page gives the middle page again, then the first.
    const back = await auditLog(admin(), params({ ...filter, after: String(pages[2]!.newer) }));
    expect(back.rows.map((r) => r.id)).toEqual(pages[1]!.rows.map((r) => r.id));
    expect(back.older).toBe(pages[1]!.older);
    const top = await auditLog(admin(), params({ ...filter, after: String(back.newer) }));
    expect(top.rows.map((r) => r.id)).toEqual(pages[0]!.rows.map((r) => r.id));
    expect(top.newer).toBeNull();
  });

  it("filters by user, record type, record and action, and describes what changed", async () => {
    const db = getDb();
    const created = await createNetwork(ctxFor(db, actors.coordinator), {
      name: "Red Auditada",
      kind: "global",
      membershipStatus: "member",
      headquarters: "Barcelona",
    });
    if (!created.ok) throw new Error("setup failed");
    const id = created.data.id;
    const updated = await updateNetwork(ctxFor(db, actors.coordinator), id, {
      name: "Red Auditada",
      kind: "global",
      membershipStatus: "observer",
      headquarters: "Madrid",
      version: 1,
    });
    expect(updated.ok).toBe(true);

    const mine = await auditLog(admin(), params({ user: actors.coordinator.userId }));
    expect(mine.rows.map((r) => r.action)).toEqual(["network.update", "network.create"]);
    const [update] = mine.rows;
    expect(update).toMatchObject({
      actor: "Usuaria coordinator",
      actionLabel: "Modificó la red",
      entityType: "network",
      entityTypeLabel: "Red",
      entityId: id,
      recordName: "Red Auditada",
      href: `/redes/${id}`,
      mode: "update",
    });
    expect(update!.changes).toEqual([
      { field: "headquarters", label: "Sede", before: "Barcelona", after: "Madrid" },
      { field: "membershipStatus", label: "Estado de la membresía", before: "Miembro", after: "Observadora" },
    ]);

    const record = await auditLog(admin(), params({ type: "network", record: id }));
    expect(record.rows.map((r) => r.action)).toEqual(["network.update", "network.create"]);
    const creates = await auditLog(admin(), params({ type: "network", action: "network.create" }));
    expect(creates.rows.every((r) => r.action === "network.create")).toBe(true);
    expect(creates.rows.map((r) => r.entityId)).toContain(id);
    // A record id without its type is ignored rather than scanning the log.
    expect(params({ record: id }).record).toBeUndefined();
    const nobody = await auditLog(admin(), params({ user: actors.head.userId }));
    expect(nobody.rows).toEqual([]);

    const users = await auditLogUsers(admin());
    expect(users.map((u) => u.name)).toEqual(expect.arrayContaining(["Usuaria admin", "Usuaria viewer"]));
  });

  it("takes date ranges as whole days in Buenos Aires time", async () => {
    const db = getDb();
    // 23:59:59 on 9 March and 00:00 on 10 March in Buenos Aires (UTC−3).
    await db.insert(auditEvents).values([
      {
        action: "test.boundary",
        entityType: "network",
        entityId: "late",
        occurredAt: new Date("2026-03-10T02:59:59.999Z"),
      },
      {
        action: "test.boundary",
        entityType: "network",
        entityId: "early",
        occurredAt: new Date("2026-03-10T03:00:00Z"),
      },
      {
        action: "test.boundary",
        entityType: "network",
        entityId: "next",
        occurredAt: new Date("2026-03-11T03:00:00Z"),
      },
    ]);
    expect(startOfDay("2026-03-10").toISOString()).toBe("2026-03-10T03:00:00.000Z");
    const ids = async (query: Record<string, string>) =>
      (await auditLog(admin(), params({ action: "test.boundary", ...query }))).rows.map((r) => r.entityId);
    expect(await ids({ from: "2026-03-10" })).toEqual(["next", "early"]);
    expect(await ids({ to: "2026-03-09" })).toEqual(["late"]);
    expect(await ids({ from: "2026-03-10", to: "2026-03-10" })).toEqual(["early"]);
    expect(await ids({ from: "2026-03-09", to: "2026-03-10" })).toEqual(["early", "late"]);
    // A reversed range is read the right way round.
    expect(await ids({ from: "2026-03-10", to: "2026-03-09" })).toEqual(["early", "late"]);
  });

  it("renders sign-ins, the demo seed and a term's event linked to its seat", async () => {
    const db = getDb();
    const [network] = await db
      .insert(networks)
      .values({ name: "Red de los Cargos", kind: "regional" })
      .returning();
    const [seat] = await db
      .insert(seats)
      .values({ networkId: network!.id, title: "Vicepresidencia", kind: "political" })
      .returning();
    const [holder] = await db.insert(people).values({ fullName: "Ana Titular" }).returning();
    const [term] = await db
      .insert(seatTerms)
      .values({ seatId: seat!.id, holderPersonId: holder!.id, startsOn: "2025-01-01", status: "active" })
      .returning();
    await db.insert(auditEvents).values([
      {
        action: "auth.sign_in_failed",
        metadata: { email: "intruso@example.com", reason: "unknown_email", ip: null },
        occurredAt: new Date("2020-01-01T12:00:00Z"),
      },
      {
        action: "auth.sign_in",
        entityType: "user",
        entityId: actors.head.userId,
        actorUserId: actors.head.userId,
        actorEmail: actors.head.email,
        metadata: { ip: "10.1.2.3" },
        occurredAt: new Date("2020-01-01T12:00:00Z"),
      },
      {
        action: "seed.demo",
        metadata: { counts: { networks: 11 } },
        occurredAt: new Date("2020-01-01T12:00:00Z"),
      },
      {
        action: "seat_term.create",
        entityType: "seat_term",
        entityId: term!.id,
        actorUserId: actors.coordinator.userId,
        actorEmail: actors.coordinator.email,
        after: { seat: "Vicepresidencia", holder: "Ana Titular", startsOn: "2025-01-01", status: "active" },
        occurredAt: new Date("2020-01-01T12:00:00Z"),
      },
    ]);
    const { rows } = await auditLog(admin(), params({ from: "2020-01-01", to: "2020-01-01" }));
    expect(rows.map((r) => r.action)).toEqual([
      "seat_term.create",
      "seed.demo",
      "auth.sign_in",
      "auth.sign_in_failed",
    ]);
    const [termRow, seed, signIn, failed] = rows;
    expect(termRow).toMatchObject({
      entityTypeLabel: "Mandato",
      recordName: "Vicepresidencia — Ana Titular",
      href: `/cargos/${seat!.id}`,
    });
    expect(termRow!.changes.map((c) => `${c.label}: ${c.after}`)).toContain("Estado: Último mandato");
    expect(seed).toMatchObject({
      actor: "Sistema",
      actionLabel: "Cargó los datos de demostración",
      href: null,
    });
    expect(signIn).toMatchObject({
      actor: "Usuaria head",
      actionLabel: "Inició sesión",
      entityTypeLabel: "Usuario",
      recordName: `Usuaria head (${actors.head.email})`,
      notes: ["Dirección IP: 10.1.2.3."],
    });
    expect(failed).toMatchObject({
      actor: "Sistema",
      actionLabel: "Intento de inicio de sesión fallido",
      recordName: "intruso@example.com",
      notes: ["Correo ingresado: intruso@example.com.", "Motivo: el correo no corresponde a ninguna cuenta."],
    });
    expect(failed!.occurredAt.toISOString()).toBe("2020-01-01T12:00:00.000Z");
  });

  it("bad parameters fall back to no filter and the newest page", () => {
    expect(
      parseAuditLogParams({
        user: "no-es-un-id",
        type: "galaxia",
        action: "DROP TABLE",
        from: "2026-02-30",
        to: "ayer",
        before: "-3",
        after: "abc",
      }),
    ).toEqual({
      user: undefined,
      type: undefined,
      record: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
      before: undefined,
      after: undefined,
    });
    expect(parseAuditLogParams({ before: ["12", "13"], after: "20" })).toMatchObject({
      before: 12,
      after: undefined,
    });
  });

  it("redirects the Spanish parameter names of before once to the current ones", () => {
    const id = "7f1c7a8e-2f43-4a8b-9d55-0f0c1d2e3f40";
    expect(
      auditLogState.renamedHref("/admin/auditoria", {
        tipo: "network",
        registro: id,
        accion: "network.create",
        antes: "40",
      }),
    ).toBe(`/admin/auditoria?type=network&record=${id}&action=network.create&before=40`);
    expect(
      auditLogState.renamedHref("/admin/auditoria", {
        usuario: id,
        desde: "2026-01-01",
        hasta: "2026-01-31",
        despues: "7",
      }),
    ).toBe(`/admin/auditoria?user=${id}&from=2026-01-01&to=2026-01-31&after=7`);
    expect(auditLogState.renamedHref("/admin/auditoria", { type: "network", from: "2026-01-01" })).toBeNull();
  });

  it.each(["coordinator", "head", "technical", "viewer"] as const)(
    "a %s may not read the log",
    async (role) => {
      const ctx = ctxFor(getDb(), actors[role]);
      await expect(auditLog(ctx, params({}))).rejects.toMatchObject({ failure: { code: "FORBIDDEN" } });
      await expect(auditLogUsers(ctx)).rejects.toMatchObject({ failure: { code: "FORBIDDEN" } });
    },
  );
});
