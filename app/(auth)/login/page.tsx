import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { currentActor } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/redirect";
import { ssoConfig } from "@/lib/auth/sso-config";
import { LoginForm } from "@/components/auth/login-form";
import { PasskeySignIn } from "@/components/passkeys/passkey-sign-in";
import { currentRelyingParty } from "@/lib/auth/passkeys/request-origin";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const raw = params.callbackUrl;
  // Never come back to the login page itself after signing in.
  const requested = safeCallbackPath(Array.isArray(raw) ? raw[0] : raw);
  const callbackUrl = requested.startsWith("/login") ? "/" : requested;
  if (await currentActor()) redirect(callbackUrl);
  const t = await getTranslations();
  const sso = ssoConfig();
  // Auth.js sends single sign-on failures here: "sso" when Redes refused the identity (no
  // active account for it), an Auth.js error code when the exchange with the provider failed.
  const error = sso && typeof params.error === "string" ? params.error : null;
  // The passkey button only where passkeys can work (a relying party is configured).
  const passkeys = (await currentRelyingParty()) !== null;
  const ssoHref = `/login/sso?${new URLSearchParams({ callbackUrl })}`;
  return (
    <main id="contenido" className="flex min-h-screen items-center justify-center bg-brand-900 px-4 py-10">
      <div className="w-full max-w-md">
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
          <h1 className="text-xl font-bold text-ink">{t("auth.login.title")}</h1>
          <p className="mb-6 mt-1 text-sm text-muted">{t("auth.login.intro")}</p>
          {params.sesion === "vencida" ? (
            <div className="mb-4">
              <Alert tone="info">{t("auth.login.sessionEnded")}</Alert>
            </div>
          ) : null}
          {params.sesion === "segundo-factor" ? (
            <div className="mb-4">
              <Alert tone="warning">{t("secondFactor.signIn.locked")}</Alert>
            </div>
          ) : null}
          {error ? (
            <div className="mb-4">
              <Alert tone="error">
                {t(error === "sso" ? "auth.login.ssoRefused" : "auth.login.ssoFailed")}
              </Alert>
            </div>
          ) : null}
          {sso ? (
            <>
              {/* A link (plain navigation to the provider), styled as the page's main action. */}
              <a href={ssoHref} className={buttonClass("primary", "w-full")}>
                {t("auth.login.ssoButton", { name: sso.name ?? t("auth.login.ssoDefaultName") })}
              </a>
              <p className="my-4 text-center text-sm text-muted">{t("auth.login.ssoOr")}</p>
            </>
          ) : null}
          <LoginForm callbackUrl={callbackUrl} />
          {passkeys ? (
            <>
              <p className="my-4 text-center text-sm text-muted">{t("passkeys.signInOr")}</p>
              <PasskeySignIn callbackUrl={callbackUrl} />
            </>
          ) : null}
        </div>
      </div>
    </main>
  );
}
