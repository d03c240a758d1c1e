"use client";

import { startTransition, useState, type FormEvent } from "react";
import type { Values } from "./conflict-merge";
import type { useRecordForm } from "./use-record-form";

/**
 * The edit-conflict half of a record form. It keeps the version and values the form was loaded
 * with (the base: the version sent with a plain Save, so that a Save after a conflict still
 * meets it). After a CONFLICT the action refreshes the page, so the form's props become the
 * record as saved now ("theirs", known once its version is the one the server reported). "Save
 * anyway" then sends the user's values merged field by field with theirs, as chosen in the
 * conflict panel, with theirs' version.
 */
export function useConflict(form: ReturnType<typeof useRecordForm>, version: number | undefined) {
  const { state } = form;
  const [base, setBase] = useState<{ version?: number; values: Values }>(() => ({
    version,
    values: form.initialValues,
  }));
  const theirs =
    state.code === "CONFLICT" && state.version !== undefined && state.version === version
      ? form.initialValues
      : undefined;

  /** Handles a "save anyway" submit; false for any other submit (left to the form). */
  function onSubmit(event: FormEvent<HTMLFormElement>): boolean {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (!theirs || !(submitter instanceof HTMLButtonElement) || submitter.name !== "overwriteVersion")
      return false;
    event.preventDefault();
    const formData = new FormData(event.currentTarget, submitter);
    const version = state.version;
    // The merge comes with the conflict panel's code (loaded by then): forms without a
    // conflict do not carry it.
    void import("./conflict-merge").then(async ({ applyChoices }) => {
      applyChoices(formData, theirs);
      if (!(await form.check(formData))) return;
      // What was merged is now the base: a later conflict is judged against this version.
      setBase({ version, values: theirs });
      startTransition(() => form.formAction(formData));
    });
    return true;
  }

  return {
    /** The version a plain Save sends: the one the user's values were based on. */
    version: base.version ?? version,
    base: base.values,
    theirs,
    onSubmit,
  };
}
