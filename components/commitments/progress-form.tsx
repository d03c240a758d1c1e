"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { commitmentProgressInputSchema } from "@/lib/commitments/schema";
import type { FormState } from "@/lib/form-state";
import { CommitmentStatusFields } from "./status-fields";

/**
 * "Actualizar estado" on a commitment's page: status, completion date (for done) and notes —
 * what the commitment's owner may change. Same conflict handling as the full form.
 */
export function ProgressForm({
  commitmentId,
  version,
  initialValues,
  action,
}: {
  commitmentId: string;
  version: number;
  initialValues: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("commitments");
  const form = useRecordForm({
    action,
    schema: commitmentProgressInputSchema,
    initialValues,
    validationNamespace: "commitments.validation",
  });
  const labels: Record<string, string> = {
    status: t("form.status"),
    completedOn: t("form.completedOn"),
    notes: t("form.notes"),
  };
  const href = `/compromisos/${commitmentId}`;
  return (
    <RecordForm
      form={form}
      version={version}
      labels={labels}
      cancelHref={href}
      footer={
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? t("progress.saving") : t("progress.submit")}
          </Button>
        </div>
      }
    >
      <FormSection legend={t("form.sectionStatus")}>
        <CommitmentStatusFields form={form} notesRows={3} />
      </FormSection>
    </RecordForm>
  );
}
