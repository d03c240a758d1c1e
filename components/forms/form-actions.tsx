"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";

/** The submit button's words, when not Save/Saving ("Crear cuenta"/"Creando…"). */
export interface SubmitLabels {
  idle: string;
  pending: string;
}

/** Save and Cancel at the foot of a record form; without `cancelHref`, only the submit button. */
export function FormActions({
  pending,
  cancelHref,
  labels,
}: {
  pending: boolean;
  cancelHref?: string;
  labels?: SubmitLabels;
}) {
  const t = useTranslations("common.actions");
  const { idle, pending: working } = labels ?? { idle: t("save"), pending: t("saving") };
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? working : idle}
      </Button>
      {cancelHref ? (
        <Link href={cancelHref} className={buttonClass("secondary")}>
          {t("cancel")}
        </Link>
      ) : null}
    </div>
  );
}
