"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signWithPasskey } from "./ceremony";
import { useProblemText } from "./problem-text";

/**
 * A button that signs with a passkey (the options from `optionsUrl`, then the browser's prompt)
 * and hands the answer to `submit`, a server action that redirects on success; a failure at
 * either step appears under the button in words.
 */
export function PasskeyButton({
  optionsUrl,
  submit,
  label,
  workingLabel,
  variant,
}: {
  optionsUrl: string;
  submit: (response: string) => Promise<{ message: string }>;
  label: string;
  workingLabel: string;
  variant?: "secondary";
}) {
  const problemText = useProblemText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setPending(true);
    setError(null);
    const signed = await signWithPasskey(optionsUrl);
    if (!signed.ok) {
      setError(problemText(signed.problem.key));
      setPending(false);
      return;
    }
    // Success redirects (the promise does not settle here); a failure comes back.
    const failure = await submit(JSON.stringify(signed.value));
    setError(problemText(failure.message));
    setPending(false);
  }

  return (
    <div className="flex flex-col gap-3">
      <Button
        type="button"
        variant={variant}
        onClick={() => void run()}
        disabled={pending}
        className="w-full"
      >
        {pending ? workingLabel : label}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
