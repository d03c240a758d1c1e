import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import type { RecordPageProps } from "@/app/_lib/record-page";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getTranslations } from "@/lib/i18n/translations";
import { getMeeting, type MeetingDetail } from "@/lib/meetings/queries";

type MeetingsT = Awaited<ReturnType<typeof getTranslations<"meetings">>>;

/**
 * A page that writes to a meeting's log (an agenda item, a decision, a delegate, the minutes):
 * only for those who manage meetings, titled, with the link back to the meeting under the
 * title, then the page's form for that meeting.
 */
export async function MeetingLogPage({
  params,
  title,
  children,
}: RecordPageProps & {
  title: (t: MeetingsT, meeting: MeetingDetail) => string;
  children: (meeting: MeetingDetail) => ReactNode;
}) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("meetings");
  if (!can(ctx.actor, "meeting.manage"))
    return <Forbidden title={t("logForbiddenTitle")} body={t("logForbiddenBody")} />;
  const meeting = await getMeeting(ctx, id);
  if (!meeting) notFound();
  return (
    <>
      <PageHeader
        title={title(t, meeting)}
        intro={<a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>}
      />
      {children(meeting)}
    </>
  );
}
