"use client";

import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/components/forms/record-fields";
import { fieldLabels } from "@/components/forms/use-record-form";
import { MeetingPartForm, useMeetingPartForm, type MeetingPartFormProps } from "./meeting-part-form";

/** Create/edit form of one agenda item. Validates with the server's own schema before sending. */
export function AgendaItemForm(props: MeetingPartFormProps) {
  const t = useTranslations("meetings.agendaForm");
  const form = useMeetingPartForm(
    props,
    () => import("@/lib/meetings/schema").then((m) => m.agendaItemInputSchema),
    fieldLabels(t, ["title", "durationMinutes", "presenter", "notes"]),
  );
  return (
    <MeetingPartForm form={form} meetingId={props.meetingId} version={props.version} legend={t("section")}>
      <TextField name="title" required maxLength={300} wide />
      <TextField name="durationMinutes" hint={t("durationHint")} inputMode="numeric" width="max-w-40" />
      <TextField name="presenter" hint={t("presenterHint")} maxLength={200} />
      <TextAreaField name="notes" />
    </MeetingPartForm>
  );
}
