import { titleFrom } from "@/app/_lib/page-title";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, type RecordPageProps } from "@/app/_lib/record-page";
import { CloseMeetingForm } from "@/components/meetings/close-meeting-form";
import { MeetingTime } from "@/components/meetings/meeting-time";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import { closeMeetingAction } from "../actions";
import { loadMeeting } from "../meeting-log-page";

export const generateMetadata = titleFrom(() => getTranslations("meetings.closeForm"), "markHeldTitle");

export default async function CloseMeetingPage({ params }: RecordPageProps) {
  const format = await getFormatter();
  const t = await getTranslations("meetings");
  const tClose = await getTranslations("meetings.closeForm");
  return (
    <RecordFormPage params={params} action="meeting.manage" load={(id) => loadMeeting(id)} forbidden={tClose}>
      {(meeting) => {
        const back = <a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>;
        const header = (
          <PageHeader title={t("closeForm.markHeldPageTitle", { title: meeting.title })} intro={back} />
        );
        if (meeting.status === "held") {
          return (
            <>
              {header}
              <Alert tone="info">{t("closeForm.markHeldAlready")}</Alert>
            </>
          );
        }
        if (meeting.startsAt > new Date()) {
          return (
            <>
              {header}
              <Alert tone="warning">
                {t("closeForm.markHeldNotStarted", {
                  date: formatDateTime(format, meeting.startsAt, meeting.timeZone),
                })}
              </Alert>
            </>
          );
        }
        return (
          <>
            {header}
            <p className="mb-2 text-sm">{t("closeForm.markHeldIntro")}</p>
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
      }}
    </RecordFormPage>
  );
}
