import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { meetings, networks } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { createMeeting } from "@/lib/meetings/commands";
import { createNetwork, updateNetwork } from "@/lib/networks/commands";
import { describeDatabases } from "../support/databases";
import { createActors, createThematicArea, ctxFor, expectOk, networkForm } from "../support/fixtures";

// What every record form's server side promises: all field errors in one answer (rules across
// fields included), a text limit the message can name, and a conflict that says who saved.
describeDatabases("form rules on the server: one pass, limits, who saved", (getDb) => {
  let actors: Record<AppRole, Actor>;
  let areaId: string;
  let networkId: string;

  beforeAll(async () => {
    const db = getDb();
    actors = await createActors(db);
    areaId = (await createThematicArea(db, "Gobernanza (reglas)")).id;
    const [network] = await db
      .insert(networks)
      .values({ name: "Red de reglas (prueba)", kind: "regional" })
      .returning();
    networkId = network!.id;
  });

  const meetingForm = (overrides: Record<string, unknown> = {}) => ({
    networkId,
    title: "Asamblea",
    kind: "council",
    status: "confirmed",
    startDate: "2027-05-10",
    startTime: "10:00",
    endDate: "2027-05-10",
    endTime: "12:00",
    timeZone: "America/Argentina/Buenos_Aires",
    mode: "online",
    ...overrides,
  });

  it("an invalid link and an end before the start are reported together, and nothing is written", async () => {
    const db = getDb();
    const ctx = ctxFor(db, actors.coordinator);
    const result = await createMeeting(
      ctx,
      meetingForm({ title: "Reunión en rondas", onlineUrl: "meet.example", endDate: "2027-05-09" }),
    );
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "errors.VALIDATION",
      fieldErrors: { onlineUrl: ["invalidUrl"], endDate: ["endBeforeStart"] },
    });
    // With a missing title too: three fields at once.
    expect(
      await createMeeting(ctx, meetingForm({ title: "", onlineUrl: "meet.example", endDate: "2027-05-09" })),
    ).toMatchObject({
      fieldErrors: { title: ["required"], onlineUrl: ["invalidUrl"], endDate: ["endBeforeStart"] },
    });
    expect(await db.select().from(meetings).where(eq(meetings.title, "Reunión en rondas"))).toEqual([]);
    // The comparison waits for valid dates: a bad date is that date's error alone.
    expect(await createMeeting(ctx, meetingForm({ endDate: "2027-02-30", onlineUrl: "x" }))).toMatchObject({
      fieldErrors: { endDate: ["invalidDate"], onlineUrl: ["invalidUrl"] },
    });
  });

  it("a network's dates and its other errors come in one answer; a too long text names its limit", async () => {
    const ctx = ctxFor(getDb(), actors.coordinator);
    const result = await createNetwork(
      ctx,
      networkForm(areaId, {
        name: "x".repeat(201),
        website: "no es un enlace",
        membershipStatus: "former",
        memberSince: "2020-01-01",
        leftOn: "2019-01-01",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["tooLong:200"], website: ["invalidUrl"], leftOn: ["leftBeforeSince"] },
    });
  });

  it("a conflict says whether the newer save was the same user's (another tab) or someone else's", async () => {
    const db = getDb();
    const coordinator = ctxFor(db, actors.coordinator);
    const { id } = expectOk(
      await createNetwork(coordinator, networkForm(areaId, { name: "Red de dos pestañas" })),
    );
    // Tab A saves version 1 → 2.
    expectOk(
      await updateNetwork(
        coordinator,
        id,
        networkForm(areaId, { name: "Red de dos pestañas", scope: "Global", version: 1 }),
      ),
    );
    // Tab B, by the same user, still holds version 1.
    expect(
      await updateNetwork(
        coordinator,
        id,
        networkForm(areaId, { name: "Red de dos pestañas", headquarters: "Lima", version: 1 }),
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT", savedBy: "you" });
    // Another person holding version 1.
    expect(
      await updateNetwork(
        ctxFor(db, actors.admin),
        id,
        networkForm(areaId, { name: "Red de dos pestañas", version: 1 }),
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT", savedBy: "other" });
    // After the admin saves, the coordinator's stale save is someone else's conflict.
    expectOk(
      await updateNetwork(
        ctxFor(db, actors.admin),
        id,
        networkForm(areaId, { name: "Red de dos pestañas", version: 2 }),
      ),
    );
    expect(
      await updateNetwork(coordinator, id, networkForm(areaId, { name: "Red de dos pestañas", version: 2 })),
    ).toMatchObject({ ok: false, code: "CONFLICT", savedBy: "other" });
  });
});
