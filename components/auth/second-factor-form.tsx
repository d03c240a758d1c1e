"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { initialFormState, type FormState } from "@/lib/form-state";

/** The code asked for after the password: the app's six digits, or a recovery code. */
export function SecondFactorForm({
  method,
  callbackUrl,
  action,
}: {
  method: "totp" | "recovery";
  callbackUrl: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("secondFactor");
  const tErrors = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const key = state.fieldErrors?.code?.[0];
  const recovery = method === "recovery";
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="method" value={method} />
      {state.code && !key ? <Alert tone="error">{tErrors(state.code)}</Alert> : null}
      <Field
        id="code"
        label={recovery ? t("signIn.recoveryCode") : t("signIn.code")}
        hint={recovery ? t("signIn.recoveryCodeHint") : t("signIn.codeHint")}
        required
        error={key ? t(`validation.${key}` as "validation.codeWrong") : undefined}
      >
        {(control) => (
          <input
            {...control}
            key={state.submission}
            name="code"
            autoComplete="one-time-code"
            inputMode={recovery ? "text" : "numeric"}
            autoCapitalize="none"
            spellCheck={false}
            maxLength={recovery ? 20 : 8}
            autoFocus
            className={`${inputClass} font-mono text-lg tracking-widest`}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
