import type { ReactNode } from "react";

/**
 * A labelled form control with its hint and error. The control gets `aria-describedby`
 * pointing at both and `aria-invalid` when there is an error, so screen readers announce
 * the message next to the field.
 */
export interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: (control: {
    id: string;
    name?: string;
    "aria-describedby"?: string;
    "aria-invalid"?: true;
    "aria-required"?: true;
  }) => ReactNode;
  className?: string;
}

export function Field({ id, label, required, hint, error, children, className = "" }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-describedby": describedBy,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(required ? { "aria-required": true as const } : {}),
      })}
      <p id={errorId} className="min-h-0 text-sm font-medium text-red-700" aria-live="polite">
        {error ?? ""}
      </p>
    </div>
  );
}

export const inputClass =
  "w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-sm text-ink shadow-sm aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50";
