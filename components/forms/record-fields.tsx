"use client";

import { useTranslations } from "next-intl";
import { useState, type ComponentProps, type HTMLInputTypeAttribute, type ReactNode } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { CharCounter, COUNTED_FROM } from "./char-counter";
import { useFieldForm } from "./form-context";

/**
 * The fields record forms repeat, bound to the form's values, labels and errors: the field's
 * id is the input's name (after the form's prefix, if any), its label the form's label of that
 * name, its value after an error is what the user typed.
 *
 * The form is the `RecordForm` they stand in:
 *
 *   <TextField name="title" required maxLength={200} />
 *
 * `maxLength` is the schema's limit, shown — not enforced by the browser, which would cut a
 * pasted text without a word: a counter appears near the limit and saving says it.
 */
export interface FieldBase {
  name: string;
  /** Defaults to the form's label of `name`. */
  label?: string;
  required?: boolean;
  hint?: string;
  /** Layout of the field in its section (e.g. "sm:col-span-2"). */
  className?: string;
  /** Across both columns of its section. */
  wide?: boolean;
}

const WIDE = "md:col-span-2";

/** The Field of a form's value: its id is the name (prefixed), its label and error the form's. */
export function BoundField({
  name,
  label,
  wide,
  className = wide ? WIDE : undefined,
  children,
  ...field
}: FieldBase & { children: ComponentProps<typeof Field>["children"] }) {
  const form = useFieldForm();
  return (
    <Field
      id={form.id(name)}
      label={label ?? form.label(name)}
      error={form.error(name)}
      className={className}
      {...field}
    >
      {children}
    </Field>
  );
}

/** The length of a text field's value as the user types, for its counter. */
function useLength(initial: string) {
  const [length, setLength] = useState(initial.length);
  return {
    length,
    onInput: (event: { currentTarget: { value: string } }) => setLength(event.currentTarget.value.length),
  };
}

/** The counter of a field with a limit worth counting. */
function Counter({ id, length, max }: { id: string; length: number; max?: number }) {
  return max !== undefined && max >= COUNTED_FROM ? (
    <CharCounter id={`${id}-count`} count={length} max={max} />
  ) : null;
}

export function TextField({
  type,
  inputMode,
  maxLength,
  autoComplete,
  spellCheck,
  max,
  width,
  ...field
}: FieldBase & {
  type?: HTMLInputTypeAttribute;
  inputMode?: "text" | "url" | "numeric" | "decimal";
  maxLength?: number;
  autoComplete?: string;
  spellCheck?: boolean;
  /** The latest value (of a date). */
  max?: string;
  /** Extra classes of the input (a narrower width). */
  width?: string;
}) {
  const form = useFieldForm();
  const { length, onInput } = useLength(form.text(field.name));
  return (
    <BoundField {...field}>
      {(c) => (
        <>
          <input
            {...c}
            name={field.name}
            type={type}
            inputMode={inputMode}
            defaultValue={form.text(field.name)}
            onInput={onInput}
            autoComplete={autoComplete}
            spellCheck={spellCheck}
            max={max}
            className={width ? `${inputClass} ${width}` : inputClass}
          />
          <Counter id={c.id} length={length} max={maxLength} />
        </>
      )}
    </BoundField>
  );
}

/** A calendar date (yyyy-mm-dd), in a narrow input. */
export function DateField(props: FieldBase) {
  return <TextField {...props} type="date" width="max-w-52" />;
}

/** Several lines of text, across both columns. */
export function TextAreaField({
  className = WIDE,
  rows = 3,
  maxLength,
  ...field
}: FieldBase & { rows?: number; maxLength?: number }) {
  const form = useFieldForm();
  const { length, onInput } = useLength(form.text(field.name));
  return (
    <BoundField className={className} {...field}>
      {(c) => (
        <>
          <textarea
            {...c}
            name={field.name}
            rows={rows}
            defaultValue={form.text(field.name)}
            onInput={onInput}
            className={inputClass}
          />
          <Counter id={c.id} length={length} max={maxLength} />
        </>
      )}
    </BoundField>
  );
}

/**
 * A choice among options; `empty` is the first option's label, meaning none (or "choose…").
 * `children` adds options after the list (a value no longer offered, kept so the error makes sense).
 * With `value` and `onChange` the choice is the caller's (a list that follows it); `busy` while
 * its options are being read. Give it a `key` that changes with its options when they are
 * replaced under an uncontrolled choice, so that the new list starts from the value again.
 */
export function SelectField({
  options,
  empty,
  children,
  value,
  onChange,
  busy,
  width,
  ...field
}: FieldBase & {
  options: readonly { value: string | number; label: string }[];
  empty?: string;
  children?: ReactNode;
  value?: string;
  onChange?: (value: string) => void;
  busy?: boolean;
  /** Extra classes of the select (a narrower width). */
  width?: string;
}) {
  const form = useFieldForm();
  const chosen = value === undefined ? { defaultValue: form.text(field.name) } : { value };
  return (
    <BoundField {...field}>
      {(c) => (
        <select
          {...c}
          name={field.name}
          {...chosen}
          onChange={onChange && ((e) => onChange(e.target.value))}
          aria-busy={busy || undefined}
          className={width ? `${inputClass} ${width}` : inputClass}
        >
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </BoundField>
  );
}

/** A group of checkboxes that send the same name once per choice, across both columns. */
export function CheckboxGroup({
  name,
  legend,
  options,
}: {
  name: string;
  /** Defaults to the form's label of `name`. */
  legend?: string;
  options: readonly { value: string; label: string }[];
}) {
  const form = useFieldForm();
  const errorId = `${name}-error`;
  const error = form.error(name);
  const selected = form.list(name);
  return (
    <fieldset id={name} className={WIDE} aria-describedby={error ? errorId : undefined} tabIndex={-1}>
      <legend className="text-sm font-semibold">{legend ?? form.label(name)}</legend>
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

/**
 * A value list's options labelled from the `enums` catalog:
 * `enumOptions("seatKind", SEAT_KINDS)` → `[{ value: "regular", label: "Titular" }, …]`.
 */
export function useEnumOptions() {
  const t = useTranslations("enums");
  return (list: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${list}.${value}`) }));
}
