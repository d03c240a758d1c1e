"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Flash } from "@/components/ui/flash";
import type { FormState } from "@/lib/form-state";
import type { RecoveryCodesState } from "./state";
import { StepUpForm } from "./step-up-form";
import { TotpEnrolment, type EnrolmentView } from "./totp-enrolment";

export interface SecondFactorSummary {
  totp: "none" | "pending" | "enabled";
  passkeys: number;
  recoveryCodesLeft: number;
}

const FLASHES = {
  "2fa-activada": "activada",
  "2fa-desactivada": "desactivada",
  "2fa-cancelada": "cancelada",
} as const;

/**
 * Mi cuenta's "Verificación en dos pasos": whether it is on, the authenticator app (enrol or
 * turn off), the recovery codes left and "Generar códigos nuevos".
 */
export function SecondFactorSection({
  factors,
  enrolment,
  email,
  required,
  estado,
  passkeys,
  actions,
}: {
  factors: SecondFactorSummary;
  enrolment: EnrolmentView | null;
  email: string;
  /** The account's role must use a second factor (REDES_MFA_REQUIRED_ROLES). */
  required: boolean;
  estado?: string;
  /** Where the passkeys' own management goes (rendered by the page). */
  passkeys?: ReactNode;
  actions: {
    start: (state: FormState, formData: FormData) => Promise<FormState>;
    cancel: (formData: FormData) => Promise<void>;
    confirm: (state: RecoveryCodesState, formData: FormData) => Promise<RecoveryCodesState>;
    disable: (state: RecoveryCodesState, formData: FormData) => Promise<RecoveryCodesState>;
    regenerate: (state: RecoveryCodesState, formData: FormData) => Promise<RecoveryCodesState>;
  };
}) {
  const t = useTranslations("secondFactor");
  const on = factors.totp === "enabled" || factors.passkeys > 0;
  const flash = estado && estado in FLASHES ? FLASHES[estado as keyof typeof FLASHES] : null;
  return (
    <div className="flex flex-col gap-4">
      {flash ? <Flash>{t(`flash.${flash}`)}</Flash> : null}
      <p className="text-sm text-muted">{t("section.intro")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="font-semibold">{t("section.status")}</dt>
        <dd>
          {on ? (
            <Badge tone="green">{t("section.on")}</Badge>
          ) : (
            <Badge tone="neutral">{t("section.off")}</Badge>
          )}
          {required ? <span className="ml-2 text-muted">{t("section.required")}</span> : null}
        </dd>
        <dt className="font-semibold">{t("section.app")}</dt>
        <dd>{factors.totp === "enabled" ? t("section.appOn") : t("section.appOff")}</dd>
        <dt className="font-semibold">{t("section.passkeys")}</dt>
        <dd>{t("section.passkeysCount", { count: factors.passkeys })}</dd>
        {on ? (
          <>
            <dt className="font-semibold">{t("section.recoveryCodes")}</dt>
            <dd>{t("section.recoveryCodesLeft", { count: factors.recoveryCodesLeft })}</dd>
          </>
        ) : null}
      </dl>
      {on && factors.recoveryCodesLeft <= 3 ? <Alert tone="warning">{t("section.recoveryLow")}</Alert> : null}

      {factors.totp === "enabled" ? (
        <StepUpForm
          action={actions.disable}
          label={t("disable.button")}
          pendingLabel={t("disable.disabling")}
          intro={required && factors.passkeys === 0 ? t("disable.requiredIntro") : t("disable.intro")}
          idSuffix="-desactivar"
        />
      ) : (
        <TotpEnrolment
          enrolment={enrolment}
          email={email}
          from="cuenta"
          doneHref="/cuenta?estado=2fa-activada#segundo-factor"
          startAction={actions.start}
          cancelAction={actions.cancel}
          confirmAction={actions.confirm}
        />
      )}

      {/* Passkeys (WebAuthn): their registration and list are placed here. */}
      {passkeys}

      {on ? (
        <div className="border-t border-slate-200 pt-4">
          <h3 className="mb-2 font-semibold">{t("section.recoveryCodes")}</h3>
          <StepUpForm
            action={actions.regenerate}
            label={t("codes.regenerate")}
            pendingLabel={t("codes.regenerating")}
            intro={t("codes.regenerateIntro")}
            idSuffix="-codigos"
          />
        </div>
      ) : null}
    </div>
  );
}
