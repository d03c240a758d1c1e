"use client";

import { useTranslations } from "next-intl";
import { RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import type { FormState } from "@/lib/form-state";

/**
 * Creates an area (inline, above the list) or renames one (its own page, with the version:
 * a conflict keeps the typed name and offers an explicit overwrite).
 */
export function AreaNameForm({
  mode,
  area,
  action,
  cancelHref,
}: {
  mode: "create" | "rename";
  area?: { id: string; name: string; version: number };
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  cancelHref?: string;
}) {
  const t = useTranslations("thematicAreas");
  const tCommon = useTranslations("common");
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/thematic-areas/schema").then((m) => m.thematicAreaInputSchema),
    initialValues: { name: mode === "rename" ? (area?.name ?? "") : "" },
    validationNamespace: "thematicAreas.validation",
  });
  const { pending } = form;
  const prefix = mode === "create" ? "new-area" : "area";
  const label = mode === "create" ? t("create.name") : t("rename.name");
  const submit =
    mode === "create"
      ? pending
        ? t("create.submitting")
        : t("create.submit")
      : pending
        ? tCommon("actions.saving")
        : t("rename.submit");
  return (
    <RecordForm
      form={form}
      version={area?.version}
      labels={{ name: label }}
      cancelHref={cancelHref ?? "/areas-tematicas"}
      idPrefix={prefix}
      footer={
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            {submit}
          </Button>
          {cancelHref ? (
            <Link href={cancelHref} className={buttonClass("secondary")}>
              {tCommon("actions.cancel")}
            </Link>
          ) : null}
        </div>
      }
    >
      <Field
        id={`${prefix}-name`}
        label={label}
        required
        error={form.error("name")}
        className="w-full max-w-md"
      >
        {(control) => (
          <input
            {...control}
            name="name"
            defaultValue={form.text("name")}
            maxLength={120}
            autoComplete="off"
            className={inputClass}
          />
        )}
      </Field>
    </RecordForm>
  );
}
