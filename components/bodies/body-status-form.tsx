"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { initialFormState, type FormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * The archive (or restore) button of a body's page, with the version it was shown so that a
 * change made meanwhile is a conflict. A refusal (dependents still active, parent archived)
 * appears above the button and takes the focus.
 */
export function BodyStatusForm({
  action,
  archived,
  version,
  blocked,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  archived: boolean;
  version: number;
  /** Why the button cannot work now (shown instead of the hint, button disabled); null when it can. */
  blocked: string | null;
}) {
  const t = useTranslations("bodies.page");
  const tbv = useTranslations("bodies.validation");
  const tErr = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.code) alertRef.current?.focus();
  }, [state.submission, state.code]);

  const refusal = state.fieldErrors?._form?.[0];
  const hintId = "estado-ayuda";
  return (
    <form action={formAction} className="flex flex-col items-start gap-3">
      <input type="hidden" name="version" value={version} />
      {state.code ? (
        <div ref={alertRef} tabIndex={-1} className="w-full focus:outline-none">
          <Alert tone="error">{refusal && tbv.has(refusal) ? tbv(refusal) : tErr(state.code)}</Alert>
        </div>
      ) : null}
      <p id={hintId} className="text-sm text-muted">
        {blocked ?? (archived ? t("restoreHint") : t("archiveHint"))}
      </p>
      <Button
        type="submit"
        variant="secondary"
        disabled={pending || blocked !== null}
        aria-describedby={hintId}
      >
        {pending ? t("working") : archived ? t("restore") : t("archive")}
      </Button>
    </form>
  );
}
