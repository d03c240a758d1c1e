"use client";

import type { HTMLInputTypeAttribute, ReactNode } from "react";
import { Field, inputClass } from "@/components/ui/field";
import type { SearchSource } from "@/components/filters/search-field";
import { SearchChoiceField } from "./search-choice-field";
import type { useRecordForm } from "./use-record-form";

/**
 * The fields record forms repeat, bound to the form's values and errors: the field's id and
 * name are the input's name, its value after an error is what the user typed.
 *
 *   <TextField form={form} name="title" label={t("title")} required maxLength={200} />
 */
type Form = ReturnType<typeof useRecordForm>;

interface FieldBase {
  form: Form;
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  /** Layout of the field in its section (e.g. "md:col-span-2"). */
  className?: string;
}

const WIDE = "md:col-span-2";

export function TextField({
  form,
  name,
  label,
  required,
  hint,
  className,
  type,
  inputMode,
  maxLength,
  autoComplete,
  width,
}: FieldBase & {
  type?: HTMLInputTypeAttribute;
  inputMode?: "text" | "url" | "numeric" | "decimal";
  maxLength?: number;
  autoComplete?: string;
  /** Extra classes of the input (a narrower width). */
  width?: string;
}) {
  return (
    <Field
      id={name}
      label={label}
      required={required}
      hint={hint}
      error={form.error(name)}
      className={className}
    >
      {(c) => (
        <input
          {...c}
          name={name}
          type={type}
          inputMode={inputMode}
          defaultValue={form.text(name)}
          maxLength={maxLength}
          autoComplete={autoComplete}
          className={width ? `${inputClass} ${width}` : inputClass}
        />
      )}
    </Field>
  );
}

/** A calendar date (yyyy-mm-dd), in a narrow input. */
export function DateField(props: FieldBase) {
  return <TextField {...props} type="date" width="max-w-52" />;
}

/** Several lines of text, across both columns. */
export function TextAreaField({
  form,
  name,
  label,
  required,
  hint,
  className = WIDE,
  rows = 3,
}: FieldBase & { rows?: number }) {
  return (
    <Field
      id={name}
      label={label}
      required={required}
      hint={hint}
      error={form.error(name)}
      className={className}
    >
      {(c) => (
        <textarea {...c} name={name} rows={rows} defaultValue={form.text(name)} className={inputClass} />
      )}
    </Field>
  );
}

/**
 * A choice among options; `empty` is the first option's label, meaning none (or "choose…").
 * `children` adds options after the list (a value no longer offered, kept so the error makes sense).
 */
export function SelectField({
  form,
  name,
  label,
  required,
  hint,
  className,
  options,
  empty,
  children,
}: FieldBase & {
  options: readonly { value: string | number; label: string }[];
  empty?: string;
  children?: ReactNode;
}) {
  return (
    <Field
      id={name}
      label={label}
      required={required}
      hint={hint}
      error={form.error(name)}
      className={className}
    >
      {(c) => (
        <select {...c} name={name} defaultValue={form.text(name)} className={inputClass}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}

/** A searched choice (a person among thousands); `params` go along with the search. */
export function SearchedField({
  form,
  name,
  label,
  required,
  hint,
  className,
  source,
  params,
  placeholder,
}: FieldBase & { source: SearchSource; params?: Record<string, string>; placeholder: string }) {
  return (
    <Field
      id={name}
      label={label}
      required={required}
      hint={hint}
      error={form.error(name)}
      className={className}
    >
      {(c) => (
        <SearchChoiceField
          control={c}
          name={name}
          label={label}
          source={source}
          params={params}
          text={form.text}
          placeholder={placeholder}
        />
      )}
    </Field>
  );
}

/** Records as options: `{ id, name }` → `{ value, label }`. */
export const recordOptions = (records: readonly { id: string; name: string }[]) =>
  records.map((r) => ({ value: r.id, label: r.name }));

/** A group of checkboxes that send the same name once per choice, across both columns. */
export function CheckboxGroup({
  form,
  name,
  legend,
  options,
}: {
  form: Form;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
}) {
  const errorId = `${name}-error`;
  const error = form.error(name);
  const selected = form.list(name);
  return (
    <fieldset id={name} className={WIDE} aria-describedby={error ? errorId : undefined} tabIndex={-1}>
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="h-4 w-4"
            />
            {o.label}
          </label>
        ))}
      </div>
      <p id={errorId} className="text-sm font-medium text-red-700" aria-live="polite">
        {error ?? ""}
      </p>
    </fieldset>
  );
}
