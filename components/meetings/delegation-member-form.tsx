"use client";

import { useTranslations } from "next-intl";
import { ATTENDANCE_STATUSES, DELEGATION_ROLES } from "@/db/schema/values";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { SelectField, TextAreaField, useEnumOptions } from "@/components/forms/record-fields";
import { SearchedField } from "@/components/forms/search-choice-field";
import type { FormState } from "@/lib/form-state";

/**
 * Adds a person to a meeting's delegation (person, searched among those not in it yet; role;
 * attendance) or edits their role and attendance; the person of an existing row is fixed.
 */
export function DelegationMemberForm({
  meetingId,
  member,
  initialValues,
  held,
  action,
}: {
  meetingId: string;
  /** The row being edited (its person and version), or null to add one. */
  member: { person: string; version: number } | null;
  initialValues: Record<string, string>;
  /** A held meeting takes only "attended" or "absent". */
  held: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("meetings.delegationForm");
  const enumOptions = useEnumOptions();
  const form = useRecordForm({
    action,
    // The update schema also checks the version, which the form always carries when editing.
    schema: () =>
      import("@/lib/meetings/schema").then((m) =>
        member ? m.delegationMemberUpdateSchema : m.delegationMemberInputSchema,
      ),
    initialValues,
    validationNamespace: "meetings.validation",
    labels: { personId: t("person"), role: t("role"), attendance: t("attendance"), notes: t("notes") },
  });
  return (
    <RecordForm form={form} version={member?.version} cancelHref={`/reuniones/${meetingId}`}>
      <FormSection legend={t("section")}>
        {member ? (
          <div className="md:col-span-2">
            <p className="text-sm font-semibold text-ink">{t("person")}</p>
            <p className="mt-1 text-base">{member.person}</p>
          </div>
        ) : (
          <SearchedField
            name="personId"
            hint={t("personHint")}
            required
            wide
            source="personas-para-delegacion"
            params={{ reunion: meetingId }}
            placeholder={t("choosePerson")}
          />
        )}
        <SelectField name="role" required options={enumOptions("delegationRole", DELEGATION_ROLES)} />
        <SelectField
          name="attendance"
          hint={held ? t("attendanceHeldHint") : undefined}
          required
          options={enumOptions("attendanceStatus", ATTENDANCE_STATUSES)}
        />
        <TextAreaField name="notes" />
      </FormSection>
    </RecordForm>
  );
}
