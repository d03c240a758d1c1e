"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { FormActions, type SubmitLabels } from "./form-actions";
import { RecordFormContext } from "./form-context";
import { FormFeedback } from "./form-feedback";
import { prefixed } from "./prefixed";
import { useConflict } from "./use-conflict";
import type { useRecordForm } from "./use-record-form";

/**
 * The one shell of a record form: the `<form>` wired to its server action and to the
 * browser-side check, the record's version, the feedback area (conflict, errors to fix), the
 * "required" hint, the sections, and Save/Cancel. A form only writes its fields:
 *
 *   const form = useRecordForm({ action, schema, initialValues, labels: { name: t("name") } });
 *   return (
 *     <RecordForm form={form} version={record?.version} cancelHref="/areas">
 *       <FormSection legend={t("section")}><TextField name="name" required /></FormSection>
 *     </RecordForm>
 *   );
 */
export function RecordForm({
  form,
  version,
  labels = form.labels,
  savedHref,
  cancelHref,
  hiddenFields,
  submitLabels,
  withCancel = true,
  footer,
  idPrefix = form.idPrefix,
  labelledBy,
  children,
}: {
  form: ReturnType<typeof useRecordForm>;
  /** The version the user read; absent on a new record. */
  version?: number;
  /** Field names → labels, for the list of errors to fix (defaults to the form's). */
  labels?: Record<string, string>;
  /** Where the saved version can be seen after a conflict (defaults to the cancel link). */
  savedHref?: string;
  cancelHref: string;
  /** Other hidden inputs the action needs (ids, a return path). */
  hiddenFields?: Record<string, string>;
  /** The submit button's words, when not Save/Saving. */
  submitLabels?: SubmitLabels;
  /** False for a form that is a step of its page (the submit button alone). */
  withCancel?: boolean;
  /** Replaces Save/Cancel (e.g. a form with two submit buttons). */
  footer?: ReactNode;
  /** Set when several copies of the form share a page (defaults to the form's): ids carry it. */
  idPrefix?: string;
  /** The id of the heading that names the form. */
  labelledBy?: string;
  children: ReactNode;
}) {
  const t = useTranslations("common.form");
  const { state, pending } = form;
  const conflict = useConflict(form, version);
  // The listener outlives a render: it calls the latest check.
  const liveCheck = useRef(form.liveCheck);
  useEffect(() => {
    liveCheck.current = form.liveCheck;
  });
  const fields = Object.keys(labels);
  const ids = <T,>(record: Record<string, T>) => (idPrefix ? prefixed(idPrefix, record, fields) : record);
  return (
    <form
      action={form.formAction}
      onSubmit={(event) => conflict.onSubmit(event) || form.onSubmit(event)}
      ref={(element) => watchChanges(element, liveCheck)}
      noValidate
      aria-labelledby={labelledBy}
      className="flex flex-col gap-6"
      key={state.submission}
    >
      {conflict.version ? <input type="hidden" name="version" value={conflict.version} /> : null}
      {Object.entries(hiddenFields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormFeedback
        feedbackRef={form.feedbackRef}
        state={state}
        errors={ids(form.errors)}
        clientInvalid={form.clientInvalid}
        labels={ids(labels)}
        savedHref={savedHref ?? cancelHref}
        pending={pending}
        message={form.message}
        conflict={{ base: conflict.base, theirs: conflict.theirs, labels }}
      />
      <p className="text-sm text-muted">{t("requiredHint")}</p>
      <RecordFormContext value={form}>{children}</RecordFormContext>
      {footer ?? (
        <FormActions
          pending={pending}
          cancelHref={withCancel ? cancelHref : undefined}
          labels={submitLabels}
        />
      )}
    </form>
  );
}

/** One titled group of fields in a record form, two columns from medium screens up. */
export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <legend className="px-2 text-base font-bold">{legend}</legend>
      <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/**
 * Checks the form again when a field's value is committed: the native "change" event (React's
 * onChange fires on every keystroke), so a text field is checked when left, a date when set.
 *
 * A field left by pressing the pointer on something else (a checkbox, "Guardar") is checked once
 * that press has ended: the check shows or clears messages and moves what lies below them, and
 * done between the press and its release it would move the target from under the pointer, so
 * the click would land elsewhere (the checkbox not ticked, the form not sent).
 */
function watchChanges(
  element: HTMLFormElement | null,
  check: RefObject<(form: HTMLFormElement, changed: string) => void>,
) {
  if (!element) return;
  const page = element.ownerDocument;
  let pressed = false;
  let waiting: string | null = null;
  const onPress = () => {
    pressed = true;
  };
  const onRelease = () => {
    pressed = false;
    const changed = waiting;
    waiting = null;
    // After the click this release makes has been handled.
    if (changed) setTimeout(() => check.current(element, changed));
  };
  const onChange = (event: Event) => {
    const target = event.target as HTMLInputElement | null;
    if (!target?.name || target.name.startsWith("$")) return;
    if (pressed) waiting = target.name;
    else check.current(element, target.name);
  };
  page.addEventListener("pointerdown", onPress, true);
  page.addEventListener("pointerup", onRelease, true);
  page.addEventListener("pointercancel", onRelease, true);
  element.addEventListener("change", onChange);
  return () => {
    page.removeEventListener("pointerdown", onPress, true);
    page.removeEventListener("pointerup", onRelease, true);
    page.removeEventListener("pointercancel", onRelease, true);
    element.removeEventListener("change", onChange);
  };
}
