"use client";

import { useTranslations } from "next-intl";
import { passkeySecondFactorAction, passkeySignInAction } from "@/app/(auth)/login/llave/actions";
import { OPTIONS_URLS } from "./ceremony";
import { PasskeyButton } from "./passkey-button";

/**
 * "Ingresar con una llave de acceso" on the login page: the browser offers the passkeys it
 * holds for this site (no e-mail needed), then Auth.js signs in with the answer.
 */
export function PasskeySignIn({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("passkeys");
  return (
    <PasskeyButton
      optionsUrl={OPTIONS_URLS.signIn}
      submit={(response) => passkeySignInAction(response, callbackUrl)}
      label={t("signIn")}
      workingLabel={t("signingIn")}
      variant="secondary"
    />
  );
}

/**
 * "Usar mi llave de acceso": proves this session's second factor with one of the account's
 * passkeys, then goes to `callbackUrl` (a same-site path). For the second-factor sign-in page
 * and for step-up.
 */
export function PasskeySecondFactor({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("passkeys");
  return (
    <PasskeyButton
      optionsUrl={OPTIONS_URLS.secondFactor}
      submit={(response) => passkeySecondFactorAction(response, callbackUrl)}
      label={t("secondFactor")}
      workingLabel={t("verifying")}
    />
  );
}
