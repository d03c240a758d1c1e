"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/forms/record-fields";
import { MeetingPartForm, useMeetingPartForm, type MeetingPartFormProps } from "./meeting-part-form";

/** Create/edit form of one decision taken at a meeting; a new one may be followed by another. */
export function DecisionForm({ addAnother, ...props }: MeetingPartFormProps & { addAnother?: boolean }) {
  const t = useTranslations("meetings.decisionForm");
  const form = useMeetingPartForm(
    props,
    () => import("@/lib/meetings/schema").then((m) => m.decisionInputSchema),
    { text: t("text") },
  );
  return (
    <MeetingPartForm
      form={form}
      meetingId={props.meetingId}
      version={props.version}
      legend={t("section")}
      anotherLabel={addAnother ? t("saveAndAddAnother") : undefined}
    >
      <TextAreaField name="text" hint={t("textHint")} required rows={4} maxLength={2000} />
    </MeetingPartForm>
  );
}
