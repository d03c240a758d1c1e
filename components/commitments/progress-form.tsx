"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import type { FormState } from "@/lib/form-state";
import { CommitmentStatusFields } from "./status-fields";

/**
 * "Actualizar estado": status, completion date (for done) and notes — what the commitment's
 * owner may change. Same schema, messages and conflict handling as the full form. On the
 * commitment's page it is a titled section; with `idPrefix` it is the compact one of a
 * commitment listed on /mi-participacion, with ids of its own so that several fit on one page.
 */
export function ProgressForm({
  commitmentId,
  version,
  initialValues,
  action,
  idPrefix,
  titleId,
}: {
  commitmentId: string;
  version: number;
  initialValues: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  idPrefix?: string;
  /** The id of the heading that names this form. */
  titleId?: string;
}) {
  const t = useTranslations("commitments");
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/commitments/schema").then((m) => m.commitmentProgressInputSchema),
    initialValues,
    validationNamespace: "commitments.validation",
    labels: { status: t("form.status"), completedOn: t("form.completedOn"), notes: t("form.notes") },
    idPrefix,
  });
  return (
    <RecordForm
      form={form}
      version={version}
      cancelHref={`/compromisos/${commitmentId}`}
      labelledBy={titleId}
      submitLabels={{ idle: t("progress.submit"), pending: t("progress.saving") }}
      withCancel={false}
    >
      {idPrefix ? (
        <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2">
          <CommitmentStatusFields notesRows={2} notesClassName="sm:col-span-2" />
        </div>
      ) : (
        <FormSection legend={t("form.sectionStatus")}>
          <CommitmentStatusFields notesRows={3} />
        </FormSection>
      )}
    </RecordForm>
  );
}
