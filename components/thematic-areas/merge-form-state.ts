import type { FormState } from "@/components/forms/form-state";

/** The merge form's state: a refused merge also names the networks that block it. */
export type MergeFormState = FormState & { clashes?: string[] };
