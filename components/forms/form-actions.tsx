"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";

/** Save and Cancel at the foot of a record form. */
export function FormActions({ pending, cancelHref }: { pending: boolean; cancelHref: string }) {
  const t = useTranslations("common.actions");
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
      <Link href={cancelHref} className={buttonClass("secondary")}>
        {t("cancel")}
      </Link>
    </div>
  );
}
