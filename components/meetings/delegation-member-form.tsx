"use client";

import { useTranslations } from "next-intl";
import { ATTENDANCE_STATUSES, DELEGATION_ROLES } from "@/db/schema/values";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
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
  const tCommon = useTranslations("common");
  const form = useRecordForm({
    action,
    // The update schema also checks the version, which the form always carries when editing.
    schema: member ? delegationMemberUpdateSchema : delegationMemberInputSchema,
    initialValues,
    validationNamespace: "meetings.validation",
  });
  const { state, formAction, pending, text, error } = form;
  const labels: Record<string, string> = {
    personId: t("person"),
    role: t("role"),
    attendance: t("attendance"),
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
      {member ? <input type="hidden" name="version" value={member.version} /> : null}
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={form.errors}
        clientInvalid={form.clientInvalid}
        labels={labels}
        savedHref={`/reuniones/${meetingId}`}
        pending={pending}
        message={form.message}
      />
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("section")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
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
        </div>
      </fieldset>
      <FormActions pending={pending} cancelHref={`/reuniones/${meetingId}`} />
    </form>
  );
}
