import type { ErrorCode, Failure, FieldErrors } from "./result";
import { formDataToObject } from "./validation/form-data";

/** What a form's server action returns to the form (success is a redirect instead). */
export interface FormState {
  ok?: false;
  code?: ErrorCode;
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the user submitted, to refill the form after an error or a conflict. */
  values?: Record<string, string | string[]>;
  /** The record's current version after a conflict (sent back only by "save anyway"). */
  version?: number;
  /** After a conflict: whether the newer save was this user's own (another tab) or someone else's. */
  savedBy?: "you" | "other";
  /** Counts submissions, to remount inputs with the returned values. */
  submission: number;
}

export const initialFormState: FormState = { submission: 0 };

/** The state for a failed submit: the failure plus everything the user typed. */
export function failureState(
  failure: Failure,
  formData: FormData,
  prev: FormState,
  arrayFields: readonly string[] = [],
): FormState {
  return { ...failure, values: formDataToObject(formData, arrayFields), submission: prev.submission + 1 };
}

/** "Save anyway" after a conflict: the version the user chose to overwrite replaces theirs. */
export function applyOverwrite(formData: FormData): void {
  const overwrite = formData.get("overwriteVersion");
  if (typeof overwrite === "string" && overwrite) formData.set("version", overwrite);
}
