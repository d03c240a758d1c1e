"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FieldErrors } from "@/lib/result";
import { ErrorSummary } from "./error-summary";
import type { FormState } from "./form-state";

/**
 * The area at the top of a record form that says what went wrong: a version conflict (with
 * a link to the saved version and the explicit "save anyway" button), the list of fields to
 * fix, or a general error. Focus moves here after a failed submit.
 */
export function FormFeedback({
  feedbackRef,
  state,
  errors,
  clientInvalid,
  labels,
  savedHref,
  pending,
  message,
}: {
  feedbackRef: RefObject<HTMLDivElement | null>;
  state: FormState;
  errors: FieldErrors;
  clientInvalid: boolean;
  labels: Record<string, string>;
  savedHref?: string;
  pending: boolean;
  /** Field error keys in words, when the form has messages of its own (useRecordForm's `message`). */
  message?: (key: string) => string;
}) {
  const t = useTranslations("common.form");
  const tv = useTranslations("validation");
  const tErr = useTranslations("errors");
  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <div ref={feedbackRef} tabIndex={-1} className="focus:outline-none">
      {state.code === "CONFLICT" && !clientInvalid ? (
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
      ) : hasFieldErrors ? (
        <ErrorSummary
          title={t("errorSummary")}
          errors={errors}
          labels={labels}
          message={message ?? ((k) => tv(k as "required"))}
        />
      ) : state.code ? (
        <Alert tone="error">{tErr(state.code)}</Alert>
      ) : null}
    </div>
  );
}
