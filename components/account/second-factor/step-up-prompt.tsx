"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import type { FormState } from "@/lib/form-state";
import { STEP_UP_FIELD } from "@/lib/auth/second-factor/step-up-field";

/**
 * "Confirmá que sos vos": shown inside a form whose action answered STEP_UP. The code goes
 * with the same form when it is sent again, so whatever else the user typed is kept; the
 * action verifies it first (lib/auth/second-factor/step-up.ts withStepUp).
 */
export function StepUpPrompt({ state, idSuffix = "" }: { state: FormState; idSuffix?: string }) {
  const t = useTranslations("secondFactor");
  const key = state.fieldErrors?.[STEP_UP_FIELD]?.[0];
  if (state.code !== "STEP_UP" && !key) return null;
  const id = `${STEP_UP_FIELD}${idSuffix}`;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4" data-step-up>
      <p className="font-semibold text-amber-950">{t("stepUp.title")}</p>
      <p className="mb-3 mt-1 text-sm text-amber-950">{t("stepUp.intro")}</p>
      <Field
        id={id}
        label={t("stepUp.code")}
        hint={t("stepUp.hint")}
        required
        error={key ? t(`validation.${key}` as "validation.codeWrong") : undefined}
      >
        {(control) => (
          <input
            {...control}
            key={state.submission}
            name={STEP_UP_FIELD}
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={20}
            autoFocus
            className={`${inputClass} max-w-xs font-mono tracking-widest`}
          />
        )}
      </Field>
    </div>
  );
}
