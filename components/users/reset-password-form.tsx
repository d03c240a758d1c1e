"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StepUpPrompt } from "@/components/account/second-factor/step-up-prompt";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/form-state";
import type { TemporaryPasswordState } from "./state";
import { TemporaryPassword } from "./temporary-password";

/** "Restablecer la contraseña": generates a temporary password and shows it once. */
export function ResetPasswordForm({
  version,
  action,
}: {
  version: number;
  action: (state: TemporaryPasswordState, formData: FormData) => Promise<TemporaryPasswordState>;
}) {
  const t = useTranslations("users");
  const tErr = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialFormState as TemporaryPasswordState);
  const fieldKey = state.fieldErrors ? Object.values(state.fieldErrors)[0]?.[0] : undefined;
  return (
    <div className="flex flex-col items-start gap-3">
      {state.temporary ? (
        <TemporaryPassword
          temporary={state.temporary}
          title={t("page.resetTitle")}
          intro={t("page.resetDone", { email: state.temporary.email })}
        />
      ) : null}
      {state.code ? (
        <Alert tone="error">
          {fieldKey && t.has(`validation.${fieldKey}`) ? t(`validation.${fieldKey}`) : tErr(state.code)}
        </Alert>
      ) : null}
      <form action={formAction} className="flex flex-col items-start gap-3">
        {/* After a reset the record's version moved on: a second reset uses the new one. */}
        <input type="hidden" name="version" value={state.version ?? version} />
        <p className="text-sm text-muted">{t("page.resetIntro")}</p>
        <StepUpPrompt state={state} idSuffix="-contrasena" />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("page.resetting") : t("page.reset")}
        </Button>
      </form>
    </div>
  );
}
