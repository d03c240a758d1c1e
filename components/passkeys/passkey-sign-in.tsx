"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { passkeySignInAction } from "@/app/(auth)/login/llave/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OPTIONS_URLS, signWithPasskey } from "./ceremony";
import { useProblemText } from "./problem-text";

/**
 * "Ingresar con una llave de acceso" on the login page: the browser offers the passkeys it
 * holds for this site (no e-mail needed), then Auth.js signs in with the answer.
 */
export function PasskeySignIn({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("passkeys");
  const problemText = useProblemText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setPending(true);
    setError(null);
    const signed = await signWithPasskey(OPTIONS_URLS.signIn);
    if (!signed.ok) {
      setError(problemText(signed.problem.key));
      setPending(false);
      return;
    }
    const failure = await passkeySignInAction(JSON.stringify(signed.value), callbackUrl);
    setError(problemText(failure.message));
    setPending(false);
  }

  return (
    <div className="flex flex-col gap-3">
      <Button
        type="button"
        variant="secondary"
        onClick={() => void run()}
        disabled={pending}
        className="w-full"
      >
        {pending ? t("signingIn") : t("signIn")}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
