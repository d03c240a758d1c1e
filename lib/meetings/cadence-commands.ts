import "server-only";
import { z } from "zod";
import { meetings } from "@/db/schema";
import { command, conflict, invalid, notFound, type Raw } from "../command";
import type { Ctx } from "../context";
import { todayInBuenosAires, zonedTimeToInstant } from "../dates";
import { stringList } from "../validation/fields";
import { isHorizon, monthKey, PLACEHOLDER_END, PLACEHOLDER_START, type Horizon } from "./cadence-planner";
import { buildPreview } from "./cadence-queries";

// Generating the tentative meetings of a body's cadence (see cadence-planner.ts).

/**
 * The confirmation form: the horizon and the months the coordinator was shown as "to create".
 * If the plan changed since (someone added a meeting), the run is refused as a conflict.
 */
export const generateTentativeSchema = z.object({
  horizon: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.custom<Horizon>(isHorizon, { error: "invalidOption" }),
  ),
  months: stringList(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "invalid" })),
});

export interface GeneratedMeeting {
  id: string;
  title: string;
  date: string;
}

const wall = (date: string, time: string) => `${date} ${time}`;

/** The generating command as of `today` (a test's calendar, or Buenos Aires' today). */
const generateAsOf = (today: string) =>
  command({
    action: "meeting.manage",
    schema: generateTentativeSchema,
    arrayFields: ["months"],
    run: async ({ tx, audit }, { horizon, months }, bodyId: string) => {
      const preview = await buildPreview(tx, bodyId, horizon, today, true);
      if (!preview) throw notFound();
      if (preview.blocked) throw invalid({ plan: ["archived"] });
      if (!preview.plan.ok) throw invalid({ plan: [preview.plan.reason] });
      const planned = preview.toCreate.map(monthKey).sort();
      const asked = [...new Set(months)].sort();
      if (planned.join() !== asked.join()) throw conflict();

      const { body, template } = preview;
      const created: GeneratedMeeting[] = [];
      for (const occurrence of preview.toCreate) {
        const values = {
          networkId: body.network.id,
          bodyId: body.id,
          title: occurrence.title,
          kind: template.kind,
          status: "tentative" as const,
          startsAt: zonedTimeToInstant(occurrence.date, PLACEHOLDER_START, template.timeZone),
          endsAt: zonedTimeToInstant(occurrence.date, PLACEHOLDER_END, template.timeZone),
          timeZone: template.timeZone,
          mode: template.mode,
          city: template.city,
          country: template.country,
          fromCadence: true,
        };
        const [row] = await tx.insert(meetings).values(values).returning({ id: meetings.id });
        if (!row) throw new Error("insert returned no row");
        // The same snapshot as a meeting created by hand (lib/meetings/commands.ts).
        await audit({
          action: "meeting.create",
          entityType: "meeting",
          entityId: row.id,
          after: {
            title: values.title,
            kind: values.kind,
            network: body.network.name,
            body: body.name,
            starts: wall(occurrence.date, PLACEHOLDER_START),
            ends: wall(occurrence.date, PLACEHOLDER_END),
            timeZone: values.timeZone,
            mode: values.mode,
            venue: null,
            city: values.city,
            country: values.country,
            onlineUrl: null,
            status: values.status,
            version: 1,
          },
          metadata: { fromCadence: true },
        });
        created.push({ id: row.id, title: values.title, date: occurrence.date });
      }
      return { bodyId: body.id, networkId: body.network.id, created };
    },
    // Nothing to create (every occurrence exists) is a valid run that writes nothing.
    mayChangeNothing: true,
  });

/**
 * Creates the missing tentative occurrences of a body's cadence in one transaction, one audit
 * event per meeting ("meeting.create", metadata { fromCadence: true }). Refused for an
 * irregular or archived body, and as a CONFLICT when the occurrences to create are no longer
 * the ones the form listed.
 */
export function generateTentativeMeetings(
  ctx: Ctx,
  bodyId: string,
  raw: Raw,
  today: string = todayInBuenosAires(),
) {
  return generateAsOf(today)(ctx, bodyId, raw);
}
