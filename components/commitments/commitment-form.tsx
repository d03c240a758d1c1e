"use client";

import { useTranslations, useFormatter } from "next-intl";
import { useState, type FormEvent } from "react";
import { AddAnotherFooter } from "@/components/forms/add-another-footer";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { NetworkField } from "@/components/forms/network-body-fields";
import { NetworkOptionsStatus } from "@/components/forms/network-options-status";
import { useNetworkOptions } from "@/components/forms/use-network-options";
import type { RecordFormProps } from "@/components/forms/form-state";
import { fieldLabels, useRecordForm } from "@/components/forms/use-record-form";
import { SelectField, TextField } from "@/components/forms/record-fields";
import { SearchedField } from "@/components/forms/search-choice-field";
import { recordOptions } from "@/components/forms/options";
import type { CommitmentFormOptions, CommitmentNetworkOptions } from "@/lib/commitments/queries";
import { formatDate } from "@/lib/format";
import { CommitmentStatusFields } from "./status-fields";

const NO_NETWORK_OPTIONS: CommitmentNetworkOptions = { bodies: [], meetings: [] };

/**
 * Create/edit form of a commitment. Validates with the server's own schema before sending;
 * the meeting and body lists follow the chosen network (read when it changes), and choosing a
 * meeting brings its body. The owner is searched by name among the city's people. The
 * completion date is asked only for a done commitment. A due date before its meeting's date is
 * allowed (a task to prepare it) but pointed out beside the field. Opened from a meeting
 * (`fromMeeting`), saving goes back to it, and a second button saves and opens the form again.
 */
export function CommitmentForm({
  commitmentId,
  options,
  fromMeeting,
  ...record
}: RecordFormProps & {
  commitmentId?: string;
  options: CommitmentFormOptions;
  /** The meeting whose page opened the form (its date on its own clock). */
  fromMeeting?: { id: string; startsOn: string };
}) {
  const { version, initialValues, action, cancelHref } = record;
  const format = useFormatter();
  const t = useTranslations("commitments.form");
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/commitments/schema").then((m) => m.commitmentInputSchema),
    initialValues,
    validationNamespace: "commitments.validation",
    labels: {
      ...fieldLabels(t, ["title", "dueOn", "status", "completedOn", "notes"]),
      networkId: t("network"),
      meetingId: t("meeting"),
      bodyId: t("body"),
      ownerPersonId: t("owner"),
      departmentId: t("department"),
    },
  });
  const { text } = form;
  const [networkId, setNetworkId] = useState(text("networkId"));
  const [meetingId, setMeetingId] = useState(text("meetingId"));
  const [bodyId, setBodyId] = useState(text("bodyId"));
  const network = useNetworkOptions<CommitmentNetworkOptions>({
    endpoint: "/api/compromisos/opciones",
    networkId,
    initialNetworkId: initialValues.networkId ?? "",
    initial: { bodies: options.bodies, meetings: options.meetings },
    empty: NO_NETWORK_OPTIONS,
  });
  const { meetings, bodies } = network.options;
  const [dueOn, setDueOn] = useState(text("dueOn"));
  const meetingDate =
    meetings.find((m) => m.id === meetingId)?.startsOn ??
    (fromMeeting && fromMeeting.id === meetingId ? fromMeeting.startsOn : undefined);
  const dueBeforeMeeting = !!meetingDate && /^\d{4}-\d{2}-\d{2}$/.test(dueOn) && dueOn < meetingDate;

  function trackDue(event: FormEvent<HTMLDivElement>) {
    const target = event.target as HTMLInputElement;
    if (target.name === "dueOn") setDueOn(target.value);
  }

  function chooseNetwork(id: string) {
    setNetworkId(id);
    // Meetings and bodies belong to one network.
    if (id !== networkId) {
      setMeetingId("");
      setBodyId("");
    }
  }

  function chooseMeeting(id: string) {
    setMeetingId(id);
    const meeting = meetings.find((m) => m.id === id);
    if (meeting?.bodyId) setBodyId(meeting.bodyId);
  }

  return (
    <RecordForm
      form={form}
      version={version}
      savedHref={commitmentId ? `/compromisos/${commitmentId}` : undefined}
      cancelHref={cancelHref}
      hiddenFields={fromMeeting ? { from: "reunion" } : undefined}
      footer={
        fromMeeting ? (
          <AddAnotherFooter
            pending={form.pending}
            cancelHref={cancelHref}
            anotherLabel={t("saveAndAddAnother")}
          />
        ) : undefined
      }
    >
      <FormSection legend={t("sectionWhat")}>
        <TextField name="title" hint={t("titleHint")} required maxLength={300} wide />
        <NetworkField
          networks={options.networks}
          choose={t("choose")}
          value={networkId}
          onChange={chooseNetwork}
        />
        <SelectField
          name="meetingId"
          hint={t("meetingHint")}
          empty={t("noMeeting")}
          options={meetings.map((m) => ({
            value: m.id,
            label: `${formatDate(format, m.startsOn)} — ${m.title}`,
          }))}
          value={meetingId}
          onChange={chooseMeeting}
          busy={network.loading}
        />
        <SelectField
          name="bodyId"
          hint={t("bodyHint")}
          empty={t("noBody")}
          options={recordOptions(bodies)}
          value={bodyId}
          onChange={setBodyId}
          busy={network.loading}
        />
        <div className="md:col-span-2">
          <NetworkOptionsStatus loading={network.loading} failed={network.failed} retry={network.retry} />
        </div>
      </FormSection>

      <FormSection legend={t("sectionWho")}>
        <SearchedField
          name="ownerPersonId"
          hint={t("ownerHint")}
          required
          source="personas"
          placeholder={t("ownerPlaceholder")}
        />
        <SelectField
          name="departmentId"
          hint={t("departmentHint")}
          empty={t("ownerDepartment")}
          options={recordOptions(options.departments)}
        />
        <div className="flex flex-col gap-2" onChange={trackDue}>
          <TextField name="dueOn" hint={t("dueOnHint")} type="date" />
          {/* A warning, not an error: the commitment still saves. */}
          <p role="status" className="text-sm font-medium text-amber-800" data-due-warning>
            {dueBeforeMeeting && meetingDate
              ? t("dueBeforeMeeting", { date: formatDate(format, meetingDate) })
              : ""}
          </p>
        </div>
      </FormSection>

      <FormSection legend={t("sectionStatus")}>
        <CommitmentStatusFields notesRows={4} />
      </FormSection>
    </RecordForm>
  );
}
