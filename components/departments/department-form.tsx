"use client";

import { useTranslations } from "next-intl";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
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
  const tCommon = useTranslations("common");
  const form = useRecordForm({
    action,
    schema: departmentInputSchema,
    initialValues: valuesFrom(department),
    validationNamespace: "departments.validation",
  });
  const { state, formAction, pending, text, error } = form;
  const labels: Record<string, string> = {
    name: t("name"),
    shortName: t("shortName"),
    parentId: t("parent"),
  };
  return (
    <form
      action={formAction}
      onSubmit={form.onSubmit}
      noValidate
      className="flex flex-col gap-6"
      key={state.submission}
    >
      {department ? <input type="hidden" name="version" value={department.version} /> : null}
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={form.errors}
        clientInvalid={form.clientInvalid}
        labels={labels}
        savedHref={department ? `/areas/${department.id}` : undefined}
        pending={pending}
        message={form.message}
      />
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("section")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
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
        </div>
      </fieldset>
      <FormActions pending={pending} cancelHref={cancelHref} />
    </form>
  );
}
