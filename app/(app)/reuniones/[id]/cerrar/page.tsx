import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { CloseMeetingForm } from "@/components/meetings/close-meeting-form";
import { MeetingTime } from "@/components/meetings/meeting-time";
import { Alert } from "@/components/ui/alert";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format";
import { getMeeting } from "@/lib/meetings/queries";
import { closeMeetingAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.closeForm"))("title") };
}

export default async function CloseMeetingPage({ params }: Props) {
  const format = await getFormatter();
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("meetings");
  if (!can(ctx.actor, "meeting.manage"))
    return <Forbidden title={t("closeForm.forbiddenTitle")} body={t("closeForm.forbiddenBody")} />;
  const meeting = await getMeeting(ctx, id);
  if (!meeting) notFound();
  const back = <a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>;
  const header = <PageHeader title={t("closeForm.pageTitle", { title: meeting.title })} intro={back} />;
  if (meeting.status === "held") {
    return (
      <>
        {header}
        <Alert tone="info">{t("closeForm.alreadyHeld")}</Alert>
      </>
    );
  }
  if (meeting.startsAt > new Date()) {
    return (
      <>
        {header}
        <Alert tone="warning">
          {t("closeForm.notStarted", { date: formatDateTime(format, meeting.startsAt, meeting.timeZone) })}
        </Alert>
      </>
    );
  }
  return (
    <>
      {header}
      <p className="mb-2 text-sm">{t("closeForm.intro")}</p>
      <p id="startsAt" className="mb-6 text-sm">
        <span className="font-semibold">{t("closeForm.startsAt")}:</span>{" "}
        <MeetingTime startsAt={meeting.startsAt} timeZone={meeting.timeZone} baLabel={t("baTime")} />
      </p>
      <CloseMeetingForm
        meetingId={meeting.id}
        version={meeting.version}
        minutes={meeting.minutesMarkup}
        members={meeting.delegation.map((d) => ({
          id: d.id,
          person: d.person,
          role: d.role,
          attendance: d.attendance,
        }))}
        action={closeMeetingAction.bind(null, meeting.id)}
      />
    </>
  );
}
