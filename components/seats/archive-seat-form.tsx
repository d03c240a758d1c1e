"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

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
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="version" value={version} />
      {state.code ? (
        <Alert tone="error">{state.code === "CONFLICT" ? t("archiveConflict") : tErr(state.code)}</Alert>
      ) : null}
      <p className="text-sm text-muted">{archived ? t("restoreHint") : t("archiveHint")}</p>
      <p>
        <Button type="submit" variant="secondary" disabled={pending}>
          {archived ? t("restore") : t("archive")}
        </Button>
      </p>
    </form>
  );
}
