"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/components/forms/form-state";
import { StatusForm } from "@/components/forms/status-form";

/**
 * The archive (or restore) button of a body's page. A refusal (dependents still active,
 * parent archived) appears above the button.
 */
export function BodyStatusForm({
  action,
  archived,
  version,
  blocked,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  archived: boolean;
  version: number;
  /** Why the button cannot work now (shown instead of the hint, button disabled); null when it can. */
  blocked: string | null;
}) {
  const t = useTranslations("bodies.page");
  const tbv = useTranslations("bodies.validation");
  const tErr = useTranslations("errors");
  return (
    <StatusForm
      action={action}
      version={version}
      hint={blocked ?? (archived ? t("restoreHint") : t("archiveHint"))}
      label={archived ? t("restore") : t("archive")}
      workingLabel={t("working")}
      disabled={blocked !== null}
      refusal={(state) => {
        const key = state.fieldErrors?._form?.[0];
        return key && tbv.has(key) ? tbv(key) : tErr(state.code ?? "INTERNAL");
      }}
    />
  );
}
