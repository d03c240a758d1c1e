"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import type { useRecordForm } from "@/components/forms/use-record-form";
import { SelectField, TextAreaField, TextField, useEnumOptions } from "@/components/forms/record-fields";

/**
 * A commitment's status, its completion date (asked only for a done one) and its notes: the
 * full form's last section and all of "Actualizar estado". The labels are the form's.
 */
export function CommitmentStatusFields({
  form,
  notesRows,
  notesClassName,
}: {
  form: ReturnType<typeof useRecordForm>;
  notesRows: number;
  /** The notes' layout (across both columns by default). */
  notesClassName?: string;
}) {
  const t = useTranslations("commitments.form");
  const enumOptions = useEnumOptions();
  const [status, setStatus] = useState(form.text("status") || "open");
  return (
    <>
      <SelectField
        form={form}
        name="status"
        required
        options={enumOptions("commitmentStatus", COMMITMENT_STATUSES)}
        value={status}
        onChange={setStatus}
      />
      {status === "done" ? (
        <TextField form={form} name="completedOn" hint={t("completedOnHint")} type="date" />
      ) : null}
      <TextAreaField form={form} name="notes" rows={notesRows} className={notesClassName} />
    </>
  );
}
