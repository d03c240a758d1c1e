"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StepUpPrompt } from "@/components/account/second-factor/step-up-prompt";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/form-state";

/**
 * "Restablecer la verificación en dos pasos" of another user: a confirmation box (checked on
 * the server too) and, when the administrator's own proof is old, the step-up prompt.
 */
export function SecondFactorResetForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("secondFactor");
  const tErrors = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const confirmError = state.fieldErrors?.confirm?.[0];
  const formKey = state.fieldErrors?._form?.[0];
  const confirmed = state.values?.confirm === "yes";
  return (
    <form action={formAction} noValidate className="flex flex-col items-start gap-3">
      <p className="text-sm text-muted">{t("admin.resetIntro")}</p>
      {state.code && state.code !== "STEP_UP" && !confirmError ? (
        <Alert tone="error">
          {formKey ? t(`validation.${formKey}` as "validation.codeWrong") : tErrors(state.code)}
        </Alert>
      ) : null}
      <div className="flex items-start gap-2">
        <input
          key={state.submission}
          id="reset-2fa-confirm"
          type="checkbox"
          name="confirm"
          value="yes"
          defaultChecked={confirmed}
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "reset-2fa-confirm-error" : undefined}
          className="mt-1 h-4 w-4"
        />
        <label htmlFor="reset-2fa-confirm" className="text-sm">
          {t("admin.resetConfirm")}
        </label>
      </div>
      <p id="reset-2fa-confirm-error" className="text-sm font-medium text-red-700" aria-live="polite">
        {confirmError ? t(`validation.${confirmError}` as "validation.codeWrong") : ""}
      </p>
      <StepUpPrompt state={state} idSuffix="-restablecer-2fa" />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("admin.resetting") : t("admin.reset")}
      </Button>
    </form>
  );
}
