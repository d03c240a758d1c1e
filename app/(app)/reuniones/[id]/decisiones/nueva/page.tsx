import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import type { RecordPageProps } from "@/app/_lib/record-page";
import { Flash } from "@/components/ui/flash";
import { DecisionForm } from "@/components/meetings/decision-form";
import { createDecisionAction } from "../../actions";
import { MeetingLogPage } from "../../meeting-log-page";

export const generateMetadata = titleFrom(() => getTranslations("meetings.decisionForm"), "createTitle");

/** A new decision; after "Guardar y agregar otra" (?estado=decision-creada) it opens again, empty, with the confirmation. */
export default async function NewDecisionPage({
  params,
  searchParams,
}: RecordPageProps & { searchParams: Promise<{ estado?: string | string[] }> }) {
  const { estado } = await searchParams;
  const t = await getTranslations("meetings.decisionForm");
  return (
    <MeetingLogPage params={params} title={(t) => t("decisionForm.createTitle")}>
      {(meeting) => (
        <>
          {estado === "decision-creada" ? (
            <div className="mb-4">
              <Flash>{t("createdAddAnother")}</Flash>
            </div>
          ) : null}
          <DecisionForm
            // After "Guardar y agregar otra" the page comes back with one more decision: a new
            // form, empty, rather than the one just sent with its text.
            key={meeting.decisions.length}
            meetingId={meeting.id}
            initialValues={{}}
            action={createDecisionAction.bind(null, meeting.id)}
            addAnother
          />
        </>
      )}
    </MeetingLogPage>
  );
}
