"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

function ConfirmButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="primary" disabled={pending} data-autofocus>
      {pending ? pendingLabel : label}
    </Button>
  );
}

/**
 * "Revocar" asks first, in place: the question and the confirming button replace it (focus moves
 * to the confirmation; "Cancelar" brings it back to "Revocar").
 */
export function RevokeFeedButton({
  action,
  accessibleName,
}: {
  action: () => Promise<void>;
  /** "Revocar el enlace creado el …": tells the rows' buttons apart. */
  accessibleName: string;
}) {
  const t = useTranslations("calendarFeeds.list");
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const groupRef = useRef<HTMLFormElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => {
    if (confirming) groupRef.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    else if (returnFocus) triggerRef.current?.focus();
  }, [confirming, returnFocus]);

  if (!confirming) {
    return (
      <Button
        ref={triggerRef}
        type="button"
        variant="secondary"
        aria-label={accessibleName}
        onClick={() => setConfirming(true)}
      >
        {t("revoke")}
      </Button>
    );
  }
  return (
    <form
      ref={groupRef}
      action={action}
      role="group"
      aria-labelledby={questionId}
      className="flex flex-col gap-2"
    >
      <p id={questionId} className="text-sm">
        {t("confirm")}
      </p>
      <div className="flex flex-wrap gap-2">
        <ConfirmButton label={t("confirmYes")} pendingLabel={t("revoking")} />
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setConfirming(false);
            setReturnFocus(true);
          }}
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
