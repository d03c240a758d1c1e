import type { z } from "zod";
import type { FieldErrors } from "../result";

/**
 * Turns FormData into a plain object for zod: single fields as strings, the listed
 * multi-value fields as arrays. Files, Next's internal "$ACTION_…" fields and the conflict
 * panel's "$choice:…" radios are dropped.
 */
export function formDataToObject(formData: FormData, arrayFields: readonly string[] = []) {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    // Next's own fields, and the conflict panel's per-field choices (components/forms/conflict-merge.ts).
    if (key.startsWith("$ACTION") || key.startsWith("$choice:")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrayFields.includes(key) ? values : (values[0] ?? "");
  }
  for (const key of arrayFields) out[key] ??= [];
  return out;
}

/** zod issues → { field: [message keys] } (first path segment; one message per field). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    fieldErrors[field] ??= [];
    if (!fieldErrors[field].includes(issue.message)) fieldErrors[field].push(issue.message);
  }
  return fieldErrors;
}
