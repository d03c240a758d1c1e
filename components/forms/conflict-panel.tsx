"use client";

import { useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { FormState } from "./form-state";
import { choiceName, conflictFields, type ConflictField, type Values } from "./conflict-merge";

/**
 * What a version conflict shows (loaded only when one happens, components/forms/form-feedback.tsx):
 * who saved the record meanwhile, and — when the record as saved now is known — each field where
 * the user's value and the saved one differ, with a choice per field (keep mine / take theirs)
 * that "save anyway" applies. Nothing the user typed leaves the form until they choose.
 */
export default function ConflictPanel({
  state,
  base,
  theirs,
  labels,
  savedHref,
  pending,
}: {
  state: FormState;
  base: Values;
  theirs?: Values;
  labels: Record<string, string>;
  savedHref?: string;
  pending: boolean;
}) {
  const t = useTranslations("common.form");
  const tErr = useTranslations("errors");
  const fields =
    theirs && state.values ? conflictFields(Object.keys(labels), base, state.values, theirs) : [];
  const ref = useRef<HTMLDivElement>(null);
  // Selects and checkboxes hold ids: the panel shows what the form shows for them, their labels.
  const [words, setWords] = useState<(name: string, value: string) => string>(
    () => (_: string, v: string) => v,
  );
  useLayoutEffect(() => {
    const form = ref.current?.closest("form");
    if (form) setWords(() => (name: string, value: string) => shownValue(form, name, value));
  }, [theirs]);

  return (
    <div ref={ref}>
      <Alert tone="error" title={t("conflictTitle")}>
        <p>{state.savedBy === "you" ? t("conflictByYou") : tErr("CONFLICT")}</p>
        {fields.length > 0 ? (
          <>
            <p className="mt-1">{t("conflictChoose")}</p>
            <div className="mt-3 flex flex-col gap-3">
              {fields.map((field) => (
                <FieldChoice
                  key={field.name}
                  field={field}
                  label={labels[field.name] ?? field.name}
                  words={words}
                />
              ))}
            </div>
          </>
        ) : (
          <p className="mt-1">{t("conflictKeep")}</p>
        )}
        {savedHref ? (
          <p className="mt-2">
            <Link href={savedHref} target="_blank" rel="noopener">
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
    </div>
  );
}

/** One differing field: the saved value and the user's, as two radios of one group. */
function FieldChoice({
  field,
  label,
  words,
}: {
  field: ConflictField;
  label: string;
  words: (name: string, value: string) => string;
}) {
  const t = useTranslations("common.form");
  const shown = (value: string | string[]) => {
    const list = (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== "");
    return list.length ? list.map((v) => words(field.name, v)).join(", ") : t("conflictEmpty");
  };
  const option = (side: "theirs" | "mine") => (
    <label className="flex items-start gap-2 py-0.5">
      <input
        type="radio"
        name={choiceName(field.name)}
        value={side}
        defaultChecked={field.choice === side}
        className="mt-0.5 h-4 w-4"
      />
      <span>
        {t(side === "theirs" ? "conflictTakeTheirs" : "conflictKeepMine")}{" "}
        <span className="font-semibold break-words">{shown(field[side])}</span>
      </span>
    </label>
  );
  return (
    <fieldset className="rounded border border-red-200 bg-white px-3 py-2" data-conflict-field={field.name}>
      <legend className="px-1 font-semibold">{label}</legend>
      {option("theirs")}
      {option("mine")}
    </fieldset>
  );
}

/** The words the form shows for a field's value: an option's or a checkbox's label, else the value. */
function shownValue(form: HTMLFormElement, name: string, value: string): string {
  const control = form.elements.namedItem(name);
  if (control instanceof HTMLSelectElement) {
    const option = [...control.options].find((o) => o.value === value);
    return option?.text ?? value;
  }
  const box = [...form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].find(
    (input) => input.name === name && input.value === value,
  );
  return box?.closest("label")?.textContent?.trim() || value;
}
