"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FormState } from "@/components/forms/form-state";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FieldErrors } from "@/lib/result";

/**
 * A field error key in words: seat-specific keys live in seats.validation, the shared ones
 * in validation.
 */
export function useValidationMessage() {
  const tSeats = useTranslations("seats.validation");
  const tv = useTranslations("validation");
  return (key: string) => (tSeats.has(key) ? tSeats(key as "overlap") : tv(key as "required"));
}

/**
 * The top of a seat or term form after a failed save: the edit conflict (with the user's
 * input kept and an explicit "save my data anyway"), the list of fields to fix, or the error.
 */
export function FormFeedback({
  state,
  clientErrors,
  labels,
  savedHref,
  pending,
}: {
  state: FormState;
  clientErrors: FieldErrors | null;
  labels: Record<string, string>;
  savedHref?: string;
  pending: boolean;
}) {
  const t = useTranslations("seats.form");
  const tErr = useTranslations("errors");
  const tCommon = useTranslations("common");
  const message = useValidationMessage();
  const errors = clientErrors ?? state.fieldErrors ?? {};

  if (state.code === "CONFLICT" && !clientErrors) {
    return (
      <Alert tone="error" title={t("conflictTitle")}>
        <p>{tErr("CONFLICT")}</p>
        <p className="mt-1">{t("conflictKeep")}</p>
        {savedHref ? (
          <p className="mt-2">
            <Link href={savedHref} target="_blank" rel="noopener">
              {t("conflictReload")}
            </Link>
          </p>
        ) : null}
        {state.version ? (
          <p className="mt-3">
            <Button
              type="submit"
              name="overwriteVersion"
              value={state.version}
              variant="secondary"
              disabled={pending}
            >
              {t("conflictOverwrite")}
            </Button>
          </p>
        ) : null}
      </Alert>
    );
  }
  if (Object.keys(errors).length) {
    return (
      <ErrorSummary title={tCommon("form.errorSummary")} errors={errors} labels={labels} message={message} />
    );
  }
  return state.code ? <Alert tone="error">{tErr(state.code)}</Alert> : null;
}
