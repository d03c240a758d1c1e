"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { commitmentProgressInputSchema } from "@/lib/commitments/schema";
import type { FormState } from "@/lib/form-state";

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
  const tEnum = useTranslations("enums");
  const form = useRecordForm({
    action,
    schema: commitmentProgressInputSchema,
    initialValues,
    validationNamespace: "commitments.validation",
  });
  const { state, formAction, pending, text, error } = form;
  const [status, setStatus] = useState(text("status") || "open");
  const labels: Record<string, string> = {
    status: t("form.status"),
    completedOn: t("form.completedOn"),
    notes: t("form.notes"),
  };

  return (
    <form
      action={formAction}
      onSubmit={form.onSubmit}
      noValidate
      className="flex flex-col gap-4"
      key={state.submission}
    >
      <input type="hidden" name="version" value={version} />
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={form.errors}
        clientInvalid={form.clientInvalid}
        labels={labels}
        savedHref={`/compromisos/${commitmentId}`}
        pending={pending}
        message={form.message}
      />
      <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
        <Field id="status" label={t("form.status")} required error={error("status")}>
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
            id="completedOn"
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
        <Field id="notes" label={t("form.notes")} error={error("notes")} className="md:col-span-2">
          {(c) => (
            <textarea {...c} name="notes" rows={3} defaultValue={text("notes")} className={inputClass} />
          )}
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("progress.saving") : t("progress.submit")}
        </Button>
      </div>
    </form>
  );
}
