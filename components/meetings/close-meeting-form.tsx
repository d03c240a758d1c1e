"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { AttendanceStatus, DelegationRole } from "@/db/schema/values";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Button, buttonClass } from "@/components/ui/button";
import type { FormState } from "@/lib/form-state";
import { attendanceField } from "@/lib/meetings/form-fields";
import { MinutesEditor } from "./minutes-editor";

export interface ClosingMember {
  id: string;
  person: string;
  role: DelegationRole;
  attendance: AttendanceStatus;
}

const OUTCOMES = ["attended", "absent"] as const;

/**
 * "Cerrar reunión": the minutes and every delegation member's attendance (attended or absent)
 * in one form, saved in one transaction that marks the meeting as held.
 */
export function CloseMeetingForm({
  meetingId,
  version,
  minutes,
  members,
  action,
}: {
  meetingId: string;
  version: number;
  minutes: string;
  members: ClosingMember[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("meetings.closeForm");
  const tEnum = useTranslations("enums");
  const tActions = useTranslations("common.actions");
  const initialValues: Record<string, string | string[]> = {
    minutes,
    members: members.map((m) => m.id),
  };
  // Attendance already recorded is kept; pending answers (invited, confirmed) must be chosen.
  for (const m of members) {
    if (m.attendance === "attended" || m.attendance === "absent")
      initialValues[attendanceField(m.id)] = m.attendance;
  }
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/meetings/schema").then((m) => m.closeMeetingSchema),
    initialValues,
    arrayFields: ["members"],
    validationNamespace: "meetings.validation",
  });
  const { pending, text, error } = form;
  const labels: Record<string, string> = {
    minutes: t("minutesSection"),
    members: t("members"),
    startsAt: t("startsAt"),
    status: t("markHeldTitle"),
  };
  for (const m of members) labels[attendanceField(m.id)] = m.person;

  return (
    <RecordForm
      form={form}
      version={version}
      labels={labels}
      cancelHref={`/reuniones/${meetingId}`}
      footer={
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? t("markHeldSubmitting") : t("markHeldSubmit")}
          </Button>
          <Link href={`/reuniones/${meetingId}`} className={buttonClass("secondary")}>
            {tActions("cancel")}
          </Link>
        </div>
      }
    >
      {members.map((m) => (
        <input key={m.id} type="hidden" name="members" value={m.id} />
      ))}
      <fieldset id="members" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("attendanceSection")}</legend>
        {members.length === 0 ? (
          <p className="text-sm text-muted">{t("noDelegation")}</p>
        ) : (
          <>
            <p className="mb-4 text-sm text-muted">{t("attendanceHint")}</p>
            <div className="divide-y divide-slate-100">
              {members.map((m) => {
                const field = attendanceField(m.id);
                const message = error(field);
                const errorId = `${field}-error`;
                const chosen = text(field);
                return (
                  <fieldset key={m.id} className="py-3 first:pt-0">
                    <legend className="text-sm font-semibold">
                      {m.person}{" "}
                      <span className="font-normal text-muted">
                        · {tEnum(`delegationRole.${m.role}`)} ·{" "}
                        {t("currently", { status: tEnum(`attendanceStatus.${m.attendance}`) })}
                      </span>
                    </legend>
                    <div className="mt-2 flex flex-wrap gap-4">
                      {OUTCOMES.map((outcome, i) => (
                        <label key={outcome} className="flex min-h-9 items-center gap-2 text-sm">
                          <input
                            type="radio"
                            name={field}
                            value={outcome}
                            id={i === 0 ? field : undefined}
                            defaultChecked={chosen === outcome}
                            aria-describedby={message ? errorId : undefined}
                            className="size-4"
                          />
                          {t(outcome)}
                        </label>
                      ))}
                    </div>
                    <p id={errorId} className="text-sm font-medium text-red-700" aria-live="polite">
                      {message ?? ""}
                    </p>
                  </fieldset>
                );
              })}
            </div>
          </>
        )}
      </fieldset>

      <FormSection legend={t("minutesSection")}>
        <div className="md:col-span-2">
          <MinutesEditor defaultValue={text("minutes")} error={error("minutes")} required />
        </div>
      </FormSection>
    </RecordForm>
  );
}
