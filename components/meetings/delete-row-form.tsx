"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { initialFormState, type FormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * Deletes one row of the meeting log (an agenda item, a decision, a delegation member) with
 * the version the page showed: if someone changed it meanwhile, nothing is deleted and the
 * conflict is explained.
 */
export function DeleteRowForm({
  action,
  version,
  heading,
  hint,
  label,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  heading: string;
  hint: string;
  label: string;
}) {
  const tErr = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.code) alert.current?.focus();
  }, [state.submission, state.code]);
  return (
    <section
      aria-labelledby="eliminar"
      className="mt-8 rounded-lg border border-red-200 bg-white p-6 shadow-sm"
    >
      <h2 id="eliminar" className="text-lg font-bold">
        {heading}
      </h2>
      <form action={formAction} className="mt-2 flex flex-col gap-3">
        <input type="hidden" name="version" value={version} />
        <div ref={alert} tabIndex={-1} className="focus:outline-none">
          {state.code ? <Alert tone="error">{tErr(state.code)}</Alert> : null}
        </div>
        <p className="text-sm text-muted">{hint}</p>
        <p>
          <Button
            type="submit"
            variant="secondary"
            disabled={pending}
            className="border-red-700 text-red-800 hover:bg-red-50"
          >
            {label}
          </Button>
        </p>
      </form>
    </section>
  );
}
