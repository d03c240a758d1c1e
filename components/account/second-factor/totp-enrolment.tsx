"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import type { RecoveryCodesState } from "./state";
import { RecoveryCodes } from "./recovery-codes";

export interface EnrolmentView {
  key: string;
  qr: { size: number; path: string };
}

/**
 * Enrolling an authenticator app: a button that starts it; then the QR code, the key for
 * typing by hand and the confirmation code; then — once — the recovery codes. The state of
 * the confirmation lives here, so the codes stay on screen when the page refreshes around it.
 */
export function TotpEnrolment({
  enrolment,
  email,
  from,
  callbackUrl = "/",
  doneHref,
  startAction,
  cancelAction,
  confirmAction,
}: {
  enrolment: EnrolmentView | null;
  email: string;
  /** Which page the forms are on: Mi cuenta, or the required enrolment step. */
  from: "cuenta" | "obligatorio";
  callbackUrl?: string;
  /** Where "Continuar" goes once the app is on. */
  doneHref: string;
  startAction: (state: FormState, formData: FormData) => Promise<FormState>;
  cancelAction: (formData: FormData) => Promise<void>;
  confirmAction: (state: RecoveryCodesState, formData: FormData) => Promise<RecoveryCodesState>;
}) {
  const t = useTranslations("secondFactor");
  const tErrors = useTranslations("errors");
  const [started, startFormAction, starting] = useActionState(startAction, initialFormState);
  const [confirmed, confirmFormAction, confirming] = useActionState(
    confirmAction,
    initialFormState as RecoveryCodesState,
  );
  const hidden = (
    <>
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
    </>
  );
  const message = (key: string | undefined) =>
    key ? t(`validation.${key}` as "validation.codeWrong") : undefined;

  if (confirmed.recoveryCodes !== undefined) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{t("enrol.done")}</Alert>
        {confirmed.recoveryCodes ? <RecoveryCodes codes={confirmed.recoveryCodes} /> : null}
        <div>
          <ButtonLink href={doneHref} data-prefetch="false">
            {confirmed.recoveryCodes ? t("enrol.backToAccount") : t("enrol.continue")}
          </ButtonLink>
        </div>
      </div>
    );
  }

  if (!enrolment) {
    const formKey = started.fieldErrors?._form?.[0];
    return (
      <form action={startFormAction} className="flex flex-col items-start gap-3">
        {hidden}
        {started.code ? <Alert tone="error">{message(formKey) ?? tErrors(started.code)}</Alert> : null}
        <Button type="submit" disabled={starting}>
          {starting ? t("enrol.starting") : t("enrol.start")}
        </Button>
      </form>
    );
  }

  const codeKey = confirmed.fieldErrors?.code?.[0];
  const formKey = confirmed.fieldErrors?._form?.[0];
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">{t("enrol.step1")}</p>
      <svg
        role="img"
        aria-label={t("enrol.qrLabel", { email })}
        viewBox={`-4 -4 ${enrolment.qr.size + 8} ${enrolment.qr.size + 8}`}
        className="h-48 w-48 rounded border border-slate-200 bg-white"
        shapeRendering="crispEdges"
      >
        <rect x={-4} y={-4} width={enrolment.qr.size + 8} height={enrolment.qr.size + 8} fill="#fff" />
        <path d={enrolment.qr.path} fill="#000" />
      </svg>
      <div>
        <p className="text-sm">{t("enrol.step2")}</p>
        <p className="mt-1 font-mono text-base tracking-wider" data-totp-key>
          {enrolment.key}
        </p>
      </div>
      <form action={confirmFormAction} noValidate className="flex flex-col items-start gap-3">
        {hidden}
        <p className="text-sm">{t("enrol.step3")}</p>
        {confirmed.code && !codeKey ? (
          <Alert tone="error">{message(formKey) ?? tErrors(confirmed.code)}</Alert>
        ) : null}
        <Field
          id="totp-code"
          label={t("enrol.code")}
          hint={t("enrol.codeHint")}
          required
          error={message(codeKey)}
          className="w-full max-w-xs"
        >
          {(control) => (
            <input
              {...control}
              key={confirmed.submission}
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={8}
              className={`${inputClass} font-mono text-lg tracking-widest`}
            />
          )}
        </Field>
        <Button type="submit" disabled={confirming}>
          {confirming ? t("enrol.confirming") : t("enrol.confirm")}
        </Button>
      </form>
      <form action={cancelAction}>
        {hidden}
        <SubmitButton label={t("enrol.cancel")} pendingLabel={t("enrol.cancel")} />
      </form>
    </div>
  );
}
