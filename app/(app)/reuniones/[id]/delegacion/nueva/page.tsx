import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { DelegationMemberForm } from "@/components/meetings/delegation-member-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { delegationCandidates, getMeeting } from "@/lib/meetings/queries";
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
  const [meeting, candidates] = await Promise.all([getMeeting(ctx, id), delegationCandidates(ctx, id)]);
  if (!meeting) notFound();
  const held = meeting.status === "held";
  return (
    <>
      <PageHeader
        title={t("delegationForm.createTitle")}
        intro={<a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>}
      />
      {candidates.length === 0 ? <p className="mb-4 text-sm">{t("delegationForm.noCandidates")}</p> : null}
      <DelegationMemberForm
        meetingId={meeting.id}
        member={null}
        candidates={candidates}
        initialValues={{ personId: "", role: "delegate", attendance: held ? "attended" : "invited" }}
        held={held}
        action={addMemberAction.bind(null, meeting.id)}
      />
    </>
  );
}
