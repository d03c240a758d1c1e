import { titleFrom } from "@/app/_lib/page-title";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { DecisionForm } from "@/components/meetings/decision-form";
import { DeleteRowForm } from "@/components/meetings/delete-row-form";
import { deleteDecisionAction, updateDecisionAction } from "../../../actions";
import { MeetingLogPage } from "../../../meeting-log-page";

type Props = { params: Promise<{ id: string; decisionId: string }> };

export const generateMetadata = titleFrom(() => getTranslations("meetings.decisionForm"), "editTitle");

export default async function EditDecisionPage({ params }: Props) {
  const { decisionId } = await params;
  const t = await getTranslations("meetings.decisionForm");
  return (
    <MeetingLogPage params={params} title={(tm) => tm("decisionForm.editTitle")}>
      {(meeting) => {
        const decision = meeting.decisions.find((d) => d.id === decisionId) ?? notFound();
        return (
          <>
            <DecisionForm
              meetingId={meeting.id}
              version={decision.version}
              initialValues={{ text: decision.text }}
              action={updateDecisionAction.bind(null, meeting.id, decision.id)}
            />
            <DeleteRowForm
              action={deleteDecisionAction.bind(null, meeting.id, decision.id)}
              version={decision.version}
              heading={t("deleteSection")}
              hint={t("deleteHint")}
              label={t("delete")}
            />
          </>
        );
      }}
    </MeetingLogPage>
  );
}
