"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField, useEnumOptions } from "@/components/forms/record-fields";
import { recordOptions } from "@/components/forms/options";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { fieldLabels, useRecordForm, type FormValues } from "@/components/forms/use-record-form";
import { BODY_KINDS } from "@/db/schema/values";
import type { BodyDetail, BodyLink, BodyParentOption } from "@/lib/bodies/queries";
import { CADENCE_PRESETS } from "@/lib/bodies/form-fields";
import type { FormState } from "@/lib/form-state";
import { cadenceLabel, monthName, type BodiesT } from "./cadence";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** Indentation of the parent picker: options cannot hold markup, so non-breaking spaces. */
const indent = (depth: number) => "\u00A0\u00A0\u00A0\u00A0".repeat(depth);

function valuesFrom(body: BodyDetail | null, defaultParentId?: string): FormValues {
  if (!body) return { kind: "", parentId: defaultParentId ?? "", cadenceMonths: "", usualMonth: "" };
  return {
    name: body.name,
    kind: body.kind,
    parentId: body.parent?.id ?? "",
    thematicAreaId: body.thematicArea?.id ?? "",
    cadenceMonths: body.cadenceMonths?.toString() ?? "",
    cadenceNote: body.cadenceNote ?? "",
    usualMonth: body.usualMonth?.toString() ?? "",
    description: body.description ?? "",
  };
}

/** Create/edit form of a body. Validates with the server's own schema before sending. */
export function BodyForm({
  body,
  defaultParentId,
  action,
  options,
  cancelHref,
}: {
  body: BodyDetail | null;
  defaultParentId?: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: { parents: BodyParentOption[]; thematicAreas: BodyLink[] };
  cancelHref: string;
}) {
  const t = useTranslations("bodies.form");
  const tb = useTranslations("bodies") as unknown as BodiesT;
  const enumOptions = useEnumOptions();
  // Messages particular to bodies live in bodies.validation (which may also word a shared key
  // for a single choice); the rest are the shared validation catalog.
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/bodies/schema").then((m) => m.bodyInputSchema),
    initialValues: valuesFrom(body, defaultParentId),
    validationNamespace: "bodies.validation",
    labels: {
      ...fieldLabels(t, ["name", "kind", "cadenceMonths", "cadenceNote", "usualMonth", "description"]),
      parentId: t("parent"),
      thematicAreaId: t("thematicArea"),
    },
  });

  const parentId = form.text("parentId");
  const parentKnown = !parentId || options.parents.some((p) => p.id === parentId);
  const cadence = form.text("cadenceMonths");
  const cadenceKnown = !cadence || (CADENCE_PRESETS as readonly number[]).includes(Number(cadence));
  const capitalised = (m: number) => {
    const name = monthName(tb, m);
    return name.charAt(0).toLocaleUpperCase("es") + name.slice(1);
  };

  return (
    <RecordForm
      form={form}
      version={body?.version}
      savedHref={body ? `/organos/${body.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("sectionBody")}>
        <TextField name="name" required maxLength={200} autoComplete="off" />
        <SelectField
          name="kind"
          required
          empty={t("selectPlaceholder")}
          options={enumOptions("bodyKind", BODY_KINDS)}
        />
        <SelectField
          name="parentId"
          hint={t("parentHint")}
          empty={t("noParent")}
          options={options.parents.map((p) => ({
            value: p.id,
            label: `${indent(p.depth)}${p.archived ? t("archivedParent", { name: p.name }) : p.name}`,
          }))}
        >
          {parentKnown ? null : <option value={parentId}>{t("unavailableParent")}</option>}
        </SelectField>
        <SelectField
          name="thematicAreaId"
          empty={t("noThematicArea")}
          options={recordOptions(options.thematicAreas)}
        />
        <TextAreaField name="description" rows={4} />
      </FormSection>

      <FormSection legend={t("sectionMeetings")}>
        <SelectField
          name="cadenceMonths"
          empty={tb("cadence.none")}
          options={CADENCE_PRESETS.map((months) => ({
            value: months,
            label: cadenceLabel(tb, months) ?? "",
          }))}
        >
          {cadenceKnown || !/^\d+$/.test(cadence) ? null : (
            <option value={cadence}>{cadenceLabel(tb, Number(cadence))}</option>
          )}
        </SelectField>
        <SelectField
          name="usualMonth"
          empty={t("noUsualMonth")}
          options={MONTHS.map((m) => ({ value: m, label: capitalised(m) }))}
        />
        <TextField name="cadenceNote" hint={t("cadenceNoteHint")} wide maxLength={200} autoComplete="off" />
      </FormSection>
    </RecordForm>
  );
}
