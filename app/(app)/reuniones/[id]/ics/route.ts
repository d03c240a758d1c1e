import { getTranslations } from "@/lib/i18n/translations";
import { requireCtx } from "@/lib/auth/context";
import { meetingForIcs } from "@/lib/calendar-feeds/feed";
import { CALENDAR_HEADERS, requestOrigin } from "@/lib/calendar-feeds/http";
import { feedLabelsFrom, renderMeeting } from "@/lib/calendar-feeds/render";
import { meetingFileName } from "@/lib/ics/meetings";
import { ResultError } from "@/lib/result";
import { plainResponse } from "@/app/_lib/plain-response";

// GET /reuniones/<id>/ics — one meeting as a calendar file, for a signed-in user (policy
// meeting.read, checked in lib/). Anonymous visitors go to the login page.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requireCtx();
  let meeting;
  try {
    meeting = await meetingForIcs(ctx, id);
  } catch (error) {
    if (error instanceof ResultError) return plainResponse(403, "Forbidden");
    throw error;
  }
  if (!meeting) return plainResponse(404, "Not found");
  const labels = feedLabelsFrom(await getTranslations("calendarFeeds.ics"));
  const body = renderMeeting(meeting, { origin: requestOrigin(request), labels });
  return new Response(body, {
    status: 200,
    headers: {
      ...CALENDAR_HEADERS,
      "content-disposition": `attachment; filename="${meetingFileName(meeting)}"`,
    },
  });
}
