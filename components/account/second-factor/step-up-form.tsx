"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/form-state";
import type { RecoveryCodesState } from "./state";
import { RecoveryCodes } from "./recovery-codes";
import { StepUpPrompt } from "./step-up-prompt";

/**
 * A one-button form for a sensitive action of one's own account (turn the app off, new
 * recovery codes): the first press may answer STEP_UP, and the prompt appears in the form.
 */
export function StepUpForm({
  action,
  label,
  pendingLabel,
  intro,
  idSuffix,
  children,
}: {
  action: (state: RecoveryCodesState, formData: FormData) => Promise<RecoveryCodesState>;
  label: string;
  pendingLabel: string;
  intro?: string;
  idSuffix: string;
  children?: ReactNode;
}) {
  const tErrors = useTranslations("errors");
  const tv = useTranslations("secondFactor.validation");
  const [state, formAction, pending] = useActionState(action, initialFormState as RecoveryCodesState);
  const formKey = state.fieldErrors?._form?.[0];
  return (
    <div className="flex flex-col gap-3">
      {state.recoveryCodes ? <RecoveryCodes codes={state.recoveryCodes} /> : null}
      <form action={formAction} noValidate className="flex flex-col items-start gap-3">
        {intro ? <p className="text-sm text-muted">{intro}</p> : null}
        {children}
        {state.code && state.code !== "STEP_UP" ? (
          <Alert tone="error">{formKey ? tv(formKey as "noSecondFactor") : tErrors(state.code)}</Alert>
        ) : null}
        <StepUpPrompt state={state} idSuffix={idSuffix} />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
      </form>
    </div>
  );
}
