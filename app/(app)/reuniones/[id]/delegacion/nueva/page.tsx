import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { DelegationMemberForm } from "@/components/meetings/delegation-member-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getMeeting } from "@/lib/meetings/queries";
import { addMemberAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.delegationForm"))("createTitle") };
}

export default async function NewDelegationMemberPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("meetings");
  if (!can(ctx.actor, "meeting.manage"))
    return <Forbidden title={t("logForbiddenTitle")} body={t("logForbiddenBody")} />;
  const meeting = await getMeeting(ctx, id);
  if (!meeting) notFound();
  const held = meeting.status === "held";
  return (
    <>
      <PageHeader
        title={t("delegationForm.createTitle")}
        intro={<a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>}
      />
      <DelegationMemberForm
        meetingId={meeting.id}
        member={null}
        initialValues={{ personId: "", role: "delegate", attendance: held ? "attended" : "invited" }}
        held={held}
        action={addMemberAction.bind(null, meeting.id)}
      />
    </>
  );
}
