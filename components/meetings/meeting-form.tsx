"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { MEETING_KINDS, MEETING_MODES, MEETING_STATUSES } from "@/db/schema/values";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { NetworkField } from "@/components/forms/network-body-fields";
import { NetworkOptionsStatus } from "@/components/forms/network-options-status";
import { useNetworkOptions } from "@/components/forms/use-network-options";
import type { RecordFormProps } from "@/components/forms/form-state";
import { fieldLabels, useRecordForm } from "@/components/forms/use-record-form";
import { SelectField, TextField, useEnumOptions } from "@/components/forms/record-fields";
import { recordOptions } from "@/components/forms/options";
import type { MeetingNetworkOptions } from "@/lib/meetings/queries";
import { addDays } from "@/lib/dates/calendar-date";

export interface MeetingFormOptions extends MeetingNetworkOptions {
  networks: { id: string; name: string }[];
  timeZones: string[];
}

const NO_NETWORK_OPTIONS: MeetingNetworkOptions = { bodies: [] };

/**
 * Create/edit form of a meeting. Times are typed as the meeting's own clock shows them, in
 * the zone chosen beside them; the body list follows the chosen network (read when it changes).
 * The end date follows the start date — same day, or as many days later as the body's latest
 * meeting lasted — until the user types one of their own. A virtual meeting has no venue:
 * its place fields give way to the link.
 */
export function MeetingForm({
  meetingId,
  options,
  ...record
}: RecordFormProps & {
  meetingId?: string;
  options: MeetingFormOptions;
}) {
  const { version, initialValues, action, cancelHref } = record;
  const t = useTranslations("meetings.form");
  const enumOptions = useEnumOptions();
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/meetings/schema").then((m) => m.meetingInputSchema),
    initialValues,
    // "held" needs minutes and attendance: those refusals are the meetings catalog's.
    validationNamespace: "meetings.validation",
    labels: {
      ...fieldLabels(t, [
        "title",
        "kind",
        "status",
        "startDate",
        "startTime",
        "endDate",
        "endTime",
        "timeZone",
      ]),
      ...fieldLabels(t, ["mode", "venue", "city", "country", "onlineUrl"]),
      networkId: t("network"),
      bodyId: t("body"),
    },
  });
  const [networkId, setNetworkId] = useState(form.text("networkId"));
  const [bodyId, setBodyId] = useState(form.text("bodyId"));
  const [mode, setMode] = useState(form.text("mode"));
  // The end date the form proposed last: while the field still shows it, a new start moves it.
  const proposedEnd = useRef<string | null>(null);
  const network = useNetworkOptions<MeetingNetworkOptions>({
    endpoint: "/api/reuniones/opciones",
    networkId,
    initialNetworkId: initialValues.networkId ?? "",
    initial: { bodies: options.bodies },
    empty: NO_NETWORK_OPTIONS,
  });

  const spanDays = network.options.bodies.find((b) => b.id === bodyId)?.spanDays ?? 0;

  function followStart(event: FormEvent<HTMLDivElement>) {
    const target = event.target as HTMLInputElement;
    if (target.name !== "startDate" || !/^\d{4}-\d{2}-\d{2}$/.test(target.value)) return;
    const end = target.form?.elements.namedItem("endDate");
    if (!(end instanceof HTMLInputElement)) return;
    // Only an empty end, the one proposed before, or one now before the start is replaced.
    if (end.value && end.value !== proposedEnd.current && end.value >= target.value) return;
    end.value = addDays(target.value, spanDays);
    proposedEnd.current = end.value;
  }

  return (
    <RecordForm
      form={form}
      version={version}
      savedHref={meetingId ? `/reuniones/${meetingId}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("sectionWhat")}>
        <NetworkField networks={options.networks} choose={t("choose")} onChange={setNetworkId} />
        <SelectField
          name="bodyId"
          onChange={setBodyId}
          hint={t("bodyHint")}
          empty={t("noBody")}
          options={recordOptions(network.options.bodies)}
          busy={network.loading}
          // A new list (another network, or its bodies just read) starts from the value again.
          key={`${networkId}:${network.loading}`}
        />
        <div className="md:col-span-2 -mt-4">
          <NetworkOptionsStatus loading={network.loading} failed={network.failed} retry={network.retry} />
        </div>
        <TextField name="title" required maxLength={200} wide />
        <SelectField
          name="kind"
          required
          empty={t("choose")}
          options={enumOptions("meetingKind", MEETING_KINDS)}
        />
        <SelectField name="status" required options={enumOptions("meetingStatus", MEETING_STATUSES)} />
      </FormSection>

      <FormSection legend={t("sectionWhen")}>
        <p className="text-sm text-muted md:col-span-2">{t("whenHint")}</p>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:col-span-2 md:grid-cols-4" onChange={followStart}>
          <SelectField
            name="timeZone"
            required
            className="md:col-span-4"
            width="md:max-w-md"
            options={options.timeZones.map((z) => ({ value: z, label: z.replace(/_/g, " ") }))}
          />
          <TextField name="startDate" required type="date" />
          <TextField name="startTime" required type="time" />
          <TextField name="endDate" hint={t("endDateHint")} type="date" />
          <TextField name="endTime" required type="time" />
        </div>
      </FormSection>

      <FormSection legend={t("sectionWhere")}>
        <SelectField
          name="mode"
          required
          options={enumOptions("meetingMode", MEETING_MODES)}
          onChange={setMode}
        />
        {mode === "online" ? (
          <p className="text-sm text-muted md:self-end" data-no-venue>
            {t("onlineNoVenue")}
          </p>
        ) : (
          <>
            <TextField name="venue" />
            <TextField name="city" />
            <TextField name="country" />
          </>
        )}
        <TextField name="onlineUrl" type="url" wide />
      </FormSection>
    </RecordForm>
  );
}
