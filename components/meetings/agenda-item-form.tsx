"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Field, inputClass } from "@/components/ui/field";
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
  });
  const { text, error } = form;
  const labels: Record<string, string> = {
    title: t("title"),
    durationMinutes: t("durationMinutes"),
    presenter: t("presenter"),
    notes: t("notes"),
  };
  return (
    <RecordForm form={form} version={version} labels={labels} cancelHref={`/reuniones/${meetingId}`}>
      <FormSection legend={t("section")}>
        <Field id="title" label={t("title")} required error={error("title")} className="md:col-span-2">
          {(c) => (
            <input {...c} name="title" defaultValue={text("title")} maxLength={300} className={inputClass} />
          )}
        </Field>
        <Field
          id="durationMinutes"
          label={t("durationMinutes")}
          hint={t("durationHint")}
          error={error("durationMinutes")}
        >
          {(c) => (
            <input
              {...c}
              name="durationMinutes"
              inputMode="numeric"
              defaultValue={text("durationMinutes")}
              className={`${inputClass} max-w-40`}
            />
          )}
        </Field>
        <Field id="presenter" label={t("presenter")} hint={t("presenterHint")} error={error("presenter")}>
          {(c) => (
            <input
              {...c}
              name="presenter"
              defaultValue={text("presenter")}
              maxLength={200}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="notes" label={t("notes")} error={error("notes")} className="md:col-span-2">
          {(c) => (
            <textarea {...c} name="notes" rows={3} defaultValue={text("notes")} className={inputClass} />
          )}
        </Field>
      </FormSection>
    </RecordForm>
  );
}
