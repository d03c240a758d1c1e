"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import type { useRecordForm } from "@/components/forms/use-record-form";
import { Field, inputClass } from "@/components/ui/field";

/**
 * A commitment's status, its completion date (asked only for a done one) and its notes: the
 * full form's last section and all of "Actualizar estado".
 */
export function CommitmentStatusFields({
  form,
  notesRows,
}: {
  form: ReturnType<typeof useRecordForm>;
  notesRows: number;
}) {
  const t = useTranslations("commitments.form");
  const tEnum = useTranslations("enums");
  const { text, error } = form;
  const [status, setStatus] = useState(text("status") || "open");
  return (
    <>
      <Field id="status" label={t("status")} required error={error("status")}>
        {(c) => (
          <select
            {...c}
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            className={inputClass}
          >
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tEnum(`commitmentStatus.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {status === "done" ? (
        <Field
          id="completedOn"
          label={t("completedOn")}
          hint={t("completedOnHint")}
          error={error("completedOn")}
        >
          {(c) => (
            <input
              {...c}
              type="date"
              name="completedOn"
              defaultValue={text("completedOn")}
              className={inputClass}
            />
          )}
        </Field>
      ) : null}
      <Field id="notes" label={t("notes")} error={error("notes")} className="md:col-span-2">
        {(c) => (
          <textarea
            {...c}
            name="notes"
            rows={notesRows}
            defaultValue={text("notes")}
            className={inputClass}
          />
        )}
      </Field>
    </>
  );
}
