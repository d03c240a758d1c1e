"use client";

import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormAction, type FormState } from "./form-state";

/**
 * A record's one-button form (archive, restore): the version the page showed goes with it, so
 * that a change made meanwhile is a conflict. A refusal appears above the button and takes
 * the focus. It has no fields, hence no record-form shell (no required hint, no Cancel).
 */
export function StatusForm({
  action,
  version,
  hint,
  label,
  workingLabel,
  disabled = false,
  refusal,
}: {
  action: FormAction;
  version: number;
  /** What the button does, or why it cannot work now. */
  hint: string;
  label: string;
  /** The button's text while the request runs (else its label). */
  workingLabel?: string;
  disabled?: boolean;
  /** A failed request in words. */
  refusal: (state: FormState) => string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.code) alertRef.current?.focus();
  }, [state.submission, state.code]);

  const hintId = "estado-ayuda";
  return (
    <form action={formAction} className="flex flex-col items-start gap-3">
      <input type="hidden" name="version" value={version} />
      {state.code ? (
        <div ref={alertRef} tabIndex={-1} className="w-full focus:outline-none">
          <Alert tone="error">{refusal(state)}</Alert>
        </div>
      ) : null}
      <p id={hintId} className="text-sm text-muted">
        {hint}
      </p>
      <Button type="submit" variant="secondary" disabled={pending || disabled} aria-describedby={hintId}>
        {pending && workingLabel ? workingLabel : label}
      </Button>
    </form>
  );
}
