"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SEAT_KINDS } from "@/db/schema/values";
import { recordOptions, SelectField, TextAreaField, TextField } from "@/components/forms/record-fields";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import type { FormState } from "@/lib/form-state";
import { useRecordForm } from "@/components/forms/use-record-form";
import type { SeatDetail, SeatFormOptions } from "@/lib/seats/queries";
import { seatInputSchema } from "@/lib/seats/schema";

type Values = Record<string, string | string[]>;

function valuesFrom(seat: SeatDetail | null, networkId?: string): Values {
  if (!seat) return { kind: "", networkId: networkId ?? "", bodyId: "" };
  return {
    title: seat.title,
    kind: seat.kind,
    networkId: seat.network.id,
    bodyId: seat.body?.id ?? "",
    renewal: seat.renewal ?? "",
    notes: seat.notes ?? "",
  };
}

/** Create/edit form of a seat. Validates with the server's own schema before sending. */
export function SeatForm({
  seat,
  networkId,
  action,
  options,
  cancelHref,
}: {
  seat: SeatDetail | null;
  /** For a new seat: the network it is created in (from "Nuevo cargo" on a network page). */
  networkId?: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: SeatFormOptions;
  cancelHref: string;
}) {
  const t = useTranslations("seats.form");
  const tEnum = useTranslations("enums");
  const form = useRecordForm({
    action,
    schema: seatInputSchema,
    initialValues: valuesFrom(seat, networkId),
    validationNamespace: "seats.validation",
  });

  const labels: Record<string, string> = {
    title: t("title"),
    kind: t("kind"),
    networkId: t("network"),
    bodyId: t("body"),
    renewal: t("renewal"),
    notes: t("notes"),
  };

  return (
    <RecordForm
      form={form}
      version={seat?.version}
      labels={labels}
      savedHref={seat ? `/cargos/${seat.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("sectionSeat")}>
        <TextField
          form={form}
          name="title"
          label={t("title")}
          required
          hint={t("titleHint")}
          className="md:col-span-2"
          maxLength={200}
          autoComplete="off"
        />
        <SelectField
          form={form}
          name="kind"
          label={t("kind")}
          required
          hint={t("kindHint")}
          empty={t("selectPlaceholder")}
          options={SEAT_KINDS.map((k) => ({ value: k, label: tEnum(`seatKind.${k}`) }))}
        />
        <div className="hidden md:block" />
        <NetworkAndBody form={form} options={options} />
        <TextField
          form={form}
          name="renewal"
          label={t("renewal")}
          hint={t("renewalHint")}
          className="md:col-span-2"
          maxLength={500}
        />
        <TextAreaField form={form} name="notes" label={t("notes")} rows={4} />
      </FormSection>
    </RecordForm>
  );
}

/** The network picker and the body picker that offers only that network's bodies. */
function NetworkAndBody({
  form,
  options,
}: {
  form: ReturnType<typeof useRecordForm>;
  options: SeatFormOptions;
}) {
  const t = useTranslations("seats.form");
  const [networkId, setNetworkId] = useState(form.text("networkId"));
  const [bodyId, setBodyId] = useState(form.text("bodyId"));
  const bodies = options.bodies.filter((b) => b.networkId === networkId);
  return (
    <>
      <SelectField
        form={form}
        name="networkId"
        label={t("network")}
        required
        empty={t("selectPlaceholder")}
        options={recordOptions(options.networks)}
        value={networkId}
        onChange={(id) => {
          setNetworkId(id);
          setBodyId("");
        }}
      />
      <SelectField
        form={form}
        name="bodyId"
        label={t("body")}
        hint={networkId && bodies.length === 0 ? t("noBodies") : t("bodyHint")}
        empty={t("noBody")}
        options={recordOptions(bodies)}
        value={bodyId}
        onChange={setBodyId}
      >
        {/* A body the server refused (another network's) stays selectable so the error makes sense. */}
        {bodyId && !bodies.some((b) => b.id === bodyId) ? (
          <option value={bodyId}>{options.bodies.find((b) => b.id === bodyId)?.name ?? bodyId}</option>
        ) : null}
      </SelectField>
    </>
  );
}
