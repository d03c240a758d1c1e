"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { MEETING_KINDS, MEETING_MODES, MEETING_STATUSES } from "@/db/schema/values";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { NetworkOptionsStatus } from "@/components/forms/network-options-status";
import { useNetworkOptions } from "@/components/forms/use-network-options";
import type { FormState } from "@/lib/form-state";
import { useRecordForm } from "@/components/forms/use-record-form";
import { recordOptions, SelectField, TextField } from "@/components/forms/record-fields";
import { Field, inputClass } from "@/components/ui/field";
import type { MeetingNetworkOptions } from "@/lib/meetings/queries";
import { meetingInputSchema } from "@/lib/meetings/schema";

export interface MeetingFormOptions extends MeetingNetworkOptions {
  networks: { id: string; name: string }[];
  timeZones: string[];
}

const NO_NETWORK_OPTIONS: MeetingNetworkOptions = { bodies: [] };

/**
 * Create/edit form of a meeting. Times are typed as the meeting's own clock shows them, in
 * the zone chosen beside them; the body list follows the chosen network (read when it changes).
 */
export function MeetingForm({
  meetingId,
  version,
  initialValues,
  action,
  options,
  cancelHref,
}: {
  meetingId?: string;
  version?: number;
  initialValues: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: MeetingFormOptions;
  cancelHref: string;
}) {
  const t = useTranslations("meetings.form");
  const tEnum = useTranslations("enums");
  const form = useRecordForm({
    action,
    schema: meetingInputSchema,
    initialValues,
    // "held" needs minutes and attendance: those refusals are the meetings catalog's.
    validationNamespace: "meetings.validation",
  });
  const { text, error } = form;
  const [networkId, setNetworkId] = useState(text("networkId"));
  const network = useNetworkOptions<MeetingNetworkOptions>({
    endpoint: "/api/reuniones/opciones",
    networkId,
    initialNetworkId: initialValues.networkId ?? "",
    initial: { bodies: options.bodies },
    empty: NO_NETWORK_OPTIONS,
  });
  const { bodies } = network.options;

  const labels: Record<string, string> = {
    networkId: t("network"),
    bodyId: t("body"),
    title: t("title"),
    kind: t("kind"),
    status: t("status"),
    startDate: t("startDate"),
    startTime: t("startTime"),
    endDate: t("endDate"),
    endTime: t("endTime"),
    timeZone: t("timeZone"),
    mode: t("mode"),
    venue: t("venue"),
    city: t("city"),
    country: t("country"),
    onlineUrl: t("onlineUrl"),
  };

  return (
    <RecordForm
      form={form}
      version={version}
      labels={labels}
      savedHref={meetingId ? `/reuniones/${meetingId}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("sectionWhat")}>
        <SelectField
          form={form}
          name="networkId"
          label={t("network")}
          required
          empty={t("choose")}
          options={recordOptions(options.networks)}
          onChange={setNetworkId}
        />
        <Field id="bodyId" label={t("body")} hint={t("bodyHint")} error={error("bodyId")}>
          {(c) => (
            <select
              {...c}
              name="bodyId"
              defaultValue={text("bodyId")}
              aria-busy={network.loading || undefined}
              className={inputClass}
              // A new list (another network, or its bodies just read) starts from the value again.
              key={`${networkId}:${network.loading}`}
            >
              <option value="">{t("noBody")}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="md:col-span-2 -mt-4">
          <NetworkOptionsStatus loading={network.loading} failed={network.failed} retry={network.retry} />
        </div>
        <TextField
          form={form}
          name="title"
          label={t("title")}
          required
          maxLength={200}
          className="md:col-span-2"
        />
        <SelectField
          form={form}
          name="kind"
          label={t("kind")}
          required
          empty={t("choose")}
          options={MEETING_KINDS.map((k) => ({ value: k, label: tEnum(`meetingKind.${k}`) }))}
        />
        <SelectField
          form={form}
          name="status"
          label={t("status")}
          required
          options={MEETING_STATUSES.map((s) => ({ value: s, label: tEnum(`meetingStatus.${s}`) }))}
        />
      </FormSection>

      <FormSection legend={t("sectionWhen")}>
        <p className="text-sm text-muted md:col-span-2">{t("whenHint")}</p>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:col-span-2 md:grid-cols-4">
          <Field
            id="timeZone"
            label={t("timeZone")}
            required
            error={error("timeZone")}
            className="md:col-span-4"
          >
            {(c) => (
              <select
                {...c}
                name="timeZone"
                defaultValue={text("timeZone")}
                className={`${inputClass} md:max-w-md`}
              >
                {options.timeZones.map((z) => (
                  <option key={z} value={z}>
                    {z.replace(/_/g, " ")}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField form={form} name="startDate" label={t("startDate")} required type="date" />
          <TextField form={form} name="startTime" label={t("startTime")} required type="time" />
          <TextField form={form} name="endDate" label={t("endDate")} required type="date" />
          <TextField form={form} name="endTime" label={t("endTime")} required type="time" />
        </div>
      </FormSection>

      <FormSection legend={t("sectionWhere")}>
        <SelectField
          form={form}
          name="mode"
          label={t("mode")}
          required
          options={MEETING_MODES.map((m) => ({ value: m, label: tEnum(`meetingMode.${m}`) }))}
        />
        <TextField form={form} name="venue" label={t("venue")} />
        <TextField form={form} name="city" label={t("city")} />
        <TextField form={form} name="country" label={t("country")} />
        <TextField form={form} name="onlineUrl" label={t("onlineUrl")} type="url" className="md:col-span-2" />
      </FormSection>
    </RecordForm>
  );
}
