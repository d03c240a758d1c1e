"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import type { FieldErrors } from "@/lib/result";
import { formDataToObject, toFieldErrors } from "@/lib/validation/form-data";
import { messageOf } from "@/lib/validation/message-key";
import { initialFormState, type FormAction } from "./form-state";

/** A form's values as the browser sends them: one string per field, a list for multi-value fields. */
export type FormValues = Record<string, string | string[]>;

/**
 * Where a form's schema comes from: `() => import("@/lib/networks/schema").then((m) => m.networkInputSchema)`.
 * The schemas and zod (about 30 kB gzip) are a chunk of their own, fetched as the form appears
 * rather than before the page can be used; a submit that comes first waits for it.
 */
export type SchemaLoader = () => Promise<z.ZodType>;

/**
 * The behaviour every record form shares: the server action's state, validation in the
 * browser with the server's own zod schema (loaded after the page) before sending, the values to show (what the user
 * typed after an error, else the record's), field error messages, and focus moved to the
 * feedback area after a failed submit.
 */
export function useRecordForm({
  action,
  schema,
  initialValues,
  arrayFields = [],
  validationNamespace = "validation",
  labels = {},
  idPrefix,
}: {
  action: FormAction;
  schema: SchemaLoader;
  initialValues: FormValues;
  arrayFields?: readonly string[];
  /** A domain catalog of field messages (e.g. "seats.validation"), looked up before the shared one. */
  validationNamespace?: string;
  /**
   * Field names → labels: the fields show them and the list of errors to fix names them. A
   * form-level key (`_form: ""`) may stand among them.
   */
  labels?: Record<string, string>;
  /** Set when several copies of the form share a page: the fields' ids carry it (`<prefix>-<name>`). */
  idPrefix?: string;
}) {
  const tv = useTranslations("validation");
  const tDomain = useTranslations(validationNamespace);
  const message = (key: string) => {
    const { name, values } = messageOf(key);
    return tDomain.has(name) ? tDomain(name, values) : tv(name as "required", values);
  };
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  // The check as the user goes (see `liveCheck`), valid until the next submit's answer.
  const [live, setLive] = useState<{ errors: FieldErrors; submission: number } | null>(null);
  const touched = useRef(new Set<string>());
  const feedbackRef = useRef<HTMLDivElement>(null);
  const values = state.values ?? initialValues;
  const errors: FieldErrors = clientErrors ?? state.fieldErrors ?? {};
  const fieldErrors = live?.submission === state.submission ? live.errors : errors;

  useEffect(() => {
    if (state.code) feedbackRef.current?.focus();
  }, [state.submission, state.code]);

  // The schema, once loaded; asked for as soon as the form is on screen.
  const loaded = useRef<z.ZodType | null>(null);
  const loading = useRef<Promise<z.ZodType> | null>(null);
  const loadSchema = () =>
    (loading.current ??= schema().then((loadedSchema) => (loaded.current = loadedSchema)));
  useEffect(() => {
    void loadSchema();
    // Once per form: a form's loader does not change while it is on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** The browser-side check with a loaded schema; false (errors shown, focus moved) when invalid. */
  function checkWith(validator: z.ZodType, formData: FormData): boolean {
    const parsed = validator.safeParse(formDataToObject(formData, arrayFields));
    if (parsed.success) {
      setClientErrors(null);
      return true;
    }
    setLive(null);
    setClientErrors(toFieldErrors(parsed.error));
    requestAnimationFrame(() => feedbackRef.current?.focus());
    return false;
  }

  /** Checks what the form would send with the server's schema; false (errors shown, focus moved) when invalid. */
  async function check(formData: FormData): Promise<boolean> {
    return checkWith(await loadSchema(), formData);
  }

  /**
   * After a field's value is committed (its "change": a date picked or typed in full, a text
   * field left), the whole form is checked again so that a rule across fields (an end before
   * its start) shows next to its field at once. Before the first submit, errors show only on
   * fields the user changed or that hold a value: no "required" on fields not reached yet.
   */
  function liveCheck(formElement: HTMLFormElement, changed: string) {
    touched.current.add(changed);
    const validator = loaded.current;
    if (!validator) {
      void loadSchema().then(() => liveCheck(formElement, changed));
      return;
    }
    const data = formDataToObject(new FormData(formElement), arrayFields);
    const parsed = validator.safeParse(data);
    const all = parsed.success ? {} : toFieldErrors(parsed.error);
    const submitted = clientErrors !== null || state.fieldErrors !== undefined;
    const shown = Object.entries(all).filter(
      ([name]) => submitted || touched.current.has(name) || hasValue(data[name]),
    );
    setLive({ errors: Object.fromEntries(shown), submission: state.submission });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const validator = loaded.current;
    if (validator) {
      if (!checkWith(validator, new FormData(event.currentTarget))) event.preventDefault();
      return;
    }
    // Submitted before the schema arrived: checked when it does, then sent as the form would.
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    void check(formData).then((valid) => {
      if (valid) startTransition(() => formAction(formData));
    });
  }

  return {
    state,
    formAction,
    pending,
    onSubmit,
    check,
    liveCheck,
    feedbackRef,
    /** The values the form was given (the record as the page read it). */
    initialValues,
    arrayFields,
    errors,
    /** True when the browser-side check found errors (a server conflict is then stale). */
    clientInvalid: clientErrors !== null,
    text: (name: string) => (typeof values[name] === "string" ? (values[name] as string) : ""),
    list: (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []),
    labels,
    idPrefix,
    /** A field's label (from `labels`). */
    label: (name: string) => labels[name] ?? name,
    /** A field's element id: its name, after the prefix when the page holds several copies. */
    id: (name: string) => (idPrefix ? `${idPrefix}-${name}` : name),
    /** A field error key in words. */
    message,
    error: (name: string) => {
      const key = fieldErrors[name]?.[0];
      return key ? message(key) : undefined;
    },
  };
}

const hasValue = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.length > 0 : (value ?? "").trim() !== "";

/**
 * The labels of fields named as their messages: `fieldLabels(t, ["title", "notes"])` is
 * `{ title: t("title"), notes: t("notes") }`.
 */
export function fieldLabels(t: (key: string) => string, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, t(name)]));
}
