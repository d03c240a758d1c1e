"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

function Submit() {
  const t = useTranslations("account.sessions");
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" disabled={pending}>
      {pending ? t("submitting") : t("submit")}
    </Button>
  );
}

/** "Cerrar sesión en todos los dispositivos" (this browser's session ends too). */
export function SignOutEverywhereForm({ action }: { action: () => Promise<void> }) {
  const t = useTranslations("account.sessions");
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <p className="text-sm text-muted">{t("intro")}</p>
      <Submit />
    </form>
  );
}
