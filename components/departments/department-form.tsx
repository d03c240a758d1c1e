"use client";

import { useTranslations } from "next-intl";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Field, inputClass } from "@/components/ui/field";
import type { DepartmentDetail } from "@/lib/departments/queries";
import { departmentInputSchema } from "@/lib/departments/schema";
import type { FormState } from "@/lib/form-state";

type Values = Record<string, string | string[]>;

function valuesFrom(department: DepartmentDetail | null): Values {
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
    schema: departmentInputSchema,
    initialValues: valuesFrom(department),
    validationNamespace: "departments.validation",
  });
  const { text, error } = form;
  const labels: Record<string, string> = {
    name: t("name"),
    shortName: t("shortName"),
    parentId: t("parent"),
  };
  return (
    <RecordForm
      form={form}
      version={department?.version}
      labels={labels}
      savedHref={department ? `/areas/${department.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("section")}>
        <Field
          id="name"
          label={t("name")}
          required
          hint={t("nameHint")}
          error={error("name")}
          className="md:col-span-2"
        >
          {(c) => (
            <input
              {...c}
              name="name"
              defaultValue={text("name")}
              maxLength={200}
              autoComplete="off"
              className={inputClass}
            />
          )}
        </Field>
        <Field id="shortName" label={t("shortName")} hint={t("shortNameHint")} error={error("shortName")}>
          {(c) => (
            <input
              {...c}
              name="shortName"
              defaultValue={text("shortName")}
              maxLength={30}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="parentId" label={t("parent")} error={error("parentId")}>
          {(c) => (
            <select {...c} name="parentId" defaultValue={text("parentId")} className={inputClass}>
              <option value="">{t("noParent")}</option>
              {parents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </FormSection>
    </RecordForm>
  );
}
