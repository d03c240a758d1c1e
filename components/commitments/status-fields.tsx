"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import { useFieldForm } from "@/components/forms/form-context";
import { SelectField, TextAreaField, TextField, useEnumOptions } from "@/components/forms/record-fields";

/**
 * A commitment's status, its completion date (asked only for a done one) and its notes: the
 * full form's last section and all of "Actualizar estado". The labels are the form's.
 */
export function CommitmentStatusFields({
  notesRows,
  notesClassName,
}: {
  notesRows: number;
  /** The notes' layout (across both columns by default). */
  notesClassName?: string;
}) {
  const t = useTranslations("commitments.form");
  const enumOptions = useEnumOptions();
  const form = useFieldForm();
  const [status, setStatus] = useState(form.text("status") || "open");
  return (
    <>
      <SelectField
        name="status"
        required
        options={enumOptions("commitmentStatus", COMMITMENT_STATUSES)}
        value={status}
        onChange={setStatus}
      />
      {status === "done" ? <TextField name="completedOn" hint={t("completedOnHint")} type="date" /> : null}
      <TextAreaField name="notes" rows={notesRows} className={notesClassName} />
    </>
  );
}
