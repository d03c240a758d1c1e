"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
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
  const form = useRecordForm({
    action,
    schema: decisionInputSchema,
    initialValues,
    validationNamespace: "meetings.validation",
  });
  const { text, error } = form;
  return (
    <RecordForm
      form={form}
      version={version}
      labels={{ text: t("text") }}
      cancelHref={`/reuniones/${meetingId}`}
    >
      <FormSection legend={t("section")}>
        <Field
          id="text"
          label={t("text")}
          hint={t("textHint")}
          required
          error={error("text")}
          className="md:col-span-2"
        >
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
      </FormSection>
    </RecordForm>
  );
}
