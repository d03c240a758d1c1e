"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <section
      role="alert"
      data-alert="error"
      className="rounded-lg border border-red-200 bg-white p-10 text-center"
    >
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("body")}</p>
      <Button className="mt-4" onClick={() => reset()}>
        {t("retry")}
      </Button>
    </section>
  );
}
