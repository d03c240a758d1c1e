import type { ErrorCode, FieldErrors } from "@/lib/result";

/** What a form's server action returns to the form (a redirect means success). */
export interface FormState {
  ok?: false;
  code?: ErrorCode;
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the user submitted, to refill the form after an error or a conflict. */
  values?: Record<string, string | string[]>;
  /** The record's current version after a conflict. */
  version?: number;
  /** Counts submissions, to remount inputs with the returned values. */
  submission: number;
}

export const initialFormState: FormState = { submission: 0 };
