"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
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
  const form = useRecordForm({
    action,
    schema: personInputSchema,
    initialValues: valuesFrom(person),
    validationNamespace: "people.validation",
  });
  const { text, error } = form;
  const labels: Record<string, string> = {
    fullName: t("fullName"),
    email: t("email"),
    phone: t("phone"),
    position: t("position"),
    departmentId: t("department"),
    notes: t("notes"),
  };

  return (
    <RecordForm
      form={form}
      version={person?.version}
      labels={labels}
      savedHref={person ? `/personas/${person.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("section")}>
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
      </FormSection>
    </RecordForm>
  );
}
