"use client";

import { useTranslations } from "next-intl";
import { PARTICIPATION_KINDS } from "@/db/schema/values";
import { RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { SelectField, TextAreaField, TextField, useEnumOptions } from "@/components/forms/record-fields";
import type { FormState } from "@/lib/form-state";
import { UPDATE_TEXT_MAX } from "@/lib/participation/form-fields";

/**
 * "Registrar una novedad" on an assignment: date (today by default, never later), kind and
 * text. Checked in the browser with the server's schema; after an error everything typed
 * stays. Several of these can share a page (one per assignment), so every id carries
 * `idPrefix`.
 */
export function UpdateForm({
  action,
  idPrefix,
  today,
  titleId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  idPrefix: string;
  today: string;
  /** The id of the heading that names this form. */
  titleId: string;
}) {
  const t = useTranslations("participation.update");
  const enumOptions = useEnumOptions();
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/participation/schema").then((m) => m.participationUpdateInputSchema),
    initialValues: { occurredOn: today, kind: "", text: "" },
    validationNamespace: "participation.validation",
    labels: { occurredOn: t("occurredOn"), kind: t("kind"), text: t("text") },
    idPrefix,
  });

  return (
    <RecordForm
      form={form}
      cancelHref="/mi-participacion"
      labelledBy={titleId}
      submitLabels={{ idle: t("submit"), pending: t("saving") }}
      withCancel={false}
    >
      <div className="grid grid-cols-1 gap-x-4 gap-y-4 sm:grid-cols-2">
        <TextField name="occurredOn" hint={t("occurredOnHint")} required type="date" max={today} />
        <SelectField
          name="kind"
          required
          empty={t("choose")}
          options={enumOptions("participationKind", PARTICIPATION_KINDS)}
        />
        <TextAreaField
          name="text"
          hint={t("textHint")}
          required
          className="sm:col-span-2"
          maxLength={UPDATE_TEXT_MAX}
        />
      </div>
    </RecordForm>
  );
}
