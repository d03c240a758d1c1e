"use client";

import { useTranslations } from "next-intl";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Field, inputClass } from "@/components/ui/field";
import type { FormState } from "@/lib/form-state";
import { decisionInputSchema } from "@/lib/meetings/schema";

/** Create/edit form of one decision taken at a meeting. */
export function DecisionForm({
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
  const t = useTranslations("meetings.decisionForm");
  const tCommon = useTranslations("common");
  const form = useRecordForm({
    action,
    schema: decisionInputSchema,
    initialValues,
    validationNamespace: "meetings.validation",
  });
  const { state, formAction, pending, text, error } = form;
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
        labels={{ text: t("text") }}
        savedHref={`/reuniones/${meetingId}`}
        pending={pending}
        message={form.message}
      />
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("section")}</legend>
        <Field id="text" label={t("text")} hint={t("textHint")} required error={error("text")}>
          {(c) => (
            <textarea
              {...c}
              name="text"
              rows={4}
              defaultValue={text("text")}
              maxLength={2000}
              className={inputClass}
            />
          )}
        </Field>
      </fieldset>
      <FormActions pending={pending} cancelHref={`/reuniones/${meetingId}`} />
    </form>
  );
}
