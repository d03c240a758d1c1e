import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import type { RecordPageProps } from "@/app/_lib/record-page";
import { MinutesForm } from "@/components/meetings/minutes-form";
import { updateMinutesAction } from "../actions";
import { MeetingLogPage } from "../meeting-log-page";

export const generateMetadata = titleFrom(() => getTranslations("meetings.minutesForm"), "title");

export default function MinutesPage({ params }: RecordPageProps) {
  return (
    <MeetingLogPage
      params={params}
      title={(t, meeting) => t("minutesForm.editTitle", { title: meeting.title })}
    >
      {(meeting) => (
        <MinutesForm
          meetingId={meeting.id}
          version={meeting.version}
          minutes={meeting.minutesMarkup}
          held={meeting.status === "held"}
          action={updateMinutesAction.bind(null, meeting.id)}
        />
      )}
    </MeetingLogPage>
  );
}
