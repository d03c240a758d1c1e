import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { MinutesForm } from "@/components/meetings/minutes-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getMeeting } from "@/lib/meetings/queries";
import { updateMinutesAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.minutesForm"))("title") };
}

export default async function MinutesPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("meetings");
  if (!can(ctx.actor, "meeting.manage"))
    return <Forbidden title={t("logForbiddenTitle")} body={t("logForbiddenBody")} />;
  const meeting = await getMeeting(ctx, id);
  if (!meeting) notFound();
  return (
    <>
      <PageHeader
        title={t("minutesForm.editTitle", { title: meeting.title })}
        intro={<a href={`/reuniones/${meeting.id}`}>{meeting.title}</a>}
      />
      <MinutesForm
        meetingId={meeting.id}
        version={meeting.version}
        minutes={meeting.minutesMarkup}
        held={meeting.status === "held"}
        action={updateMinutesAction.bind(null, meeting.id)}
      />
    </>
  );
}
