"use client";

import type { ReactNode } from "react";
import { AddAnotherFooter } from "@/components/forms/add-another-footer";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm, type SchemaLoader } from "@/components/forms/use-record-form";
import type { FormState } from "@/lib/form-state";

/** What the page of a meeting's part (an agenda item, a decision) gives its form. */
export interface MeetingPartFormProps {
  meetingId: string;
  /** The version the user read; absent on a new part. */
  version?: number;
  initialValues: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

/** The record form of a meeting's part: its messages are the meetings catalog's. */
export function useMeetingPartForm(
  { action, initialValues }: MeetingPartFormProps,
  schema: SchemaLoader,
  labels: Record<string, string>,
) {
  return useRecordForm({ action, schema, initialValues, validationNamespace: "meetings.validation", labels });
}

/**
 * The shell of a meeting's part form: one section of fields; Cancel goes back to the meeting.
 * With `anotherLabel`, a second button saves and opens the form again for the next one.
 */
export function MeetingPartForm({
  form,
  meetingId,
  version,
  legend,
  anotherLabel,
  children,
}: {
  form: ReturnType<typeof useRecordForm>;
  meetingId: string;
  version?: number;
  legend: string;
  anotherLabel?: string;
  children: ReactNode;
}) {
  const back = `/reuniones/${meetingId}`;
  return (
    <RecordForm
      form={form}
      version={version}
      cancelHref={back}
      footer={
        anotherLabel ? (
          <AddAnotherFooter pending={form.pending} cancelHref={back} anotherLabel={anotherLabel} />
        ) : undefined
      }
    >
      <FormSection legend={legend}>{children}</FormSection>
    </RecordForm>
  );
}
