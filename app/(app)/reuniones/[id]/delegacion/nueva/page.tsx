import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import type { RecordPageProps } from "@/app/_lib/record-page";
import { DelegationMemberForm } from "@/components/meetings/delegation-member-form";
import { addMemberAction } from "../../actions";
import { MeetingLogPage } from "../../meeting-log-page";

export const generateMetadata = titleFrom(() => getTranslations("meetings.delegationForm"), "createTitle");

export default function NewDelegationMemberPage({ params }: RecordPageProps) {
  return (
    <MeetingLogPage params={params} title={(t) => t("delegationForm.createTitle")}>
      {(meeting) => {
        const held = meeting.status === "held";
        return (
          <DelegationMemberForm
            meetingId={meeting.id}
            member={null}
            initialValues={{ personId: "", role: "delegate", attendance: held ? "attended" : "invited" }}
            held={held}
            action={addMemberAction.bind(null, meeting.id)}
          />
        );
      }}
    </MeetingLogPage>
  );
}
