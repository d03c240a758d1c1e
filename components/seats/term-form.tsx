"use client";

import { useTranslations, useFormatter } from "next-intl";
import { TERM_STATUSES } from "@/db/schema/values";
import { DateField, SelectField, TextAreaField, useEnumOptions } from "@/components/forms/record-fields";
import { SearchedField } from "@/components/forms/search-choice-field";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import type { FormState } from "@/lib/form-state";
import { fieldLabels, useRecordForm, type FormValues } from "@/components/forms/use-record-form";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/format";
import type { TermDetail } from "@/lib/seats/queries";

/** What a new term starts from: the renewal of the seat's latest term, when it has one. */
export interface TermRenewal {
  holder: { id: string; name: string };
  /** The day after the renewed term ends; null when it has no end. */
  startsOn: string | null;
}

function valuesFrom(term: TermDetail | null, renewal: TermRenewal | null): FormValues {
  if (!term && renewal) {
    return {
      holderPersonId: renewal.holder.id,
      holderPersonIdLabel: renewal.holder.name,
      startsOn: renewal.startsOn ?? "",
      status: "active",
    };
  }
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
  renewal = null,
  cancelHref,
}: {
  seatId: string;
  term: TermDetail | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The seat's other active term, which saving this one as active will close. */
  activeTerm: { holder: string; startsOn: string } | null;
  /** A new term's starting values: the same holder, from the day after the current term ends. */
  renewal?: TermRenewal | null;
  cancelHref: string;
}) {
  const format = useFormatter();
  const t = useTranslations("seats.termForm");
  const enumOptions = useEnumOptions();
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/seats/schema").then((m) => m.termInputSchema),
    initialValues: valuesFrom(term, renewal),
    validationNamespace: "seats.validation",
    labels: { ...fieldLabels(t, ["startsOn", "endsOn", "status", "notes"]), holderPersonId: t("holder") },
  });

  return (
    <RecordForm form={form} version={term?.version} savedHref={`/cargos/${seatId}`} cancelHref={cancelHref}>
      {activeTerm ? (
        <Alert tone="info">
          {t("closesPrevious", { holder: activeTerm.holder, date: formatDate(format, activeTerm.startsOn) })}
        </Alert>
      ) : null}
      <FormSection legend={t("section")}>
        <SearchedField
          name="holderPersonId"
          hint={t("holderHint")}
          required
          source="personas"
          placeholder={t("holderPlaceholder")}
        />
        <SelectField
          name="status"
          required
          hint={t("statusHint")}
          options={enumOptions("termStatus", TERM_STATUSES)}
        />
        <DateField name="startsOn" required />
        <DateField name="endsOn" hint={t("endsOnHint")} />
        <TextAreaField name="notes" />
      </FormSection>
    </RecordForm>
  );
}
