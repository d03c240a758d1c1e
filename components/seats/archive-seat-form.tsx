"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/components/forms/form-state";
import { StatusForm } from "@/components/forms/status-form";

/** Archive or restore a seat: one button carrying the version the page showed. */
export function ArchiveSeatForm({
  archived,
  version,
  action,
}: {
  archived: boolean;
  version: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("seats.detail");
  const tErr = useTranslations("errors");
  return (
    <StatusForm
      action={action}
      version={version}
      hint={archived ? t("restoreHint") : t("archiveHint")}
      label={archived ? t("restore") : t("archive")}
      refusal={(state) => (state.code === "CONFLICT" ? t("archiveConflict") : tErr(state.code ?? "INTERNAL"))}
    />
  );
}
