"use client";

import { useTranslations, useFormatter } from "next-intl";
import { TERM_STATUSES } from "@/db/schema/values";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SearchChoiceField } from "@/components/forms/search-choice-field";
import type { FormState } from "@/lib/form-state";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Alert } from "@/components/ui/alert";
import { Field, inputClass } from "@/components/ui/field";
import { formatDate } from "@/lib/format";
import type { TermDetail } from "@/lib/seats/queries";
import { termInputSchema } from "@/lib/seats/schema";

type Values = Record<string, string | string[]>;

function valuesFrom(term: TermDetail | null): Values {
  if (!term) return { holderPersonId: "", status: "active" };
  return {
    holderPersonId: term.holder.id,
    holderPersonIdLabel: term.holder.name,
    startsOn: term.startsOn,
    endsOn: term.endsOn ?? "",
    status: term.status,
    notes: term.notes ?? "",
  };
}

/**
 * Create/edit form of one term of a seat. Validates with the server's own schema before sending;
 * the holder is searched by name among the city's people.
 */
export function TermForm({
  seatId,
  term,
  action,
  activeTerm,
  cancelHref,
}: {
  seatId: string;
  term: TermDetail | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The seat's other active term, which saving this one as active will close. */
  activeTerm: { holder: string; startsOn: string } | null;
  cancelHref: string;
}) {
  const format = useFormatter();
  const t = useTranslations("seats.termForm");
  const tEnum = useTranslations("enums");
  const tCommon = useTranslations("common");
  const form = useRecordForm({
    action,
    schema: termInputSchema,
    initialValues: valuesFrom(term),
    validationNamespace: "seats.validation",
  });
  const { state, formAction, pending, text, error } = form;

  const labels: Record<string, string> = {
    holderPersonId: t("holder"),
    startsOn: t("startsOn"),
    endsOn: t("endsOn"),
    status: t("status"),
    notes: t("notes"),
  };

  return (
    <form
      action={formAction}
      onSubmit={form.onSubmit}
      noValidate
      className="flex flex-col gap-6"
      key={state.submission}
    >
      {term ? <input type="hidden" name="version" value={term.version} /> : null}
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={form.errors}
        clientInvalid={form.clientInvalid}
        labels={labels}
        savedHref={`/cargos/${seatId}`}
        pending={pending}
        message={form.message}
      />
      {activeTerm ? (
        <Alert tone="info">
          {t("closesPrevious", { holder: activeTerm.holder, date: formatDate(format, activeTerm.startsOn) })}
        </Alert>
      ) : null}
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("section")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field
            id="holderPersonId"
            label={t("holder")}
            hint={t("holderHint")}
            required
            error={error("holderPersonId")}
          >
            {(c) => (
              <SearchChoiceField
                control={c}
                name="holderPersonId"
                label={t("holder")}
                source="personas"
                text={text}
                placeholder={t("holderPlaceholder")}
              />
            )}
          </Field>
          <Field id="status" label={t("status")} required hint={t("statusHint")} error={error("status")}>
            {(c) => (
              <select {...c} name="status" defaultValue={text("status")} className={inputClass}>
                {TERM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {tEnum(`termStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="startsOn" label={t("startsOn")} required error={error("startsOn")}>
            {(c) => (
              <input
                {...c}
                name="startsOn"
                type="date"
                defaultValue={text("startsOn")}
                className={`${inputClass} max-w-52`}
              />
            )}
          </Field>
          <Field id="endsOn" label={t("endsOn")} hint={t("endsOnHint")} error={error("endsOn")}>
            {(c) => (
              <input
                {...c}
                name="endsOn"
                type="date"
                defaultValue={text("endsOn")}
                className={`${inputClass} max-w-52`}
              />
            )}
          </Field>
          <Field id="notes" label={t("notes")} error={error("notes")} className="md:col-span-2">
            {(c) => (
              <textarea {...c} name="notes" rows={3} defaultValue={text("notes")} className={inputClass} />
            )}
          </Field>
        </div>
      </fieldset>

      <FormActions pending={pending} cancelHref={cancelHref} />
    </form>
  );
}
