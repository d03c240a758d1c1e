"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SEAT_KINDS } from "@/db/schema/values";
import { SelectField, TextAreaField, TextField } from "@/components/forms/record-fields";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import type { FormState } from "@/lib/form-state";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Field, inputClass } from "@/components/ui/field";
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
  const { text, error } = form;

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
        <NetworkAndBody
          options={options}
          networkId={text("networkId")}
          bodyId={text("bodyId")}
          networkError={error("networkId")}
          bodyError={error("bodyId")}
        />
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
  options,
  networkId: initialNetwork,
  bodyId: initialBody,
  networkError,
  bodyError,
}: {
  options: SeatFormOptions;
  networkId: string;
  bodyId: string;
  networkError?: string;
  bodyError?: string;
}) {
  const t = useTranslations("seats.form");
  const [networkId, setNetworkId] = useState(initialNetwork);
  const [bodyId, setBodyId] = useState(initialBody);
  const bodies = options.bodies.filter((b) => b.networkId === networkId);
  return (
    <>
      <Field id="networkId" label={t("network")} required error={networkError}>
        {(c) => (
          <select
            {...c}
            name="networkId"
            value={networkId}
            onChange={(e) => {
              setNetworkId(e.target.value);
              setBodyId("");
            }}
            className={inputClass}
          >
            <option value="">{t("selectPlaceholder")}</option>
            {options.networks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="bodyId"
        label={t("body")}
        hint={networkId && bodies.length === 0 ? t("noBodies") : t("bodyHint")}
        error={bodyError}
      >
        {(c) => (
          <select
            {...c}
            name="bodyId"
            value={bodyId}
            onChange={(e) => setBodyId(e.target.value)}
            className={inputClass}
          >
            <option value="">{t("noBody")}</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
            {/* A body the server refused (another network's) stays selectable so the error makes sense. */}
            {bodyId && !bodies.some((b) => b.id === bodyId) ? (
              <option value={bodyId}>{options.bodies.find((b) => b.id === bodyId)?.name ?? bodyId}</option>
            ) : null}
          </select>
        )}
      </Field>
    </>
  );
}
