import "server-only";
import { eq, sql } from "drizzle-orm";
import { meetings } from "@/db/schema";
import { command, conflict, invalid, notFound } from "../../command";
import { minutesHtmlToMarkup, minutesMarkupToHtml } from "../minutes";
import { minutesUpdateSchema } from "../schema";
import { lockMeeting } from "./meeting-lock";

/** `(ctx, meetingId, raw)`: edits the minutes (typed in the editor's markup, stored as sanitised HTML). */
export const updateMinutes = command({
  action: "meeting.manage",
  schema: minutesUpdateSchema,
  run: async ({ tx, audit }, input, meetingId: string) => {
    const html = input.minutes ? minutesMarkupToHtml(input.minutes) : "";
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting.version !== input.version) throw conflict();
    if (meeting.status === "held" && !html) throw invalid({ minutes: ["minutesRequiredWhenHeld"] });
    const [updated] = await tx
      .update(meetings)
      .set({ minutes: html || null, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
      .where(eq(meetings.id, meetingId))
      .returning({ id: meetings.id, version: meetings.version });
    if (!updated) throw notFound();
    await audit({
      action: "meeting.minutes",
      entityType: "meeting",
      entityId: meetingId,
      before: { title: meeting.title, minutes: minutesHtmlToMarkup(meeting.minutes) },
      after: { title: meeting.title, minutes: minutesHtmlToMarkup(html) },
    });
    return updated;
  },
});
