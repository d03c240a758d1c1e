import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { DelegationMemberForm } from "@/components/meetings/delegation-member-form";
import { DeleteRowForm } from "@/components/meetings/delete-row-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getMeeting } from "@/lib/meetings/queries";
import { removeMemberAction, updateMemberAction } from "../../../actions";

type Props = { params: Promise<{ id: string; memberId: string }> };

/** Read once per request: the page title and the page both need it. */
const loadMeeting = cache(async (id: string) => getMeeting(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, memberId } = await params;
  const member = (await loadMeeting(id))?.delegation.find((d) => d.id === memberId);
  const t = await getTranslations("meetings.delegationForm");
  return { title: member ? t("editTitle", { person: member.person }) : undefined };
}

export default async function EditDelegationMemberPage({ params }: Props) {
  const { id, memberId } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("meetings");
  if (!can(ctx.actor, "meeting.manage"))
    return <Forbidden title={t("logForbiddenTitle")} body={t("logForbiddenBody")} />;
  const meeting = await loadMeeting(id);
  const member = meeting?.delegation.find((d) => d.id === memberId);
  if (!meeting || !member) notFound();
  return (
    <>
      <PageHeader
        title={t("delegationForm.editTitle", { person: member.person })}
        intro={<a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>}
      />
      <DelegationMemberForm
        meetingId={meeting.id}
        member={{ person: member.person, version: member.version }}
        initialValues={{ role: member.role, attendance: member.attendance, notes: member.notes ?? "" }}
        held={meeting.status === "held"}
        action={updateMemberAction.bind(null, meeting.id, member.id)}
      />
      <DeleteRowForm
        action={removeMemberAction.bind(null, meeting.id, member.id)}
        version={member.version}
        heading={t("delegationForm.deleteSection")}
        hint={t("delegationForm.deleteHint")}
        label={t("delegationForm.delete")}
      />
    </>
  );
}
