"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm, type FormValues } from "@/components/forms/use-record-form";
import { SelectField, TextField } from "@/components/forms/record-fields";
import { recordOptions } from "@/components/forms/options";
import type { DepartmentDetail } from "@/lib/departments/queries";
import type { FormState } from "@/lib/form-state";

function valuesFrom(department: DepartmentDetail | null): FormValues {
  if (!department) return { parentId: "" };
  return {
    name: department.name,
    shortName: department.shortName ?? "",
    parentId: department.parent?.id ?? "",
  };
}

/** Create/edit form of a department. Validates with the server's own schema before sending. */
export function DepartmentForm({
  department,
  action,
  parents,
  cancelHref,
}: {
  department: DepartmentDetail | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  parents: { id: string; name: string }[];
  cancelHref: string;
}) {
  const t = useTranslations("departments.form");
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/departments/schema").then((m) => m.departmentInputSchema),
    initialValues: valuesFrom(department),
    validationNamespace: "departments.validation",
    labels: { name: t("name"), shortName: t("shortName"), parentId: t("parent") },
  });
  return (
    <RecordForm
      form={form}
      version={department?.version}
      savedHref={department ? `/areas/${department.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("section")}>
        <TextField name="name" required hint={t("nameHint")} wide maxLength={200} autoComplete="off" />
        <TextField name="shortName" hint={t("shortNameHint")} maxLength={30} />
        <SelectField name="parentId" empty={t("noParent")} options={recordOptions(parents)} />
      </FormSection>
    </RecordForm>
  );
}
