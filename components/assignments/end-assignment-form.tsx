"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** Ends an assignment: its last day (today by default), carrying the version the page showed. */
export function EndAssignmentForm({
  version,
  today,
  action,
}: {
  version: number;
  today: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("assignments.detail");
  const tv = useTranslations("validation");
  const tDomain = useTranslations("assignments.validation");
  const tErr = useTranslations("errors");
  const tForm = useTranslations("common.form");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const key = state.fieldErrors?.endsOn?.[0];
  const fieldError = key ? (tDomain.has(key) ? tDomain(key) : tv(key as "required")) : undefined;
  const value = typeof state.values?.endsOn === "string" ? state.values.endsOn : today;
  return (
    <form action={formAction} className="flex flex-col gap-3" key={state.submission} noValidate>
      <input type="hidden" name="version" value={version} />
      {state.code && !fieldError ? (
        <Alert tone="error" title={state.code === "CONFLICT" ? tForm("conflictTitle") : undefined}>
          {tErr(state.code)}
        </Alert>
      ) : null}
      <p className="text-sm text-muted">{t("endHint")}</p>
      <Field id="endsOn" label={t("endsOnLabel")} required error={fieldError}>
        {(c) => (
          <input {...c} name="endsOn" type="date" defaultValue={value} className={`${inputClass} max-w-xs`} />
        )}
      </Field>
      <p>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("endSubmit")}
        </Button>
      </p>
    </form>
  );
}
