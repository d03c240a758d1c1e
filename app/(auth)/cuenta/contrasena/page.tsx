import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { signOutAction } from "@/app/(auth)/actions";
import { changePasswordAction } from "@/app/(app)/cuenta/actions";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { currentSession } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.forced"))("title") };
}

/**
 * "Elegí una contraseña nueva": where a session opened with a temporary password (after an
 * administrator's reset) is sent, and the only page it may use (lib/auth/session.ts). Outside
 * the app's shell on purpose: no navigation to places the session may not reach yet.
 */
export default async function ForcedPasswordChangePage() {
  const session = await currentSession();
  if (session.status === "none") redirect("/login?sesion=vencida");
  if (session.status === "active") redirect("/cuenta");
  const t = await getTranslations();
  return (
    <main id="contenido" className="flex min-h-screen items-center justify-center bg-brand-900 px-4 py-10">
      <div className="w-full max-w-lg">
        <div className="mb-6 flex items-center gap-3 text-white">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-12 w-12">
            <circle cx="9" cy="11" r="3.2" fill="#ffd100" />
            <circle cx="23" cy="9" r="3.2" fill="#fff" />
            <circle cx="16" cy="23" r="3.2" fill="#fff" />
            <path d="M9 11 23 9 16 23Z" fill="none" stroke="#ffd100" strokeWidth="1.6" />
          </svg>
          <div>
            <p className="text-2xl font-bold">{t("common.appName")}</p>
            <p className="text-sm text-white/85">{t("common.appTagline")}</p>
          </div>
        </div>
        <div className="rounded-xl border-t-4 border-accent bg-white p-8 shadow-xl">
          <h1 className="text-xl font-bold text-ink">{t("account.forced.title")}</h1>
          <p className="mb-6 mt-1 text-sm text-muted">{t("account.forced.intro")}</p>
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
        </div>
      </div>
    </main>
  );
}
