import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import type { RecordPageProps } from "@/app/_lib/record-page";
import { AgendaItemForm } from "@/components/meetings/agenda-item-form";
import { createAgendaItemAction } from "../../actions";
import { MeetingLogPage } from "../../meeting-log-page";

export const generateMetadata = titleFrom(() => getTranslations("meetings.agendaForm"), "createTitle");

export default function NewAgendaItemPage({ params }: RecordPageProps) {
  return (
    <MeetingLogPage params={params} title={(t) => t("agendaForm.createTitle")}>
      {(meeting) => (
        <AgendaItemForm
          meetingId={meeting.id}
          initialValues={{}}
          action={createAgendaItemAction.bind(null, meeting.id)}
        />
      )}
    </MeetingLogPage>
  );
}
