"use client";

import { useTranslations } from "next-intl";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Field, inputClass } from "@/components/ui/field";
import type { FormState } from "@/lib/form-state";
import type { PersonDetail } from "@/lib/people/queries";
import { personInputSchema } from "@/lib/people/schema";

type Values = Record<string, string | string[]>;

function valuesFrom(person: PersonDetail | null): Values {
  if (!person) return { departmentId: "" };
  return {
    fullName: person.fullName,
    email: person.email ?? "",
    phone: person.phone ?? "",
    position: person.position ?? "",
    departmentId: person.department?.id ?? "",
    notes: person.notes ?? "",
  };
}

/** Create/edit form of a person. Validates with the server's own schema before sending. */
export function PersonForm({
  person,
  action,
  departments,
  cancelHref,
}: {
  person: PersonDetail | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  departments: { id: string; name: string }[];
  cancelHref: string;
}) {
  const t = useTranslations("people.form");
  const tCommon = useTranslations("common");
  const form = useRecordForm({
    action,
    schema: personInputSchema,
    initialValues: valuesFrom(person),
    validationNamespace: "people.validation",
  });
  const { state, formAction, pending, text, error } = form;
  const labels: Record<string, string> = {
    fullName: t("fullName"),
    email: t("email"),
    phone: t("phone"),
    position: t("position"),
    departmentId: t("department"),
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
      {person ? <input type="hidden" name="version" value={person.version} /> : null}
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={form.errors}
        clientInvalid={form.clientInvalid}
        labels={labels}
        savedHref={person ? `/personas/${person.id}` : undefined}
        pending={pending}
        message={form.message}
      />
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("section")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field
            id="fullName"
            label={t("fullName")}
            required
            error={error("fullName")}
            className="md:col-span-2"
          >
            {(c) => (
              <input
                {...c}
                name="fullName"
                defaultValue={text("fullName")}
                maxLength={200}
                autoComplete="off"
                className={inputClass}
              />
            )}
          </Field>
          <Field id="email" label={t("email")} hint={t("emailHint")} error={error("email")}>
            {(c) => (
              <input
                {...c}
                name="email"
                type="email"
                defaultValue={text("email")}
                maxLength={254}
                autoComplete="off"
                className={inputClass}
              />
            )}
          </Field>
          <Field id="phone" label={t("phone")} hint={t("phoneHint")} error={error("phone")}>
            {(c) => (
              <input
                {...c}
                name="phone"
                type="tel"
                defaultValue={text("phone")}
                maxLength={40}
                autoComplete="off"
                className={inputClass}
              />
            )}
          </Field>
          <Field id="position" label={t("position")} hint={t("positionHint")} error={error("position")}>
            {(c) => (
              <input
                {...c}
                name="position"
                defaultValue={text("position")}
                maxLength={200}
                className={inputClass}
              />
            )}
          </Field>
          <Field id="departmentId" label={t("department")} error={error("departmentId")}>
            {(c) => (
              <select {...c} name="departmentId" defaultValue={text("departmentId")} className={inputClass}>
                <option value="">{t("noDepartment")}</option>
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="notes" label={t("notes")} error={error("notes")} className="md:col-span-2">
            {(c) => (
              <textarea {...c} name="notes" rows={4} defaultValue={text("notes")} className={inputClass} />
            )}
          </Field>
        </div>
      </fieldset>
      <FormActions pending={pending} cancelHref={cancelHref} />
    </form>
  );
}
