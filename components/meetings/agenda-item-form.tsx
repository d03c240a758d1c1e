"use client";

import { useTranslations } from "next-intl";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
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
  const tCommon = useTranslations("common");
  const form = useRecordForm({
    action,
    schema: agendaItemInputSchema,
    initialValues,
    validationNamespace: "meetings.validation",
  });
  const { state, formAction, pending, text, error } = form;
  const labels: Record<string, string> = {
    title: t("title"),
    durationMinutes: t("durationMinutes"),
    presenter: t("presenter"),
    notes: t("notes"),
  };
  return (
    <form
      action={formAction}
      onSubmit={form.onSubmit}
      noValidate
      className="flex flex-col gap-6"
      key={state.submission}
    >
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={form.errors}
        clientInvalid={form.clientInvalid}
        labels={labels}
        savedHref={`/reuniones/${meetingId}`}
        pending={pending}
        message={form.message}
      />
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("section")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field id="title" label={t("title")} required error={error("title")} className="md:col-span-2">
            {(c) => (
              <input
                {...c}
                name="title"
                defaultValue={text("title")}
                maxLength={300}
                className={inputClass}
              />
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
        </div>
      </fieldset>
      <FormActions pending={pending} cancelHref={`/reuniones/${meetingId}`} />
    </form>
  );
}
