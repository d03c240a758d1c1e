"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { newPasswordSchema, PASSWORD_MAX_LENGTH, type PasswordContext } from "@/lib/auth/password-policy";
import type { FormState } from "@/lib/form-state";

/**
 * Choosing a new password (own account, or the forced change after a reset). Validated in
 * the browser with the server's schema (length, personal words, repetition); the server adds
 * the common-password list. Pasting is allowed (password managers), and the new-password
 * fields say so to the browser (autocomplete="new-password") so it can offer a generated one.
 * One column (it sits in a card of Mi cuenta or the forced-change step), so no FormSection.
 */
export function ChangePasswordForm({
  action,
  account,
  forced = false,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  account: PasswordContext;
  forced?: boolean;
}) {
  const t = useTranslations("account");
  const schema = useMemo(() => newPasswordSchema({ context: account, withCurrent: true }), [account]);
  const form = useRecordForm({
    action,
    schema,
    initialValues: {},
    validationNamespace: "account.validation",
  });
  const { pending, text, error } = form;
  const [shown, setShown] = useState(false);
  const type = shown ? "text" : "password";
  const labels: Record<string, string> = {
    currentPassword: forced ? t("forced.current") : t("password.current"),
    newPassword: t("password.new"),
    confirmPassword: t("password.confirm"),
  };
  return (
    <RecordForm
      form={form}
      labels={labels}
      cancelHref="/cuenta"
      footer={
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t("password.submitting") : t("password.submit")}
          </Button>
        </div>
      }
    >
      {/* The account's e-mail, for password managers to file the new password under. */}
      <input
        type="email"
        name="username"
        autoComplete="username"
        value={account.email ?? ""}
        readOnly
        hidden
      />
      <Field id="currentPassword" label={labels.currentPassword!} required error={error("currentPassword")}>
        {(c) => (
          <input
            {...c}
            name="currentPassword"
            type={type}
            autoComplete="current-password"
            defaultValue={text("currentPassword")}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id="newPassword"
        label={t("password.new")}
        hint={t("password.newHint")}
        required
        error={error("newPassword")}
      >
        {(c) => (
          <input
            {...c}
            name="newPassword"
            type={type}
            autoComplete="new-password"
            maxLength={PASSWORD_MAX_LENGTH}
            defaultValue={text("newPassword")}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="confirmPassword" label={t("password.confirm")} required error={error("confirmPassword")}>
        {(c) => (
          <input
            {...c}
            name="confirmPassword"
            type={type}
            autoComplete="new-password"
            maxLength={PASSWORD_MAX_LENGTH}
            defaultValue={text("confirmPassword")}
            className={inputClass}
          />
        )}
      </Field>
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={shown}
          onChange={(e) => setShown(e.target.checked)}
          className="h-4 w-4"
        />
        {t("password.show")}
      </label>
    </RecordForm>
  );
}
