import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, type RecordPageProps } from "@/app/_lib/record-page";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { meetingFormOptions, meetingFormValues } from "@/lib/meetings/queries";
import { timeZoneOptions } from "@/lib/meetings/time-zones";
import { updateMeetingAction } from "../../actions";

export const generateMetadata = titleFrom(() => getTranslations("meetings.form"), "edit");

export default async function EditMeetingPage({ params }: RecordPageProps) {
  const t = await getTranslations("meetings.form");
  return (
    <RecordFormPage
      params={params}
      action="meeting.manage"
      load={(id, ctx) => meetingFormValues(ctx, id)}
      forbidden={t}
    >
      {async (current, ctx) => {
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
      }}
    </RecordFormPage>
  );
}
