import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { currentActor } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/redirect";
import { ssoConfig } from "@/lib/auth/sso-config";
import { LoginForm } from "@/components/auth/login-form";
import { StepShell } from "@/components/auth/step-shell";
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
    <StepShell
      appName={t("common.appName")}
      tagline={t("common.appTagline")}
      title={t("auth.login.title")}
      intro={<p>{t("auth.login.intro")}</p>}
      narrow
    >
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
          <Alert tone="error">{t(error === "sso" ? "auth.login.ssoRefused" : "auth.login.ssoFailed")}</Alert>
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
    </StepShell>
  );
}
