import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditEvents, departments, listPreferences } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { command, conflict } from "@/lib/command";
import { saveHiddenColumns } from "@/lib/list-preferences/commands";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import { describeDatabases } from "../support/databases";
import { countRows, createActors, ctxFor } from "../support/fixtures";

const counts = (db: Db) => countRows(db, { departments, audit: auditEvents });

const nameSchema = z.object({ name: z.string().trim().min(1, "required") });

/** A test command: inserts a department; `audited: false` forgets the audit event. */
const rename = (options: { audited: boolean; thenConflict?: boolean }) =>
  command({
    action: "department.manage",
    schema: nameSchema,
    run: async ({ tx, audit }, { name }, parentId: string) => {
      const [row] = await tx
        .insert(departments)
        .values({ name, parentId: null })
        .returning({ id: departments.id });
      if (options.audited)
        await audit({ action: "department.create", entityType: "department", entityId: row!.id });
      if (options.thenConflict) throw conflict();
      return { id: row!.id, parentId };
    },
  });

describeDatabases("the command shape", (getDb) => {
  let actors: Record<AppRole, Actor>;
  const PARENT = "00000000-0000-4000-8000-000000000001";
  beforeAll(async () => {
    actors = await createActors(getDb());
  });

  it("runs deny → validate → ids → one transaction with its audit event → typed result", async () => {
    const db = getDb();
    const before = await counts(db);
    const ok = await rename({ audited: true })(ctxFor(db, actors.coordinator), PARENT, { name: "Unidad A" });
    expect(ok).toMatchObject({ ok: true, data: { parentId: PARENT } });
    expect(await counts(db)).toEqual({ departments: before.departments + 1, audit: before.audit + 1 });

    // Refused by the policy before anything is parsed: the viewer may not manage departments.
    expect(await rename({ audited: true })(ctxFor(db, actors.viewer), PARENT, { name: "" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    // Bad input: field errors, nothing written.
    expect(await rename({ audited: true })(ctxFor(db, actors.coordinator), PARENT, { name: " " })).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "errors.VALIDATION",
      fieldErrors: { name: ["required"] },
    });
    // A route id that is not a uuid is a record that does not exist.
    expect(
      await rename({ audited: true })(ctxFor(db, actors.coordinator), "x'; drop", { name: "B" }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // FormData is read like a plain object.
    const form = new FormData();
    form.set("name", "Unidad C");
    expect((await rename({ audited: true })(ctxFor(db, actors.coordinator), PARENT, form)).ok).toBe(true);
    expect(await counts(db)).toEqual({ departments: before.departments + 2, audit: before.audit + 2 });
  });

  it("rolls back a write that forgot its audit event, and a write that ends in a typed failure", async () => {
    const db = getDb();
    const before = await counts(db);
    const unaudited = await rename({ audited: false })(ctxFor(db, actors.coordinator), PARENT, {
      name: "Sin auditoría",
    });
    expect(unaudited).toMatchObject({ ok: false, code: "INTERNAL" });
    const conflicted = await rename({ audited: true, thenConflict: true })(
      ctxFor(db, actors.coordinator),
      PARENT,
      {
        name: "En conflicto",
      },
    );
    expect(conflicted).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await counts(db)).toEqual(before);
  });

  it("saves each user's hidden columns per list, audited, and refuses bad list or column ids", async () => {
    const db = getDb();
    const viewer = ctxFor(db, actors.viewer);
    const coordinator = ctxFor(db, actors.coordinator);
    expect(await hiddenColumns(viewer, "networks")).toEqual([]);
    const saved = await saveHiddenColumns(viewer, {
      listKey: "networks",
      hidden: ["kind", "acronym", "kind"],
    });
    expect(saved).toEqual({ ok: true, data: { hidden: ["acronym", "kind"] } });
    expect(await hiddenColumns(viewer, "networks")).toEqual(["acronym", "kind"]);
    // Another list and another user are untouched.
    expect(await hiddenColumns(viewer, "seats")).toEqual([]);
    expect(await hiddenColumns(coordinator, "networks")).toEqual([]);
    // Saving again replaces the choice (one row per user and list).
    await saveHiddenColumns(viewer, { listKey: "networks", hidden: [] });
    expect(await hiddenColumns(viewer, "networks")).toEqual([]);
    const rows = await db
      .select()
      .from(listPreferences)
      .where(eq(listPreferences.userId, actors.viewer.userId));
    expect(rows).toHaveLength(1);
    const events = await db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.action, "list_preferences.update"));
    expect(events.length).toBeGreaterThanOrEqual(2);

    for (const bad of [
      { listKey: "Networks; drop", hidden: [] },
      { listKey: "networks", hidden: ["<script>"] },
      { listKey: "networks", hidden: Array.from({ length: 41 }, (_, i) => `c${i}`) },
    ]) {
      expect(await saveHiddenColumns(viewer, bad)).toMatchObject({ ok: false, code: "VALIDATION" });
    }
  });
});
