import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { DecisionForm } from "@/components/meetings/decision-form";
import { DeleteRowForm } from "@/components/meetings/delete-row-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getMeeting } from "@/lib/meetings/queries";
import { deleteDecisionAction, updateDecisionAction } from "../../../actions";

type Props = { params: Promise<{ id: string; decisionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.decisionForm"))("editTitle") };
}

export default async function EditDecisionPage({ params }: Props) {
  const { id, decisionId } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("meetings");
  if (!can(ctx.actor, "meeting.manage"))
    return <Forbidden title={t("logForbiddenTitle")} body={t("logForbiddenBody")} />;
  const meeting = await getMeeting(ctx, id);
  const decision = meeting?.decisions.find((d) => d.id === decisionId);
  if (!meeting || !decision) notFound();
  return (
    <>
      <PageHeader
        title={t("decisionForm.editTitle")}
        intro={<a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>}
      />
      <DecisionForm
        meetingId={meeting.id}
        version={decision.version}
        initialValues={{ text: decision.text }}
        action={updateDecisionAction.bind(null, meeting.id, decision.id)}
      />
      <DeleteRowForm
        action={deleteDecisionAction.bind(null, meeting.id, decision.id)}
        version={decision.version}
        heading={t("decisionForm.deleteSection")}
        hint={t("decisionForm.deleteHint")}
        label={t("decisionForm.delete")}
      />
    </>
  );
}
