"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { TextAreaField } from "@/components/forms/record-fields";
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
    labels: { text: t("text") },
  });
  return (
    <RecordForm form={form} version={version} cancelHref={`/reuniones/${meetingId}`}>
      <FormSection legend={t("section")}>
        <TextAreaField form={form} name="text" hint={t("textHint")} required rows={4} maxLength={2000} />
      </FormSection>
    </RecordForm>
  );
}
