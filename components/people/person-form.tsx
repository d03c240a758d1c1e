"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { fieldLabels, useRecordForm, type FormValues } from "@/components/forms/use-record-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/record-fields";
import { recordOptions } from "@/components/forms/options";
import type { FormState } from "@/lib/form-state";
import type { PersonDetail } from "@/lib/people/queries";

function valuesFrom(person: PersonDetail | null): FormValues {
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
    schema: () => import("@/lib/people/schema").then((m) => m.personInputSchema),
    initialValues: valuesFrom(person),
    validationNamespace: "people.validation",
    labels: {
      ...fieldLabels(t, ["fullName", "email", "phone", "position", "notes"]),
      departmentId: t("department"),
    },
  });

  return (
    <RecordForm
      form={form}
      version={person?.version}
      savedHref={person ? `/personas/${person.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("section")}>
        <TextField name="fullName" required maxLength={200} autoComplete="off" wide />
        <TextField name="email" hint={t("emailHint")} type="email" maxLength={254} autoComplete="off" />
        <TextField name="phone" hint={t("phoneHint")} type="tel" maxLength={40} autoComplete="off" />
        <TextField name="position" hint={t("positionHint")} maxLength={200} />
        <SelectField name="departmentId" empty={t("noDepartment")} options={recordOptions(departments)} />
        <TextAreaField name="notes" rows={4} />
      </FormSection>
    </RecordForm>
  );
}
