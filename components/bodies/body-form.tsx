"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { initialFormState, type FormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { BODY_KINDS } from "@/db/schema/values";
import type { BodyDetail, BodyLink, BodyParentOption } from "@/lib/bodies/queries";
import { bodyInputSchema, CADENCE_PRESETS } from "@/lib/bodies/schema";
import type { FieldErrors } from "@/lib/result";
import { formDataToObject, toFieldErrors } from "@/lib/validation/form-data";
import { cadenceLabel, monthName, type BodiesT } from "./cadence";

type Values = Record<string, string | string[]>;

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** Indentation of the parent picker: options cannot hold markup, so non-breaking spaces. */
const indent = (depth: number) => "\u00A0\u00A0\u00A0\u00A0".repeat(depth);

function valuesFrom(body: BodyDetail | null, defaultParentId?: string): Values {
  if (!body) return { kind: "", parentId: defaultParentId ?? "", cadenceMonths: "", usualMonth: "" };
  return {
    name: body.name,
    kind: body.kind,
    parentId: body.parent?.id ?? "",
    thematicAreaId: body.thematicArea?.id ?? "",
    cadenceMonths: body.cadenceMonths?.toString() ?? "",
    cadenceNote: body.cadenceNote ?? "",
    usualMonth: body.usualMonth?.toString() ?? "",
    description: body.description ?? "",
  };
}

/** Create/edit form of a body. Validates with the server's own schema before sending. */
export function BodyForm({
  body,
  defaultParentId,
  action,
  options,
  cancelHref,
}: {
  body: BodyDetail | null;
  defaultParentId?: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: { parents: BodyParentOption[]; thematicAreas: BodyLink[] };
  cancelHref: string;
}) {
  const t = useTranslations("bodies.form");
  const tb = useTranslations("bodies") as unknown as BodiesT;
  const tbv = useTranslations("bodies.validation");
  const tv = useTranslations("validation");
  const tEnum = useTranslations("enums");
  const tErr = useTranslations("errors");
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const values: Values = state.values ?? valuesFrom(body, defaultParentId);
  const { _form: formErrors, ...errors }: FieldErrors = clientErrors ?? state.fieldErrors ?? {};
  const version = body?.version;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  // Messages particular to bodies live in bodies.validation (which may also word a shared key
  // for a single choice); the rest are the shared validation catalog.
  const message = (key: string) => (tbv.has(key) ? tbv(key) : tv(key as "required"));
  const error = (name: string) => {
    const key = errors[name]?.[0];
    return key ? message(key) : undefined;
  };

  useEffect(() => {
    if (state.code) summaryRef.current?.focus();
  }, [state.submission, state.code]);

  function validateBeforeSend(event: FormEvent<HTMLFormElement>) {
    const parsed = bodyInputSchema.safeParse(formDataToObject(new FormData(event.currentTarget)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(toFieldErrors(parsed.error));
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const labels: Record<string, string> = {
    name: t("name"),
    kind: t("kind"),
    parentId: t("parent"),
    thematicAreaId: t("thematicArea"),
    cadenceMonths: t("cadenceMonths"),
    cadenceNote: t("cadenceNote"),
    usualMonth: t("usualMonth"),
    description: t("description"),
  };
  const hasFieldErrors = Object.keys(errors).length > 0;

  const parentId = text("parentId");
  const parentKnown = !parentId || options.parents.some((p) => p.id === parentId);
  const cadence = text("cadenceMonths");
  const cadenceKnown = !cadence || (CADENCE_PRESETS as readonly number[]).includes(Number(cadence));

  return (
    <form
      action={formAction}
      onSubmit={validateBeforeSend}
      noValidate
      className="flex flex-col gap-6"
      key={state.submission}
    >
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <div ref={summaryRef} tabIndex={-1} className="flex flex-col gap-3 focus:outline-none">
        {state.code === "CONFLICT" && !clientErrors ? (
          <Alert tone="error" title={t("conflictTitle")}>
            <p>{tErr("CONFLICT")}</p>
            <p className="mt-1">{t("conflictKeep")}</p>
            {body ? (
              <p className="mt-2">
                <Link href={`/organos/${body.id}`} target="_blank" rel="noopener">
                  {t("conflictReload")}
                </Link>
              </p>
            ) : null}
            {state.version ? (
              <p className="mt-3">
                <Button
                  type="submit"
                  name="overwriteVersion"
                  value={state.version}
                  variant="secondary"
                  disabled={pending}
                >
                  {t("conflictOverwrite")}
                </Button>
              </p>
            ) : null}
          </Alert>
        ) : null}
        {formErrors?.length ? (
          <Alert tone="error">
            {formErrors.map((k) => (
              <p key={k}>{message(k)}</p>
            ))}
          </Alert>
        ) : null}
        {hasFieldErrors ? (
          <ErrorSummary
            title={tCommon("form.errorSummary")}
            errors={errors}
            labels={labels}
            message={message}
          />
        ) : state.code && state.code !== "CONFLICT" && !formErrors?.length ? (
          <Alert tone="error">{tErr(state.code)}</Alert>
        ) : null}
      </div>
      <p className="text-sm text-muted">{tCommon("form.requiredHint")}</p>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("sectionBody")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field id="name" label={t("name")} required error={error("name")}>
            {(c) => (
              <input
                {...c}
                name="name"
                defaultValue={text("name")}
                maxLength={200}
                className={inputClass}
                autoComplete="off"
              />
            )}
          </Field>
          <Field id="kind" label={t("kind")} required error={error("kind")}>
            {(c) => (
              <select {...c} name="kind" defaultValue={text("kind")} className={inputClass}>
                <option value="">{t("selectPlaceholder")}</option>
                {BODY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {tEnum(`bodyKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="parentId" label={t("parent")} hint={t("parentHint")} error={error("parentId")}>
            {(c) => (
              <select {...c} name="parentId" defaultValue={parentId} className={inputClass}>
                <option value="">{t("noParent")}</option>
                {options.parents.map((p) => (
                  <option key={p.id} value={p.id}>
                    {`${indent(p.depth)}${p.archived ? t("archivedParent", { name: p.name }) : p.name}`}
                  </option>
                ))}
                {parentKnown ? null : <option value={parentId}>{t("unavailableParent")}</option>}
              </select>
            )}
          </Field>
          <Field id="thematicAreaId" label={t("thematicArea")} error={error("thematicAreaId")}>
            {(c) => (
              <select
                {...c}
                name="thematicAreaId"
                defaultValue={text("thematicAreaId")}
                className={inputClass}
              >
                <option value="">{t("noThematicArea")}</option>
                {options.thematicAreas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="description"
            label={t("description")}
            error={error("description")}
            className="md:col-span-2"
          >
            {(c) => (
              <textarea
                {...c}
                name="description"
                rows={4}
                defaultValue={text("description")}
                className={inputClass}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <legend className="px-2 text-base font-bold">{t("sectionMeetings")}</legend>
        <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
          <Field id="cadenceMonths" label={t("cadenceMonths")} error={error("cadenceMonths")}>
            {(c) => (
              <select {...c} name="cadenceMonths" defaultValue={cadence} className={inputClass}>
                <option value="">{tb("cadence.none")}</option>
                {CADENCE_PRESETS.map((months) => (
                  <option key={months} value={months}>
                    {cadenceLabel(tb, months)}
                  </option>
                ))}
                {cadenceKnown || !/^\d+$/.test(cadence) ? null : (
                  <option value={cadence}>{cadenceLabel(tb, Number(cadence))}</option>
                )}
              </select>
            )}
          </Field>
          <Field id="usualMonth" label={t("usualMonth")} error={error("usualMonth")}>
            {(c) => (
              <select {...c} name="usualMonth" defaultValue={text("usualMonth")} className={inputClass}>
                <option value="">{t("noUsualMonth")}</option>
                {MONTHS.map((m) => (
                  <option key={m} value={m}>
                    {monthName(tb, m).charAt(0).toLocaleUpperCase("es") + monthName(tb, m).slice(1)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="cadenceNote"
            label={t("cadenceNote")}
            hint={t("cadenceNoteHint")}
            error={error("cadenceNote")}
            className="md:col-span-2"
          >
            {(c) => (
              <input
                {...c}
                name="cadenceNote"
                defaultValue={text("cadenceNote")}
                maxLength={200}
                className={inputClass}
                autoComplete="off"
              />
            )}
          </Field>
        </div>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("actions.saving") : tCommon("actions.save")}
        </Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          {tCommon("actions.cancel")}
        </Link>
      </div>
    </form>
  );
}
