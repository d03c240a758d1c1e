import { titleFrom } from "@/app/_lib/page-title";
import { redirect } from "next/navigation";
import { signOutAction } from "@/app/(auth)/actions";
import { TotpEnrolment } from "@/components/account/second-factor/totp-enrolment";
import { PasskeyRegister } from "@/components/passkeys/passkey-register";
import { StepShell } from "@/components/auth/step-shell";
import { getDb } from "@/db/client";
import { currentRelyingParty } from "@/lib/auth/passkeys/request-origin";
import { pendingTotpEnrolment } from "@/lib/auth/second-factor/commands";
import { continuePath } from "@/lib/auth/second-factor/paths";
import { currentSession, PENDING_STEP_PATHS } from "@/lib/auth/session";
import { getTranslations } from "@/lib/i18n/translations";
import { cancelTotpEnrolmentAction, confirmTotpAction, startTotpEnrolmentAction } from "./actions";

export const generateMetadata = titleFrom(() => getTranslations("secondFactor.enforced"), "title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * "Configurá la verificación en dos pasos": where a session whose role must use a second
 * factor (REDES_MFA_REQUIRED_ROLES) and has none is held, and the only page it may use.
 * Outside the app's shell, like the forced password change. Once a factor is confirmed the
 * session has proved it, the recovery codes are shown once, and "Continuar" goes on.
 */
export default async function RequiredEnrolmentPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = continuePath(Array.isArray(raw) ? raw[0] : raw);
  const session = await currentSession();
  if (session.status === "none") redirect("/login?sesion=vencida");
  // Once enrolled, the page stays until "Continuar" (the recovery codes are on it), so an
  // active session that reloads it goes on as well.
  if (session.status === "active") redirect(callbackUrl);
  if (session.status !== "second_factor_enrolment") redirect(PENDING_STEP_PATHS[session.status]);

  const t = await getTranslations();
  const tRole = await getTranslations("enums.role");
  const pending = await pendingTotpEnrolment({ db: await getDb(), actor: session.actor });
  const enrolment = pending.ok && pending.data ? { key: pending.data.key, qr: pending.data.qr } : null;
  // A passkey instead of the app, where passkeys can work (a relying party is configured).
  const passkeysAvailable = (await currentRelyingParty()) !== null;
  return (
    <StepShell
      appName={t("common.appName")}
      tagline={t("common.appTagline")}
      title={t("secondFactor.enforced.title")}
      intro={<p>{t("secondFactor.enforced.intro", { role: tRole(session.actor.role) })}</p>}
    >
      <TotpEnrolment
        enrolment={enrolment}
        email={session.actor.email}
        from="obligatorio"
        callbackUrl={callbackUrl}
        doneHref={callbackUrl}
        startAction={startTotpEnrolmentAction}
        cancelAction={cancelTotpEnrolmentAction}
        confirmAction={confirmTotpAction}
      />
      {passkeysAvailable ? (
        <section aria-labelledby="llave-en-cambio" className="mt-6 border-t border-slate-200 pt-4">
          <h2 id="llave-en-cambio" className="text-base font-semibold">
            {t("passkeys.enrolInstead")}
          </h2>
          <p className="mb-3 text-sm text-muted">{t("passkeys.enrolInsteadIntro")}</p>
          <PasskeyRegister doneHref={callbackUrl} />
        </section>
      ) : null}
      <form action={signOutAction} className="mt-6 border-t border-slate-200 pt-4">
        <button type="submit" className="text-sm font-semibold text-brand-700 underline">
          {t("secondFactor.enforced.signOut")}
        </button>
      </form>
    </StepShell>
  );
}
