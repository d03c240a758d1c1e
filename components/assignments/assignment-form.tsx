"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ASSIGNMENT_ROLES, ASSIGNMENT_STATUSES } from "@/db/schema/values";
import { FormActions } from "@/components/forms/form-actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { NetworkOptionsStatus } from "@/components/forms/network-options-status";
import { SearchChoiceField } from "@/components/forms/search-choice-field";
import { useNetworkOptions } from "@/components/forms/use-network-options";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Field, inputClass } from "@/components/ui/field";
import type {
  AssignmentDetail,
  AssignmentFormOptions,
  AssignmentNetworkOptions,
} from "@/lib/assignments/queries";
import { assignmentInputSchema } from "@/lib/assignments/schema";
import type { FormState } from "@/lib/form-state";

type Values = Record<string, string | string[]>;

/** Where a new assignment starts: its person (with their name, for the searched field), network and date. */
export interface AssignmentPreset {
  person?: { id: string; label: string };
  networkId?: string;
  startsOn: string;
}

const NO_NETWORK_OPTIONS: AssignmentNetworkOptions = { bodies: [] };

function valuesFrom(assignment: AssignmentDetail | null, preset: AssignmentPreset): Values {
  if (!assignment) {
    return {
      personId: preset.person?.id ?? "",
      personIdLabel: preset.person?.label ?? "",
      networkId: preset.networkId ?? "",
      bodyId: "",
      thematicAreaId: "",
      role: "member",
      status: "active",
      startsOn: preset.startsOn,
    };
  }
  return {
    personId: assignment.person.id,
    personIdLabel: assignment.person.name,
    networkId: assignment.network.id,
    bodyId: assignment.body?.id ?? "",
    thematicAreaId: assignment.ownThematicAreaId ?? "",
    role: assignment.role,
    status: assignment.status,
    startsOn: assignment.startsOn,
    endsOn: assignment.endsOn ?? "",
    dedication: assignment.dedication ?? "",
    notes: assignment.notes ?? "",
  };
}

/**
 * Create/edit form of a technical assignment. Validates with the server's own schema before
 * sending; the rules that need the database (one active focal point per body, the head's
 * department) come back from the server as field messages. The person is searched by name
 * among those the actor may assign; the bodies offered are the chosen network's.
 */
export function AssignmentForm({
  assignment,
  preset,
  action,
  options,
  headScope,
  cancelHref,
}: {
  assignment: AssignmentDetail | null;
  preset: AssignmentPreset;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: AssignmentFormOptions;
  /** The actor is a head: the person search finds their department's people only. */
  headScope: boolean;
  cancelHref: string;
}) {
  const t = useTranslations("assignments.form");
  const tEnum = useTranslations("enums");
  const tCommon = useTranslations("common");
  const form = useRecordForm({
    action,
    schema: assignmentInputSchema,
    initialValues: valuesFrom(assignment, preset),
    validationNamespace: "assignments.validation",
  });
  const { state, formAction, pending, text, error } = form;
  const labels: Record<string, string> = {
    personId: t("person"),
    networkId: t("network"),
    bodyId: t("body"),
    thematicAreaId: t("area"),
    role: t("role"),
    status: t("status"),
    startsOn: t("startsOn"),
    endsOn: t("endsOn"),
    dedication: t("dedication"),
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
      {assignment ? <input type="hidden" name="version" value={assignment.version} /> : null}
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={form.errors}
        clientInvalid={form.clientInvalid}
        labels={labels}
        savedHref={assignment ? `/asignaciones/${assignment.id}` : undefined}
        pending={pending}
        message={form.message}
      />
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("sectionWho")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field
            id="personId"
            label={t("person")}
            required
            hint={headScope ? t("personHintHead") : t("personHint")}
            error={error("personId")}
            className="md:col-span-2"
          >
            {(c) => (
              <SearchChoiceField
                control={c}
                name="personId"
                label={t("person")}
                source="personas-asignables"
                text={text}
                placeholder={t("personPlaceholder")}
              />
            )}
          </Field>
          <Field id="role" label={t("role")} required hint={t("roleHint")} error={error("role")}>
            {(c) => (
              <select {...c} name="role" defaultValue={text("role")} className={inputClass}>
                <option value="">{t("selectPlaceholder")}</option>
                {ASSIGNMENT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {tEnum(`assignmentRole.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="status" label={t("status")} required error={error("status")}>
            {(c) => (
              <select {...c} name="status" defaultValue={text("status")} className={inputClass}>
                <option value="">{t("selectPlaceholder")}</option>
                {ASSIGNMENT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {tEnum(`assignmentStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("sectionWhere")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <NetworkBodyArea
            options={options}
            optionsNetworkId={assignment?.network.id ?? preset.networkId ?? ""}
            networkId={text("networkId")}
            bodyId={text("bodyId")}
            areaId={text("thematicAreaId")}
            errors={{
              networkId: error("networkId"),
              bodyId: error("bodyId"),
              thematicAreaId: error("thematicAreaId"),
            }}
          />
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("sectionWhen")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field id="startsOn" label={t("startsOn")} required error={error("startsOn")}>
            {(c) => (
              <input
                {...c}
                name="startsOn"
                type="date"
                defaultValue={text("startsOn")}
                className={inputClass}
              />
            )}
          </Field>
          <Field id="endsOn" label={t("endsOn")} hint={t("endsOnHint")} error={error("endsOn")}>
            {(c) => (
              <input {...c} name="endsOn" type="date" defaultValue={text("endsOn")} className={inputClass} />
            )}
          </Field>
          <Field
            id="dedication"
            label={t("dedication")}
            hint={t("dedicationHint")}
            error={error("dedication")}
            className="md:col-span-2"
          >
            {(c) => (
              <input
                {...c}
                name="dedication"
                defaultValue={text("dedication")}
                maxLength={200}
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

/** The network picker, the body picker that offers only that network's bodies, and the area. */
function NetworkBodyArea({
  options,
  optionsNetworkId,
  networkId: initialNetwork,
  bodyId: initialBody,
  areaId,
  errors,
}: {
  options: AssignmentFormOptions;
  /** The network whose bodies `options` holds (the record's, or the preset one). */
  optionsNetworkId: string;
  networkId: string;
  bodyId: string;
  areaId: string;
  errors: { networkId?: string; bodyId?: string; thematicAreaId?: string };
}) {
  const t = useTranslations("assignments.form");
  const [networkId, setNetworkId] = useState(initialNetwork);
  const [bodyId, setBodyId] = useState(initialBody);
  const network = useNetworkOptions<AssignmentNetworkOptions>({
    endpoint: "/api/asignaciones/opciones",
    networkId,
    initialNetworkId: optionsNetworkId,
    initial: { bodies: options.bodies },
    empty: NO_NETWORK_OPTIONS,
  });
  const { bodies } = network.options;
  const bodyArea = bodies.find((b) => b.id === bodyId)?.thematicAreaId;
  const bodyAreaName = options.thematicAreas.find((a) => a.id === bodyArea)?.name;
  return (
    <>
      <Field id="networkId" label={t("network")} required error={errors.networkId}>
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
        hint={networkId && !network.loading && bodies.length === 0 ? t("noBodies") : t("bodyHint")}
        error={errors.bodyId}
      >
        {(c) => (
          <select
            {...c}
            name="bodyId"
            value={bodyId}
            onChange={(e) => setBodyId(e.target.value)}
            aria-busy={network.loading || undefined}
            className={inputClass}
          >
            <option value="">{t("noBody")}</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
            {/* The chosen body while its network's are read, or one no longer offered (archived meanwhile):
                it stays chosen, so that the form sends what the user chose and an error makes sense. */}
            {bodyId && !bodies.some((b) => b.id === bodyId) ? (
              <option value={bodyId}>{network.loading ? t("bodyLoading") : t("bodyUnavailable")}</option>
            ) : null}
          </select>
        )}
      </Field>
      <Field id="thematicAreaId" label={t("area")} hint={t("areaHint")} error={errors.thematicAreaId}>
        {(c) => (
          <select {...c} name="thematicAreaId" defaultValue={areaId} className={inputClass}>
            <option value="">
              {!bodyId
                ? t("selectPlaceholder")
                : bodyAreaName
                  ? `${t("noArea")} (${bodyAreaName})`
                  : t("noArea")}
            </option>
            {options.thematicAreas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="md:col-span-2 -mt-4">
        <NetworkOptionsStatus loading={network.loading} failed={network.failed} retry={network.retry} />
      </div>
    </>
  );
}
