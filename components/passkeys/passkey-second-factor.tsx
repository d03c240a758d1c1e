"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { passkeySecondFactorAction } from "@/app/(auth)/login/llave/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OPTIONS_URLS, signWithPasskey } from "./ceremony";
import { useProblemText } from "./problem-text";

/**
 * "Usar mi llave de acceso": proves this session's second factor with one of the account's
 * passkeys, then goes to `callbackUrl` (a same-site path). For the second-factor sign-in page
 * and for step-up.
 */
export function PasskeySecondFactor({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("passkeys");
  const problemText = useProblemText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setPending(true);
    setError(null);
    const signed = await signWithPasskey(OPTIONS_URLS.secondFactor);
    if (!signed.ok) {
      setError(problemText(signed.problem.key));
      setPending(false);
      return;
    }
    // Success redirects (the promise does not settle here); a failure comes back.
    const failure = await passkeySecondFactorAction(JSON.stringify(signed.value), callbackUrl);
    setError(problemText(failure.message));
    setPending(false);
  }

  return (
    <div className="flex flex-col gap-3">
      <Button type="button" onClick={() => void run()} disabled={pending} className="w-full">
        {pending ? t("verifying") : t("secondFactor")}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
