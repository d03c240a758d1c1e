"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SEAT_KINDS } from "@/db/schema/values";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
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
  const tCommon = useTranslations("common");
  const form = useRecordForm({
    action,
    schema: seatInputSchema,
    initialValues: valuesFrom(seat, networkId),
    validationNamespace: "seats.validation",
  });
  const { state, formAction, pending, text, error } = form;

  const labels: Record<string, string> = {
    title: t("title"),
    kind: t("kind"),
    networkId: t("network"),
    bodyId: t("body"),
    renewal: t("renewal"),
    notes: t("notes"),
  };

  return (
    <form
      action={formAction}
      onSubmit={form.onSubmit}
      noValidate
      className="flex flex-col gap-6"
      key={state.submission}
    >
      {seat ? <input type="hidden" name="version" value={seat.version} /> : null}
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={form.errors}
        clientInvalid={form.clientInvalid}
        labels={labels}
        savedHref={seat ? `/cargos/${seat.id}` : undefined}
        pending={pending}
        message={form.message}
      />
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("sectionSeat")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field
            id="title"
            label={t("title")}
            required
            hint={t("titleHint")}
            error={error("title")}
            className="md:col-span-2"
          >
            {(c) => (
              <input
                {...c}
                name="title"
                defaultValue={text("title")}
                maxLength={200}
                className={inputClass}
                autoComplete="off"
              />
            )}
          </Field>
          <Field id="kind" label={t("kind")} required hint={t("kindHint")} error={error("kind")}>
            {(c) => (
              <select {...c} name="kind" defaultValue={text("kind")} className={inputClass}>
                <option value="">{t("selectPlaceholder")}</option>
                {SEAT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {tEnum(`seatKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="hidden md:block" />
          <NetworkAndBody
            options={options}
            networkId={text("networkId")}
            bodyId={text("bodyId")}
            networkError={error("networkId")}
            bodyError={error("bodyId")}
          />
          <Field
            id="renewal"
            label={t("renewal")}
            hint={t("renewalHint")}
            error={error("renewal")}
            className="md:col-span-2"
          >
            {(c) => (
              <input
                {...c}
                name="renewal"
                defaultValue={text("renewal")}
                maxLength={500}
                className={inputClass}
              />
            )}
          </Field>
          <Field id="notes" label={t("notes")} error={error("notes")} className="md:col-span-2">
            {(c) => (
              <textarea {...c} name="notes" rows={4} defaultValue={text("notes")} className={inputClass} />
            )}
          </Field>
        </div>
      </fieldset>

      <FormActions pending={pending} cancelHref={cancelHref} />
    </form>
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
