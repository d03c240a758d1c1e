import { titleFrom } from "@/app/_lib/page-title";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { AgendaItemForm } from "@/components/meetings/agenda-item-form";
import { DeleteRowForm } from "@/components/meetings/delete-row-form";
import { deleteAgendaItemAction, updateAgendaItemAction } from "../../../actions";
import { MeetingLogPage } from "../../../meeting-log-page";

type Props = { params: Promise<{ id: string; itemId: string }> };

export const generateMetadata = titleFrom(() => getTranslations("meetings.agendaForm"), "editTitle");

export default async function EditAgendaItemPage({ params }: Props) {
  const { itemId } = await params;
  const t = await getTranslations("meetings.agendaForm");
  return (
    <MeetingLogPage params={params} title={(tm) => tm("agendaForm.editTitle")}>
      {(meeting) => {
        const item = meeting.agenda.find((a) => a.id === itemId) ?? notFound();
        return (
          <>
            <AgendaItemForm
              meetingId={meeting.id}
              version={item.version}
              initialValues={{
                title: item.title,
                durationMinutes: item.durationMinutes ? String(item.durationMinutes) : "",
                presenter: item.presenter ?? "",
                notes: item.notes ?? "",
              }}
              action={updateAgendaItemAction.bind(null, meeting.id, item.id)}
            />
            <DeleteRowForm
              action={deleteAgendaItemAction.bind(null, meeting.id, item.id)}
              version={item.version}
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
