"use client";

import { useTranslations } from "next-intl";
import { SEAT_KINDS } from "@/db/schema/values";
import { SelectField, TextAreaField, TextField, useEnumOptions } from "@/components/forms/record-fields";
import { NetworkAndBodyFields, useNetworkAndBody } from "@/components/forms/network-body-fields";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import type { FormState } from "@/lib/form-state";
import { fieldLabels, useRecordForm, type FormValues } from "@/components/forms/use-record-form";
import type { SeatDetail, SeatFormOptions } from "@/lib/seats/queries";

function valuesFrom(seat: SeatDetail | null, networkId?: string): FormValues {
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
  const enumOptions = useEnumOptions();
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/seats/schema").then((m) => m.seatInputSchema),
    initialValues: valuesFrom(seat, networkId),
    validationNamespace: "seats.validation",
    labels: {
      ...fieldLabels(t, ["title", "kind", "renewal", "notes"]),
      networkId: t("network"),
      bodyId: t("body"),
    },
  });

  return (
    <RecordForm
      form={form}
      version={seat?.version}
      savedHref={seat ? `/cargos/${seat.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("sectionSeat")}>
        <TextField name="title" required hint={t("titleHint")} wide maxLength={200} autoComplete="off" />
        <SelectField
          name="kind"
          required
          hint={t("kindHint")}
          empty={t("selectPlaceholder")}
          options={enumOptions("seatKind", SEAT_KINDS)}
        />
        <div className="hidden md:block" />
        <NetworkAndBody options={options} />
        <TextField name="renewal" hint={t("renewalHint")} wide maxLength={500} />
        <TextAreaField name="notes" rows={4} />
      </FormSection>
    </RecordForm>
  );
}

/** The network picker and the body picker; every body is at hand, filtered by the chosen network. */
function NetworkAndBody({ options }: { options: SeatFormOptions }) {
  const t = useTranslations("seats.form");
  const choice = useNetworkAndBody();
  const bodies = options.bodies.filter((b) => b.networkId === choice.networkId);
  return (
    <NetworkAndBodyFields
      choice={choice}
      networks={options.networks}
      bodies={bodies}
      words={t}
      // A body the server refused (another network's).
      missingLabel={(id) => options.bodies.find((b) => b.id === id)?.name ?? id}
    />
  );
}
