import { titleFrom } from "@/app/_lib/page-title";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { signOutAction } from "@/app/(auth)/actions";
import { changePasswordAction } from "@/app/(app)/cuenta/actions";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { StepShell } from "@/components/auth/step-shell";
import { currentSession, PENDING_STEP_PATHS } from "@/lib/auth/session";

export const generateMetadata = titleFrom(() => getTranslations("account.forced"), "title");

/**
 * "Elegí una contraseña nueva": where a session opened with a temporary password (after an
 * administrator's reset) is sent, and the only page it may use (lib/auth/session.ts). Outside
 * the app's shell on purpose: no navigation to places the session may not reach yet.
 */
export default async function ForcedPasswordChangePage() {
  const session = await currentSession();
  if (session.status === "none") redirect("/login?sesion=vencida");
  if (session.status === "active") redirect("/cuenta");
  // A second factor (or enrolling one) comes before the new password.
  if (session.status !== "must_change_password") redirect(PENDING_STEP_PATHS[session.status]);
  const t = await getTranslations();
  return (
    <StepShell
      appName={t("common.appName")}
      tagline={t("common.appTagline")}
      title={t("account.forced.title")}
      intro={<p>{t("account.forced.intro")}</p>}
    >
      <ChangePasswordForm
        action={changePasswordAction}
        account={{ email: session.actor.email, name: session.actor.name }}
        forced
      />
      <form action={signOutAction} className="mt-6 border-t border-slate-200 pt-4">
        <button type="submit" className="text-sm font-semibold text-brand-700 underline">
          {t("account.forced.signOut")}
        </button>
      </form>
    </StepShell>
  );
}
