"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, type RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import type { FieldErrors } from "@/lib/result";
import { messageOf } from "@/lib/validation/message-key";
import type { Values } from "./conflict-merge";
import { ErrorSummary } from "./error-summary";
import type { FormState } from "./form-state";

// Loaded only when a conflict happens: forms that never meet one do not carry it.
const ConflictPanel = lazy(() => import("./conflict-panel"));

/**
 * The area at the top of a record form that says what went wrong: a version conflict (who
 * saved meanwhile, the fields that differ with a choice each, a link to the saved version and
 * the explicit "save anyway" button), the list of fields to fix, or a general error. Focus
 * moves here after a failed submit.
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
  conflict,
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
  /** The values the form was loaded with and, once known, the record's values as saved now. */
  conflict?: { base: Values; theirs?: Values; labels: Record<string, string> };
}) {
  const t = useTranslations("common.form");
  const tv = useTranslations("validation");
  const tErr = useTranslations("errors");
  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <div ref={feedbackRef} tabIndex={-1} className="focus:outline-none">
      {state.code === "CONFLICT" && !clientInvalid ? (
        <Suspense fallback={<Alert tone="error" title={t("conflictTitle")} />}>
          <ConflictPanel
            state={state}
            base={conflict?.base ?? {}}
            theirs={conflict?.theirs}
            labels={conflict?.labels ?? labels}
            savedHref={savedHref}
            pending={pending}
          />
        </Suspense>
      ) : hasFieldErrors ? (
        <ErrorSummary
          title={t("errorSummary")}
          errors={errors}
          labels={labels}
          message={message ?? ((k) => tv(messageOf(k).name as "required", messageOf(k).values))}
        />
      ) : state.code ? (
        <Alert tone="error">{tErr(state.code)}</Alert>
      ) : null}
    </div>
  );
}
