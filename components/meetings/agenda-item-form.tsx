"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { TextAreaField, TextField } from "@/components/forms/record-fields";
import type { FormState } from "@/lib/form-state";
import { agendaItemInputSchema } from "@/lib/meetings/schema";

/** Create/edit form of one agenda item. Validates with the server's own schema before sending. */
export function AgendaItemForm({
  meetingId,
  version,
  initialValues,
  action,
}: {
  meetingId: string;
  version?: number;
  initialValues: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("meetings.agendaForm");
  const form = useRecordForm({
    action,
    schema: agendaItemInputSchema,
    initialValues,
    validationNamespace: "meetings.validation",
    labels: {
      title: t("title"),
      durationMinutes: t("durationMinutes"),
      presenter: t("presenter"),
      notes: t("notes"),
    },
  });
  return (
    <RecordForm form={form} version={version} cancelHref={`/reuniones/${meetingId}`}>
      <FormSection legend={t("section")}>
        <TextField form={form} name="title" required maxLength={300} className="md:col-span-2" />
        <TextField
          form={form}
          name="durationMinutes"
          hint={t("durationHint")}
          inputMode="numeric"
          width="max-w-40"
        />
        <TextField form={form} name="presenter" hint={t("presenterHint")} maxLength={200} />
        <TextAreaField form={form} name="notes" />
      </FormSection>
    </RecordForm>
  );
}
