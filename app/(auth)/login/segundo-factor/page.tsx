import { titleFrom } from "@/app/_lib/page-title";
import { redirect } from "next/navigation";
import { signOutAction } from "@/app/(auth)/actions";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { PasskeySecondFactor } from "@/components/passkeys/passkey-sign-in";
import { StepShell } from "@/components/auth/step-shell";
import { getDb } from "@/db/client";
import { ownSecondFactors } from "@/lib/auth/second-factor/commands";
import { continuePath, SECOND_FACTOR_ENROLMENT_PATH } from "@/lib/auth/second-factor/paths";
import { currentSession, PENDING_STEP_PATHS } from "@/lib/auth/session";
import { getTranslations } from "@/lib/i18n/translations";
import { verifySecondFactorAction } from "./actions";

export const generateMetadata = titleFrom(() => getTranslations("secondFactor.signIn"), "title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * "Verificación en dos pasos" after the password. Every password sign-in comes through here
 * with the page it asked for (callbackUrl): a session that owes nothing goes on at once, one
 * that owes another step goes to that step, and one that must prove its second factor stays
 * here (and only here: lib/auth/session.ts sends it back from anywhere else). Works on reload:
 * everything it shows is read from the session and the account.
 */
export default async function SecondFactorStepPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = continuePath(first(params.callbackUrl));
  const session = await currentSession();
  if (session.status === "none") redirect("/login?sesion=vencida");
  if (session.status === "active") redirect(callbackUrl);
  if (session.status === "second_factor_enrolment") {
    redirect(`${SECOND_FACTOR_ENROLMENT_PATH}?${new URLSearchParams({ callbackUrl })}`);
  }
  if (session.status !== "second_factor") redirect(PENDING_STEP_PATHS[session.status]);

  const t = await getTranslations();
  const read = await ownSecondFactors({ db: await getDb(), actor: session.actor });
  const factors = read.ok ? read.data : { totp: "none" as const, passkeys: 0, recoveryCodesLeft: 0 };
  const hasTotp = factors.totp === "enabled";
  // The app's code by default; recovery codes on request, or when there is no app (passkeys only).
  const method = first(params.metodo) === "recuperacion" || !hasTotp ? "recovery" : "totp";
  const toggle = (metodo?: string) =>
    `/login/segundo-factor?${new URLSearchParams({ callbackUrl, ...(metodo ? { metodo } : {}) })}`;
  return (
    <StepShell
      appName={t("common.appName")}
      tagline={t("common.appTagline")}
      title={t("secondFactor.signIn.title")}
      intro={
        <>
          <p>
            {method === "recovery" ? t("secondFactor.signIn.recoveryIntro") : t("secondFactor.signIn.intro")}
          </p>
          {!hasTotp && factors.passkeys > 0 ? (
            <p className="mt-2">{t("secondFactor.signIn.passkeyOnly")}</p>
          ) : null}
        </>
      }
    >
      {factors.passkeys > 0 ? (
        <div className="mb-6 border-b border-slate-200 pb-6">
          <PasskeySecondFactor callbackUrl={callbackUrl} />
        </div>
      ) : null}
      <SecondFactorForm method={method} callbackUrl={callbackUrl} action={verifySecondFactorAction} />
      <p className="mt-4 text-sm">
        {method === "recovery" ? (
          hasTotp ? (
            <a href={toggle()}>{t("secondFactor.signIn.useApp")}</a>
          ) : null
        ) : (
          <a href={toggle("recuperacion")}>{t("secondFactor.signIn.useRecovery")}</a>
        )}
      </p>
      <p className="mt-4 text-xs text-muted">{t("secondFactor.signIn.attemptsNote")}</p>
      <p className="mt-2 text-xs text-muted">{t("secondFactor.signIn.lost")}</p>
      <form action={signOutAction} className="mt-6 border-t border-slate-200 pt-4">
        <button type="submit" className="text-sm font-semibold text-brand-700 underline">
          {t("secondFactor.signIn.cancel")}
        </button>
      </form>
    </StepShell>
  );
}
