"use client";

import { useTranslations } from "next-intl";
import { ATTENDANCE_STATUSES, DELEGATION_ROLES } from "@/db/schema/values";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { SearchChoiceField } from "@/components/forms/search-choice-field";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Field, inputClass } from "@/components/ui/field";
import type { FormState } from "@/lib/form-state";
import { delegationMemberInputSchema, delegationMemberUpdateSchema } from "@/lib/meetings/schema";

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
  const tEnum = useTranslations("enums");
  const form = useRecordForm({
    action,
    // The update schema also checks the version, which the form always carries when editing.
    schema: member ? delegationMemberUpdateSchema : delegationMemberInputSchema,
    initialValues,
    validationNamespace: "meetings.validation",
  });
  const { text, error } = form;
  const labels: Record<string, string> = {
    personId: t("person"),
    role: t("role"),
    attendance: t("attendance"),
    notes: t("notes"),
  };
  return (
    <RecordForm form={form} version={member?.version} labels={labels} cancelHref={`/reuniones/${meetingId}`}>
      <FormSection legend={t("section")}>
        {member ? (
          <div className="md:col-span-2">
            <p className="text-sm font-semibold text-ink">{t("person")}</p>
            <p className="mt-1 text-base">{member.person}</p>
          </div>
        ) : (
          <Field
            id="personId"
            label={t("person")}
            hint={t("personHint")}
            required
            error={error("personId")}
            className="md:col-span-2"
          >
            {(c) => (
              <SearchChoiceField
                control={c}
                name="personId"
                label={t("person")}
                source="personas-para-delegacion"
                params={{ reunion: meetingId }}
                text={text}
                placeholder={t("choosePerson")}
              />
            )}
          </Field>
        )}
        <Field id="role" label={t("role")} required error={error("role")}>
          {(c) => (
            <select {...c} name="role" defaultValue={text("role")} className={inputClass}>
              {DELEGATION_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tEnum(`delegationRole.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="attendance"
          label={t("attendance")}
          hint={held ? t("attendanceHeldHint") : undefined}
          required
          error={error("attendance")}
        >
          {(c) => (
            <select {...c} name="attendance" defaultValue={text("attendance")} className={inputClass}>
              {ATTENDANCE_STATUSES.map((a) => (
                <option key={a} value={a}>
                  {tEnum(`attendanceStatus.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="notes" label={t("notes")} error={error("notes")} className="md:col-span-2">
          {(c) => (
            <textarea {...c} name="notes" rows={3} defaultValue={text("notes")} className={inputClass} />
          )}
        </Field>
      </FormSection>
    </RecordForm>
  );
}
