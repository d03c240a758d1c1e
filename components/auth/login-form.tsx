"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth.login");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const fieldError = (key?: string) => (key ? t(key as "emailRequired") : undefined);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? (
        <Alert tone="error">{state.error === "INTERNAL" ? tErrors("INTERNAL") : t(state.error)}</Alert>
      ) : null}
      <Field id="email" label={t("email")} required error={fieldError(state.fieldErrors?.email)}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="username"
            defaultValue={state.email ?? ""}
            key={state.email ?? ""}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="password" label={t("password")} required error={fieldError(state.fieldErrors?.password)}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete="current-password"
            className={inputClass}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending} className="mt-2 w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
