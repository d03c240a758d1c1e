import { cache, type ReactNode } from "react";
import { RecordFormPage, type RecordPageProps } from "@/app/_lib/record-page";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { getTranslations } from "@/lib/i18n/translations";
import { getMeeting, type MeetingDetail } from "@/lib/meetings/queries";

type MeetingsT = Awaited<ReturnType<typeof getTranslations<"meetings">>>;

/** The meeting, read once per request (a page's title may need it too). */
export const loadMeeting = cache(async (id: string) => getMeeting(await requireCtx(), id));

/**
 * A page that writes to a meeting's log (an agenda item, a decision, a delegate, the minutes):
 * only for those who manage meetings, titled, with the link back to the meeting under the
 * title, then the page's form for that meeting. A page for one of the meeting's rows finds it
 * in `title` or `children` (not found: `notFound()`).
 */
export async function MeetingLogPage({
  params,
  title,
  children,
}: RecordPageProps & {
  title: (t: MeetingsT, meeting: MeetingDetail) => string;
  children: (meeting: MeetingDetail) => ReactNode;
}) {
  const t = await getTranslations("meetings");
  return (
    <RecordFormPage
      params={params}
      action="meeting.manage"
      load={(id) => loadMeeting(id)}
      forbidden={(key) => t(key === "forbiddenTitle" ? "logForbiddenTitle" : "logForbiddenBody")}
    >
      {(meeting) => (
        <>
          <PageHeader
            title={title(t, meeting)}
            intro={<a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>}
          />
          {children(meeting)}
        </>
      )}
    </RecordFormPage>
  );
}
