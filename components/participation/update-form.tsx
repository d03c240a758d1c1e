"use client";

import { useTranslations } from "next-intl";
import { PARTICIPATION_KINDS } from "@/db/schema/values";
import { RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { FormState } from "@/lib/form-state";
import { participationUpdateInputSchema, UPDATE_TEXT_MAX } from "@/lib/participation/schema";

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
  const tEnum = useTranslations("enums");
  const form = useRecordForm({
    action,
    schema: participationUpdateInputSchema,
    initialValues: { occurredOn: today, kind: "", text: "" },
    validationNamespace: "participation.validation",
  });
  const { text, error } = form;
  const id = (field: string) => `${idPrefix}-${field}`;
  const labels = { occurredOn: t("occurredOn"), kind: t("kind"), text: t("text") };

  return (
    <RecordForm
      form={form}
      labels={labels}
      cancelHref="/mi-participacion"
      idPrefix={idPrefix}
      labelledBy={titleId}
      footer={
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? t("saving") : t("submit")}
          </Button>
        </div>
      }
    >
      <div className="grid grid-cols-1 gap-x-4 gap-y-4 sm:grid-cols-2">
        <Field
          id={id("occurredOn")}
          label={t("occurredOn")}
          hint={t("occurredOnHint")}
          required
          error={error("occurredOn")}
        >
          {(c) => (
            <input
              {...c}
              type="date"
              name="occurredOn"
              max={today}
              defaultValue={text("occurredOn")}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={id("kind")} label={t("kind")} required error={error("kind")}>
          {(c) => (
            <select {...c} name="kind" defaultValue={text("kind")} className={inputClass}>
              <option value="">{t("choose")}</option>
              {PARTICIPATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tEnum(`participationKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={id("text")}
          label={t("text")}
          hint={t("textHint")}
          required
          error={error("text")}
          className="sm:col-span-2"
        >
          {(c) => (
            <textarea
              {...c}
              name="text"
              rows={3}
              maxLength={UPDATE_TEXT_MAX}
              defaultValue={text("text")}
              className={inputClass}
            />
          )}
        </Field>
      </div>
    </RecordForm>
  );
}
