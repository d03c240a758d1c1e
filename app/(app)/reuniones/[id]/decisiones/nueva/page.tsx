import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import type { RecordPageProps } from "@/app/_lib/record-page";
import { DecisionForm } from "@/components/meetings/decision-form";
import { createDecisionAction } from "../../actions";
import { MeetingLogPage } from "../../meeting-log-page";

export const generateMetadata = titleFrom(() => getTranslations("meetings.decisionForm"), "createTitle");

export default function NewDecisionPage({ params }: RecordPageProps) {
  return (
    <MeetingLogPage params={params} title={(t) => t("decisionForm.createTitle")}>
      {(meeting) => (
        <DecisionForm
          meetingId={meeting.id}
          initialValues={{}}
          action={createDecisionAction.bind(null, meeting.id)}
        />
      )}
    </MeetingLogPage>
  );
}
