"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { initialFormState, type FormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { thematicAreaInputSchema } from "@/lib/thematic-areas/schema";
import { formDataToObject, toFieldErrors } from "@/lib/validation/form-data";
import type { FieldErrors } from "@/lib/result";
import { useAreaMessage } from "./messages";

/**
 * Creates an area (inline, above the list) or renames one (its own page, with the version:
 * a conflict keeps the typed name and offers an explicit overwrite).
 */
export function AreaNameForm({
  mode,
  area,
  action,
  cancelHref,
}: {
  mode: "create" | "rename";
  area?: { id: string; name: string; version: number };
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  cancelHref?: string;
}) {
  const t = useTranslations("thematicAreas");
  const tErr = useTranslations("errors");
  const tCommon = useTranslations("common");
  const message = useAreaMessage();
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const errors = clientErrors ?? state.fieldErrors ?? {};
  const nameError = errors.name?.[0];
  const value =
    typeof state.values?.name === "string" ? state.values.name : mode === "rename" ? area?.name : "";

  useEffect(() => {
    if (!state.code) return;
    if (state.code === "VALIDATION" && state.fieldErrors?.name) inputRef.current?.focus();
    else alertRef.current?.focus();
  }, [state.submission, state.code, state.fieldErrors]);

  function validateBeforeSend(event: FormEvent<HTMLFormElement>) {
    const parsed = thematicAreaInputSchema.safeParse(formDataToObject(new FormData(event.currentTarget)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(toFieldErrors(parsed.error));
    requestAnimationFrame(() => inputRef.current?.focus());
  }

  const id = mode === "create" ? "new-area-name" : "area-name";
  return (
    <form action={formAction} onSubmit={validateBeforeSend} noValidate key={state.submission}>
      {area ? <input type="hidden" name="version" value={area.version} /> : null}
      <div ref={alertRef} tabIndex={-1} className="focus:outline-none">
        {state.code === "CONFLICT" && !clientErrors ? (
          <div className="mb-4">
            <Alert tone="error" title={t("rename.conflictTitle")}>
              <p>{t("rename.conflictKeep")}</p>
              {state.version ? (
                <p className="mt-3">
                  <Button
                    type="submit"
                    name="overwriteVersion"
                    value={state.version}
                    variant="secondary"
                    disabled={pending}
                  >
                    {t("rename.conflictOverwrite")}
                  </Button>
                </p>
              ) : null}
            </Alert>
          </div>
        ) : state.code && state.code !== "VALIDATION" ? (
          <div className="mb-4">
            <Alert tone="error">{tErr(state.code)}</Alert>
          </div>
        ) : null}
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <Field
          id={id}
          label={mode === "create" ? t("create.name") : t("rename.name")}
          required
          error={nameError ? message(nameError) : undefined}
          className="w-full max-w-md"
        >
          {(control) => (
            <input
              {...control}
              ref={inputRef}
              name="name"
              defaultValue={value}
              maxLength={120}
              autoComplete="off"
              className={inputClass}
            />
          )}
        </Field>
        <div className="flex gap-2 sm:mt-6">
          <Button type="submit" disabled={pending}>
            {mode === "create"
              ? pending
                ? t("create.submitting")
                : t("create.submit")
              : pending
                ? tCommon("actions.saving")
                : t("rename.submit")}
          </Button>
          {cancelHref ? (
            <Link href={cancelHref} className={buttonClass("secondary")}>
              {tCommon("actions.cancel")}
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
