"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import { RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { commitmentProgressInputSchema } from "@/lib/commitments/schema";
import type { FormState } from "@/lib/form-state";

/**
 * A compact "Actualizar estado" for one of the commitments listed on /mi-participacion: the
 * same fields, schema, messages and conflict handling as the commitment page's form (status,
 * completion date when done, notes), with ids of its own so that several fit on one page.
 */
export function CommitmentStatusForm({
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
  idPrefix: string;
  /** The id of the heading that names this form. */
  titleId: string;
}) {
  const t = useTranslations("commitments");
  const tEnum = useTranslations("enums");
  const form = useRecordForm({
    action,
    schema: commitmentProgressInputSchema,
    initialValues,
    validationNamespace: "commitments.validation",
  });
  const { text, error } = form;
  const [status, setStatus] = useState(text("status") || "open");
  const id = (field: string) => `${idPrefix}-${field}`;
  const labels = {
    status: t("form.status"),
    completedOn: t("form.completedOn"),
    notes: t("form.notes"),
  };

  return (
    <RecordForm
      form={form}
      version={version}
      labels={labels}
      cancelHref={`/compromisos/${commitmentId}`}
      idPrefix={idPrefix}
      labelledBy={titleId}
      footer={
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? t("progress.saving") : t("progress.submit")}
          </Button>
        </div>
      }
    >
      <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2">
        <Field id={id("status")} label={t("form.status")} required error={error("status")}>
          {(c) => (
            <select
              {...c}
              name="status"
              value={status}
              onChange={(e) => setStatus(e.target.value)}
              className={inputClass}
            >
              {COMMITMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tEnum(`commitmentStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {status === "done" ? (
          <Field
            id={id("completedOn")}
            label={t("form.completedOn")}
            hint={t("form.completedOnHint")}
            error={error("completedOn")}
          >
            {(c) => (
              <input
                {...c}
                type="date"
                name="completedOn"
                defaultValue={text("completedOn")}
                className={inputClass}
              />
            )}
          </Field>
        ) : null}
        <Field id={id("notes")} label={t("form.notes")} error={error("notes")} className="sm:col-span-2">
          {(c) => (
            <textarea {...c} name="notes" rows={2} defaultValue={text("notes")} className={inputClass} />
          )}
        </Field>
      </div>
    </RecordForm>
  );
}
