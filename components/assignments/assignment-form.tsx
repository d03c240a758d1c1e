"use client";

import { useTranslations } from "next-intl";
import { ASSIGNMENT_ROLES, ASSIGNMENT_STATUSES } from "@/db/schema/values";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { fieldLabels, useRecordForm, type FormValues } from "@/components/forms/use-record-form";
import { SelectField, TextAreaField, TextField, useEnumOptions } from "@/components/forms/record-fields";
import { SearchedField } from "@/components/forms/search-choice-field";
import type { AssignmentDetail, AssignmentFormOptions } from "@/lib/assignments/queries";
import type { FormState } from "@/lib/form-state";
import { NetworkBodyArea } from "./network-body-area";

/** Where a new assignment starts: its person (with their name, for the searched field), network and date. */
export interface AssignmentPreset {
  person?: { id: string; label: string };
  networkId?: string;
  startsOn: string;
}

function valuesFrom(assignment: AssignmentDetail | null, preset: AssignmentPreset): FormValues {
  if (!assignment) {
    return {
      personId: preset.person?.id ?? "",
      personIdLabel: preset.person?.label ?? "",
      networkId: preset.networkId ?? "",
      bodyId: "",
      thematicAreaId: "",
      role: "member",
      status: "active",
      startsOn: preset.startsOn,
    };
  }
  return {
    personId: assignment.person.id,
    personIdLabel: assignment.person.name,
    networkId: assignment.network.id,
    bodyId: assignment.body?.id ?? "",
    thematicAreaId: assignment.ownThematicAreaId ?? "",
    role: assignment.role,
    status: assignment.status,
    startsOn: assignment.startsOn,
    endsOn: assignment.endsOn ?? "",
    dedication: assignment.dedication ?? "",
    notes: assignment.notes ?? "",
  };
}

/**
 * Create/edit form of a technical assignment. Validates with the server's own schema before
 * sending; the rules that need the database (one active focal point per body, the head's
 * department) come back from the server as field messages. The person is searched by name
 * among those the actor may assign; the bodies offered are the chosen network's.
 */
export function AssignmentForm({
  assignment,
  preset,
  action,
  options,
  headScope,
  cancelHref,
}: {
  assignment: AssignmentDetail | null;
  preset: AssignmentPreset;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: AssignmentFormOptions;
  /** The actor is a head: the person search finds their department's people only. */
  headScope: boolean;
  cancelHref: string;
}) {
  const t = useTranslations("assignments.form");
  const enumOptions = useEnumOptions();
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/assignments/schema").then((m) => m.assignmentInputSchema),
    initialValues: valuesFrom(assignment, preset),
    validationNamespace: "assignments.validation",
    labels: {
      ...fieldLabels(t, ["role", "status", "startsOn", "endsOn", "dedication", "notes"]),
      personId: t("person"),
      networkId: t("network"),
      bodyId: t("body"),
      thematicAreaId: t("area"),
    },
  });
  return (
    <RecordForm
      form={form}
      version={assignment?.version}
      savedHref={assignment ? `/asignaciones/${assignment.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("sectionWho")}>
        <SearchedField
          name="personId"
          hint={headScope ? t("personHintHead") : t("personHint")}
          required
          wide
          source="personas-asignables"
          placeholder={t("personPlaceholder")}
        />
        <SelectField
          name="role"
          required
          hint={t("roleHint")}
          empty={t("selectPlaceholder")}
          options={enumOptions("assignmentRole", ASSIGNMENT_ROLES)}
        />
        <SelectField
          name="status"
          required
          empty={t("selectPlaceholder")}
          options={enumOptions("assignmentStatus", ASSIGNMENT_STATUSES)}
        />
      </FormSection>

      <FormSection legend={t("sectionWhere")}>
        <NetworkBodyArea
          options={options}
          optionsNetworkId={assignment?.network.id ?? preset.networkId ?? ""}
        />
      </FormSection>

      <FormSection legend={t("sectionWhen")}>
        <TextField name="startsOn" required type="date" />
        <TextField name="endsOn" hint={t("endsOnHint")} type="date" />
        <TextField name="dedication" hint={t("dedicationHint")} maxLength={200} wide />
        <TextAreaField name="notes" rows={4} />
      </FormSection>
    </RecordForm>
  );
}
