import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { DelegationMemberForm } from "@/components/meetings/delegation-member-form";
import { DeleteRowForm } from "@/components/meetings/delete-row-form";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { removeMemberAction, updateMemberAction } from "../../../actions";
import { loadMeeting, MeetingLogPage } from "../../../meeting-log-page";

type Props = { params: Promise<{ id: string; memberId: string }> };

const memberOf = (meeting: MeetingDetail | null, memberId: string) =>
  meeting?.delegation.find((d) => d.id === memberId);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, memberId } = await params;
  const member = memberOf(await loadMeeting(id), memberId);
  const t = await getTranslations("meetings.delegationForm");
  return { title: member ? t("editTitle", { person: member.person }) : undefined };
}

export default async function EditDelegationMemberPage({ params }: Props) {
  const { memberId } = await params;
  const t = await getTranslations("meetings.delegationForm");
  const member = (meeting: MeetingDetail) => memberOf(meeting, memberId) ?? notFound();
  return (
    <MeetingLogPage
      params={params}
      title={(tm, meeting) => tm("delegationForm.editTitle", { person: member(meeting).person })}
    >
      {(meeting) => {
        const { id, person, version, role, attendance, notes } = member(meeting);
        return (
          <>
            <DelegationMemberForm
              meetingId={meeting.id}
              member={{ person, version }}
              initialValues={{ role, attendance, notes: notes ?? "" }}
              held={meeting.status === "held"}
              action={updateMemberAction.bind(null, meeting.id, id)}
            />
            <DeleteRowForm
              action={removeMemberAction.bind(null, meeting.id, id)}
              version={version}
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
