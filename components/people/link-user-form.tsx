"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { LinkedUser } from "@/lib/people/queries";

/**
 * Administrators link a person to a user account (or unlink it): a picker of the accounts not
 * linked to someone else, carrying the version of the person the page showed.
 */
export function LinkUserForm({
  current,
  users,
  version,
  action,
}: {
  current: LinkedUser | null;
  users: LinkedUser[];
  version: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("people.link");
  const tv = useTranslations("people.validation");
  const tRole = useTranslations("enums.role");
  const tErr = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const fieldError = state.fieldErrors?.userId?.[0];
  const selected = typeof state.values?.userId === "string" ? state.values.userId : (current?.id ?? "");
  return (
    <form action={formAction} className="flex flex-col gap-3" key={state.submission}>
      <input type="hidden" name="version" value={version} />
      {state.code && !fieldError ? (
        <Alert tone="error">{state.code === "CONFLICT" ? t("conflict") : tErr(state.code)}</Alert>
      ) : null}
      <Field
        id="userId"
        label={t("user")}
        hint={t("hint")}
        error={fieldError ? (tv.has(fieldError) ? tv(fieldError) : tErr("VALIDATION")) : undefined}
      >
        {(c) => (
          <select {...c} name="userId" defaultValue={selected} className={`${inputClass} max-w-xl`}>
            <option value="">{t("none")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {`${u.email} — ${u.name} (${tRole(u.role)}${u.active ? "" : `, ${t("inactive")}`})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("save")}
        </Button>
      </p>
    </form>
  );
}
