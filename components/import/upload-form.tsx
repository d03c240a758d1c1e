"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";

/**
 * The upload: the table and the file. The server reads the file before keeping anything; a
 * refusal (too large, too many rows, not a spreadsheet, encrypted, macros) comes back as the
 * file field's error, announced and focused with it.
 */
export function UploadForm({
  action,
  tables,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  tables: { value: string; label: string }[];
}) {
  const t = useTranslations("importPages");
  const tErrors = useTranslations("errors");
  const [state, formAction] = useActionState(action, initialFormState);
  const fileError = state.fieldErrors?.file?.[0];
  const otherError = !fileError && state.code ? tErrors(state.code) : null;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {otherError ? <Alert tone="error">{otherError}</Alert> : null}
      <Field id="import-table" label={t("upload.table")} required>
        {(control) => (
          <select {...control} name="table" className={inputClass} defaultValue={tables[0]?.value}>
            {tables.map((table) => (
              <option key={table.value} value={table.value}>
                {table.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="import-file"
        label={t("upload.file")}
        hint={t("upload.fileHint")}
        required
        error={fileError ? t(fileError.replace(/^importPages\./, "") as never) : undefined}
      >
        {(control) => (
          <input
            {...control}
            key={state.submission}
            // The field with the refusal takes focus, so its message is read at once.
            autoFocus={!!fileError}
            name="file"
            type="file"
            required
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
          />
        )}
      </Field>
      <div>
        <SubmitButton label={t("upload.submit")} pendingLabel={t("upload.pending")} variant="primary" />
      </div>
    </form>
  );
}
