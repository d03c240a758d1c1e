"use client";

import { useTranslations } from "next-intl";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useRecordForm } from "@/components/forms/use-record-form";
import type { FormState } from "@/lib/form-state";
import { minutesUpdateSchema } from "@/lib/meetings/schema";
import { MinutesEditor } from "./minutes-editor";

/** Edits a meeting's minutes; the meeting's version guards against overwriting someone else's edit. */
export function MinutesForm({
  meetingId,
  version,
  minutes,
  held,
  action,
}: {
  meetingId: string;
  version: number;
  minutes: string;
  /** A held meeting's minutes may be corrected but not emptied. */
  held: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("meetings.minutesForm");
  const form = useRecordForm({
    action,
    schema: minutesUpdateSchema,
    initialValues: { minutes, version: String(version) },
    validationNamespace: "meetings.validation",
  });
  const { state, formAction, pending, text, error } = form;
  return (
    <form
      action={formAction}
      onSubmit={form.onSubmit}
      noValidate
      className="flex flex-col gap-6"
      key={state.submission}
    >
      <input type="hidden" name="version" value={version} />
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={form.errors}
        clientInvalid={form.clientInvalid}
        labels={{ minutes: t("label") }}
        savedHref={`/reuniones/${meetingId}`}
        pending={pending}
        message={form.message}
      />
      <MinutesEditor defaultValue={text("minutes")} error={error("minutes")} required={held} />
      <FormActions pending={pending} cancelHref={`/reuniones/${meetingId}`} />
    </form>
  );
}
