import { getTranslations } from "@/lib/i18n/translations";
import { getDb } from "@/db/client";
import { feedForToken } from "@/lib/calendar-feeds/feed";
import { CALENDAR_HEADERS, requestOrigin } from "@/lib/calendar-feeds/http";
import { feedLabelsFrom, renderFeed } from "@/lib/calendar-feeds/render";

// GET /api/calendar/<token>.ics — a private subscription, read by calendar apps without a
// session: the token is the credential. The proxy lets /api/calendar/* through.
export const dynamic = "force-dynamic";

/** Unknown, malformed and revoked tokens get the very same answer. */
const notFound = () =>
  new Response("Not found\n", {
    status: 404,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex, nofollow",
    },
  });

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token: segment } = await params;
  const token = segment.endsWith(".ics") ? segment.slice(0, -".ics".length) : segment;
  const resolved = await feedForToken(await getDb(), token);
  if (!resolved) return notFound();
  const labels = feedLabelsFrom(await getTranslations("calendarFeeds.ics"));
  const body = renderFeed(resolved, { origin: requestOrigin(request), labels });
  return new Response(body, { status: 200, headers: CALENDAR_HEADERS });
}
