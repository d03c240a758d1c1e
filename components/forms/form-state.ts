import type { FormState } from "@/lib/form-state";

// The form state type lives in lib/ (server actions build it); re-exported for components.
export { initialFormState, type FormState } from "@/lib/form-state";

/** A form's server action (bound to the record's id when it edits one). */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** What a page gives a record form whose values it prepared. */
export interface RecordFormProps {
  /** The version the user read; absent on a new record. */
  version?: number;
  initialValues: Record<string, string>;
  action: FormAction;
  cancelHref: string;
}
