"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/form-state";

/** Deactivate or reactivate an account (one button; the version guards against a stale page). */
export function UserAccessForm({
  active,
  version,
  action,
}: {
  active: boolean;
  version: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("users");
  const tErr = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const fieldKey = state.fieldErrors ? Object.values(state.fieldErrors)[0]?.[0] : undefined;
  return (
    <form action={formAction} className="flex flex-col items-start gap-3">
      <input type="hidden" name="version" value={version} />
      {state.code ? (
        <Alert tone="error">
          {fieldKey && t.has(`validation.${fieldKey}`) ? t(`validation.${fieldKey}`) : tErr(state.code)}
        </Alert>
      ) : null}
      <p className="text-sm text-muted">{active ? t("page.deactivateIntro") : t("page.reactivateIntro")}</p>
      <Button type="submit" variant={active ? "secondary" : "primary"} disabled={pending}>
        {active ? t("page.deactivate") : t("page.reactivate")}
      </Button>
    </form>
  );
}
