"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ADD_ANOTHER } from "@/lib/add-another";

/**
 * A record form's foot for adding several in a row (a meeting's decisions, its commitments):
 * "Guardar", "Guardar y agregar otro/a" (sends `then=another`, which the action reads) and
 * "Cancelar". Given to RecordForm as its `footer`.
 */
export function AddAnotherFooter({
  pending,
  cancelHref,
  anotherLabel,
}: {
  pending: boolean;
  cancelHref: string;
  anotherLabel: string;
}) {
  const t = useTranslations("common.actions");
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
      <Button type="submit" name="then" value={ADD_ANOTHER} variant="secondary" disabled={pending}>
        {anotherLabel}
      </Button>
      <Link href={cancelHref} className={buttonClass("secondary")}>
        {t("cancel")}
      </Link>
    </div>
  );
}
