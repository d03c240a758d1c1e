import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { AgendaItemForm } from "@/components/meetings/agenda-item-form";
import { DeleteRowForm } from "@/components/meetings/delete-row-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getMeeting } from "@/lib/meetings/queries";
import { deleteAgendaItemAction, updateAgendaItemAction } from "../../../actions";

type Props = { params: Promise<{ id: string; itemId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.agendaForm"))("editTitle") };
}

export default async function EditAgendaItemPage({ params }: Props) {
  const { id, itemId } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("meetings");
  if (!can(ctx.actor, "meeting.manage"))
    return <Forbidden title={t("logForbiddenTitle")} body={t("logForbiddenBody")} />;
  const meeting = await getMeeting(ctx, id);
  const item = meeting?.agenda.find((a) => a.id === itemId);
  if (!meeting || !item) notFound();
  return (
    <>
      <PageHeader
        title={t("agendaForm.editTitle")}
        intro={<a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>}
      />
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
        heading={t("agendaForm.deleteSection")}
        hint={t("agendaForm.deleteHint")}
        label={t("agendaForm.delete")}
      />
    </>
  );
}
