"use client";

import { useTranslations } from "next-intl";
import { LANGUAGE_CODES, MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import type { FormState } from "@/lib/form-state";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Field, inputClass } from "@/components/ui/field";
import type { NetworkDetail } from "@/lib/networks/queries";
import { NETWORK_ARRAY_FIELDS, networkInputSchema } from "@/lib/networks/schema";

type Values = Record<string, string | string[]>;

function valuesFrom(network: NetworkDetail | null): Values {
  if (!network) return { kind: "", membershipStatus: "member", languages: [], thematicAreaIds: [] };
  return {
    name: network.name,
    acronym: network.acronym ?? "",
    kind: network.kind,
    scope: network.scope ?? "",
    description: network.description ?? "",
    website: network.website ?? "",
    headquarters: network.headquarters ?? "",
    foundedYear: network.foundedYear?.toString() ?? "",
    languages: network.languages,
    thematicAreaIds: network.thematicAreas.map((a) => a.id),
    membershipStatus: network.membershipStatus,
    memberSince: network.memberSince ?? "",
    leftOn: network.leftOn ?? "",
    annualFee: network.annualFee?.replace(".", ",") ?? "",
    feeCurrency: network.feeCurrency ?? "",
    membershipNotes: network.membershipNotes ?? "",
    focalPersonId: network.focalPerson?.id ?? "",
  };
}

/** Create/edit form of a network. Validates with the server's own schema before sending. */
export function NetworkForm({
  network,
  action,
  options,
  cancelHref,
}: {
  network: NetworkDetail | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: { thematicAreas: { id: string; name: string }[]; people: { id: string; name: string }[] };
  cancelHref: string;
}) {
  const t = useTranslations("networks.form");
  const tEnum = useTranslations("enums");
  const tCommon = useTranslations("common");
  const { state, formAction, pending, onSubmit, feedbackRef, errors, clientInvalid, text, list, error } =
    useRecordForm({
      action,
      schema: networkInputSchema,
      initialValues: valuesFrom(network),
      arrayFields: NETWORK_ARRAY_FIELDS,
    });

  const labels: Record<string, string> = {
    name: t("name"),
    acronym: t("acronym"),
    kind: t("kind"),
    scope: t("scope"),
    description: t("description"),
    website: t("website"),
    headquarters: t("headquarters"),
    foundedYear: t("foundedYear"),
    languages: t("languages"),
    thematicAreaIds: t("thematicAreas"),
    membershipStatus: t("membershipStatus"),
    memberSince: t("memberSince"),
    leftOn: t("leftOn"),
    annualFee: t("annualFee"),
    feeCurrency: t("feeCurrency"),
    membershipNotes: t("membershipNotes"),
    focalPersonId: t("focalPerson"),
  };

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-6"
      key={state.submission}
    >
      {network ? <input type="hidden" name="version" value={network.version} /> : null}
      <FormFeedback
        feedbackRef={feedbackRef}
        state={state}
        errors={errors}
        clientInvalid={clientInvalid}
        labels={labels}
        savedHref={network ? `/redes/${network.id}` : undefined}
        pending={pending}
      />
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("sectionProfile")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field id="name" label={t("name")} required error={error("name")}>
            {(c) => (
              <input
                {...c}
                name="name"
                defaultValue={text("name")}
                maxLength={200}
                className={inputClass}
                autoComplete="off"
              />
            )}
          </Field>
          <Field id="acronym" label={t("acronym")} error={error("acronym")}>
            {(c) => (
              <input
                {...c}
                name="acronym"
                defaultValue={text("acronym")}
                maxLength={30}
                className={inputClass}
                autoComplete="off"
              />
            )}
          </Field>
          <Field id="kind" label={t("kind")} required hint={t("kindHint")} error={error("kind")}>
            {(c) => (
              <select {...c} name="kind" defaultValue={text("kind")} className={inputClass}>
                <option value="">{t("selectPlaceholder")}</option>
                {NETWORK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {tEnum(`networkKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="scope" label={t("scope")} error={error("scope")}>
            {(c) => <input {...c} name="scope" defaultValue={text("scope")} className={inputClass} />}
          </Field>
          <Field id="website" label={t("website")} hint={t("websiteHint")} error={error("website")}>
            {(c) => (
              <input
                {...c}
                name="website"
                type="url"
                inputMode="url"
                defaultValue={text("website")}
                className={inputClass}
              />
            )}
          </Field>
          <Field id="headquarters" label={t("headquarters")} error={error("headquarters")}>
            {(c) => (
              <input {...c} name="headquarters" defaultValue={text("headquarters")} className={inputClass} />
            )}
          </Field>
          <Field id="foundedYear" label={t("foundedYear")} error={error("foundedYear")}>
            {(c) => (
              <input
                {...c}
                name="foundedYear"
                inputMode="numeric"
                defaultValue={text("foundedYear")}
                className={`${inputClass} max-w-40`}
              />
            )}
          </Field>
          <Field
            id="description"
            label={t("description")}
            error={error("description")}
            className="md:col-span-2"
          >
            {(c) => (
              <textarea
                {...c}
                name="description"
                rows={4}
                defaultValue={text("description")}
                className={inputClass}
              />
            )}
          </Field>
          <CheckboxGroup
            name="languages"
            legend={t("languages")}
            selected={list("languages")}
            options={LANGUAGE_CODES.map((code) => ({ value: code, label: tEnum(`language.${code}`) }))}
            error={error("languages")}
          />
          <CheckboxGroup
            name="thematicAreaIds"
            legend={t("thematicAreas")}
            selected={list("thematicAreaIds")}
            options={options.thematicAreas.map((a) => ({ value: a.id, label: a.name }))}
            error={error("thematicAreaIds")}
          />
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("sectionMembership")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field
            id="membershipStatus"
            label={t("membershipStatus")}
            required
            error={error("membershipStatus")}
          >
            {(c) => (
              <select
                {...c}
                name="membershipStatus"
                defaultValue={text("membershipStatus")}
                className={inputClass}
              >
                {MEMBERSHIP_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {tEnum(`membershipStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="focalPersonId" label={t("focalPerson")} error={error("focalPersonId")}>
            {(c) => (
              <select {...c} name="focalPersonId" defaultValue={text("focalPersonId")} className={inputClass}>
                <option value="">{t("noFocalPerson")}</option>
                {options.people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="memberSince" label={t("memberSince")} error={error("memberSince")}>
            {(c) => (
              <input
                {...c}
                name="memberSince"
                type="date"
                defaultValue={text("memberSince")}
                className={`${inputClass} max-w-52`}
              />
            )}
          </Field>
          <Field id="leftOn" label={t("leftOn")} hint={t("leftOnHint")} error={error("leftOn")}>
            {(c) => (
              <input
                {...c}
                name="leftOn"
                type="date"
                defaultValue={text("leftOn")}
                className={`${inputClass} max-w-52`}
              />
            )}
          </Field>
          <Field id="annualFee" label={t("annualFee")} error={error("annualFee")}>
            {(c) => (
              <input
                {...c}
                name="annualFee"
                inputMode="decimal"
                defaultValue={text("annualFee")}
                className={`${inputClass} max-w-52`}
              />
            )}
          </Field>
          <Field
            id="feeCurrency"
            label={t("feeCurrency")}
            hint={t("feeCurrencyHint")}
            error={error("feeCurrency")}
          >
            {(c) => (
              <input
                {...c}
                name="feeCurrency"
                maxLength={3}
                defaultValue={text("feeCurrency")}
                className={`${inputClass} max-w-28 uppercase`}
              />
            )}
          </Field>
          <Field
            id="membershipNotes"
            label={t("membershipNotes")}
            error={error("membershipNotes")}
            className="md:col-span-2"
          >
            {(c) => (
              <textarea
                {...c}
                name="membershipNotes"
                rows={3}
                defaultValue={text("membershipNotes")}
                className={inputClass}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <FormActions pending={pending} cancelHref={cancelHref} />
    </form>
  );
}

function CheckboxGroup({
  name,
  legend,
  options,
  selected,
  error,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  error?: string;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      id={name}
      className="md:col-span-2"
      aria-describedby={error ? errorId : undefined}
      tabIndex={-1}
    >
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="h-4 w-4"
            />
            {o.label}
          </label>
        ))}
      </div>
      <p id={errorId} className="text-sm font-medium text-red-700" aria-live="polite">
        {error ?? ""}
      </p>
    </fieldset>
  );
}
