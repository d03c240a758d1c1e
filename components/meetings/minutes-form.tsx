"use client";

import { useTranslations } from "next-intl";
import { RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import type { FormState } from "@/lib/form-state";
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
    schema: () => import("@/lib/meetings/schema").then((m) => m.minutesUpdateSchema),
    initialValues: { minutes, version: String(version) },
    validationNamespace: "meetings.validation",
    labels: { minutes: t("label") },
  });
  const { text, error } = form;
  return (
    <RecordForm form={form} version={version} cancelHref={`/reuniones/${meetingId}`}>
      <MinutesEditor defaultValue={text("minutes")} error={error("minutes")} required={held} />
    </RecordForm>
  );
}
