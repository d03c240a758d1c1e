"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { TextField } from "@/components/forms/record-fields";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-limits";
import type { PasswordContext } from "@/lib/auth/password-policy";
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
  const schema = () =>
    import("@/lib/auth/password-policy").then((m) =>
      m.newPasswordSchema({ context: account, withCurrent: true }),
    );
  const form = useRecordForm({
    action,
    schema,
    initialValues: {},
    validationNamespace: "account.validation",
    labels: {
      currentPassword: forced ? t("forced.current") : t("password.current"),
      newPassword: t("password.new"),
      confirmPassword: t("password.confirm"),
    },
  });
  const [shown, setShown] = useState(false);
  const type = shown ? "text" : "password";
  // The new password and its confirmation, told apart from the current one for the browser.
  const password = {
    required: true,
    type,
    maxLength: PASSWORD_MAX_LENGTH,
    autoComplete: "new-password",
  };
  return (
    <RecordForm
      form={form}
      cancelHref="/cuenta"
      submitLabels={{ idle: t("password.submit"), pending: t("password.submitting") }}
      withCancel={false}
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
      <TextField name="currentPassword" required type={type} autoComplete="current-password" />
      <TextField {...password} name="newPassword" hint={t("password.newHint")} />
      <TextField {...password} name="confirmPassword" />
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
