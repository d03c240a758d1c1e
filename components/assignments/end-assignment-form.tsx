"use client";

import { useTranslations } from "next-intl";
import { RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { FormState } from "@/lib/form-state";

/** Ends an assignment: its last day (today by default), carrying the version the page showed. */
export function EndAssignmentForm({
  assignmentId,
  version,
  today,
  action,
}: {
  assignmentId: string;
  version: number;
  today: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("assignments.detail");
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/assignments/schema").then((m) => m.assignmentEndSchema),
    initialValues: { endsOn: today, version: String(version) },
    validationNamespace: "assignments.validation",
  });
  return (
    <RecordForm
      form={form}
      version={version}
      labels={{ endsOn: t("endsOnLabel") }}
      cancelHref={`/asignaciones/${assignmentId}`}
      footer={
        <p>
          <Button type="submit" variant="secondary" disabled={form.pending}>
            {t("endSubmit")}
          </Button>
        </p>
      }
    >
      <p className="text-sm text-muted">{t("endHint")}</p>
      <Field id="endsOn" label={t("endsOnLabel")} required error={form.error("endsOn")}>
        {(c) => (
          <input
            {...c}
            name="endsOn"
            type="date"
            defaultValue={form.text("endsOn")}
            className={`${inputClass} max-w-xs`}
          />
        )}
      </Field>
    </RecordForm>
  );
}
