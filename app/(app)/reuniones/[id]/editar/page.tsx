import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { meetingFormOptions, meetingFormValues } from "@/lib/meetings/queries";
import { timeZoneOptions } from "@/lib/meetings/time-zones";
import { updateMeetingAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.form"))("edit") };
}

export default async function EditMeetingPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("meetings.form");
  if (!can(ctx.actor, "meeting.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const current = await meetingFormValues(ctx, id);
  if (!current) notFound();
  // The meeting's network (archived or not) and its bodies, the meeting's own among them.
  const options = await meetingFormOptions(ctx, {
    networkId: current.values.networkId,
    bodyId: current.values.bodyId,
  });
  return (
    <>
      <PageHeader title={t("editTitle", { title: current.values.title })} />
      <MeetingForm
        meetingId={current.id}
        version={current.version}
        initialValues={current.values}
        action={updateMeetingAction.bind(null, current.id)}
        options={{ ...options, timeZones: timeZoneOptions() }}
        cancelHref={`/reuniones/${current.id}`}
      />
    </>
  );
}
