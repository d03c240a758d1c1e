"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { initialFormState, type FormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * "Crear N reuniones tentativas": sends the horizon and the months the coordinator was shown,
 * so that a plan changed in the meantime is refused instead of creating something unseen.
 */
export function GenerateForm({
  action,
  horizon,
  months,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  horizon: number;
  months: string[];
}) {
  const t = useTranslations("briefing.generate");
  const tErr = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const feedbackRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.code) feedbackRef.current?.focus();
  }, [state.submission, state.code]);

  const planError = state.fieldErrors?.plan?.[0];
  const message =
    state.code === "CONFLICT"
      ? t("errors.conflict")
      : planError && ["irregular", "noReference", "archived"].includes(planError)
        ? t(`errors.${planError}`)
        : state.code === "VALIDATION"
          ? t("errors.invalid")
          : state.code
            ? tErr(state.code)
            : null;

  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="horizon" value={horizon} />
      {months.map((month) => (
        <input key={month} type="hidden" name="months" value={month} />
      ))}
      <div ref={feedbackRef} tabIndex={-1} className="focus:outline-none">
        {message ? <Alert tone="error">{message}</Alert> : null}
      </div>
      {months.length > 0 ? (
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t("working") : t("submit", { count: months.length })}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
