"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { inputClass } from "@/components/ui/field";
import type { SearchChoice } from "@/lib/search/choices";

/** The texts of the field, from the page's catalog ("{count}" is replaced by the number). */
export interface SearchComboboxMessages {
  /** Shown in the empty field: what no choice means ("Todas las personas"). */
  placeholder: string;
  /** How to use it, read with the field. */
  hint: string;
  loading: string;
  none: string;
  one: string;
  many: string;
  /** Added when the answer reached the limit: there may be more, keep typing. */
  more: string;
  error: string;
  /** The button that removes the choice ("Quitar {label}"). */
  clear: string;
  /**
   * Shown next to the field when it is left with a text that names no single choice ("Elegí
   * una persona de la lista."). Given (a record form), the text stays as typed and the form is
   * not sent until it is resolved; absent (a filter), the field goes back to its choice.
   */
  unmatched?: string;
}

/** A name as compared with what was typed: case, accents and extra spaces aside. */
function comparableName(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("es").trim().replace(/\s+/g, " ");
}

const DEBOUNCE_MS = 250;
const LIMIT = 20;

/** What a record form's Field hands its control: the combobox then leaves the label to it. */
export interface SearchComboboxControl {
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

/**
 * A searched field (the ARIA 1.2 combobox pattern with a listbox popup): the text box
 * asks `endpoint?q=` for at most 20 matches as the user types (debounced, earlier answers
 * dropped), Arrow keys move through them, Enter chooses, Escape closes the list (or, closed,
 * empties the field). The chosen id goes in a hidden input called `name`, so the surrounding
 * GET form puts exactly the same URL parameter as a <select> did, also before JavaScript
 * loads (the server renders the current choice). A status region says how many matches.
 * In a record form (`control` from its Field) the chosen label also goes in `${name}Label`, so
 * the form shows the same choice again after the server refuses the submission.
 *
 * A text left in the field without choosing (typed in full, then Tab) is never thrown away: if
 * exactly one match has that very name (case and accents aside) it is chosen; otherwise, with
 * `messages.unmatched`, the text stays, the message shows next to the field (aria-invalid,
 * aria-describedby) and the form refuses to send until the field is resolved. Sending while
 * the text is still being resolved waits for it and sends once it names one choice.
 */
export function SearchCombobox({
  id,
  name,
  label,
  endpoint,
  initial,
  messages,
  control,
  onChoose,
}: {
  id: string;
  name: string;
  label: string;
  endpoint: string;
  initial: SearchChoice | null;
  messages: SearchComboboxMessages;
  control?: SearchComboboxControl;
  /** Told of every change of the choice (null: emptied). */
  onChoose?: (choice: SearchChoice | null) => void;
}) {
  const uid = useId();
  const listId = `${id}-list${uid.replace(/:/g, "")}`;
  // Not `${id}-hint`: a record form's Field already gives its own hint that id.
  const hintId = `${id}-search-hint`;
  const unmatchedId = `${id}-unmatched`;
  const [selected, setSelected] = useState<SearchChoice | null>(initial);
  const [text, setText] = useState(initial?.label ?? "");
  const [results, setResults] = useState<SearchChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "error">("idle");
  const [unmatched, setUnmatched] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const request = useRef<AbortController | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // The latest state, for the form's submit listener and the resolution of a typed text, which
  // outlive the render they were made in. `answered` is the query the shown results answer.
  const latest = useRef({ selected, text, results, answered: null as string | null });
  useEffect(() => {
    Object.assign(latest.current, { selected, text, results });
  }, [selected, text, results]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const search = (query: string, delay: number) => {
    if (timer.current) clearTimeout(timer.current);
    setStatus("loading");
    timer.current = setTimeout(() => void fetchResults(query), delay);
  };

  const requestChoices = async (query: string, signal?: AbortSignal): Promise<SearchChoice[]> => {
    const response = await fetch(
      `${endpoint}${endpoint.includes("?") ? "&" : "?"}q=${encodeURIComponent(query.trim())}`,
      { signal, headers: { accept: "application/json" } },
    );
    if (!response.ok) throw new Error(String(response.status));
    return ((await response.json()) as { results: SearchChoice[] }).results;
  };

  const fetchResults = async (query: string) => {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    try {
      const found = await requestChoices(query, controller.signal);
      if (controller.signal.aborted) return;
      Object.assign(latest.current, { answered: query.trim(), results: found });
      setResults(found);
      setActive(-1);
      setStatus("done");
    } catch {
      if (controller.signal.aborted) return;
      setResults([]);
      setActive(-1);
      setStatus("error");
    }
  };

  const openList = () => {
    setOpen(true);
    if (status === "idle" || status === "error") search(selected ? "" : text, 0);
  };

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (choice: SearchChoice) => {
    latest.current.selected = choice;
    latest.current.text = choice.label;
    setSelected(choice);
    setText(choice.label);
    setUnmatched(false);
    close();
    onChoose?.(choice);
  };

  const clear = () => {
    setSelected(null);
    setText("");
    setUnmatched(false);
    close();
    setStatus("idle");
    onChoose?.(null);
  };

  /**
   * Resolves a text left without a choice: the one match named exactly so is chosen (and
   * returned); otherwise the text is unmatched (null). The shown results serve when they
   * answer this very text; else the endpoint is asked. A text changed meanwhile is left alone.
   */
  const resolveTyped = async (): Promise<SearchChoice | null> => {
    const typed = latest.current.text;
    if (latest.current.selected || !typed.trim()) return latest.current.selected;
    let found: SearchChoice[];
    try {
      found = latest.current.answered === typed.trim() ? latest.current.results : await requestChoices(typed);
    } catch {
      found = [];
    }
    if (latest.current.text !== typed || latest.current.selected) return latest.current.selected;
    const exact = found.filter((choice) => comparableName(choice.label) === comparableName(typed));
    if (exact.length === 1) {
      flushSync(() => choose(exact[0]!));
      return exact[0]!;
    }
    if (messages.unmatched) setUnmatched(true);
    else setText(""); // a filter: back to no choice, as before it was typed
    return null;
  };

  // A record form is not sent with a text that names no choice: the form would otherwise get
  // an empty value, and a required field's "obligatorio" for a name that was typed in full.
  // The listener on the form runs before React's (on the root), so stopping the event here
  // keeps the form's validation and its action from running at all.
  const guardsForm = Boolean(messages.unmatched);
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!guardsForm || !form) return;
    const onSubmit = (event: SubmitEvent) => {
      if (latest.current.selected || !latest.current.text.trim()) return;
      event.preventDefault();
      event.stopPropagation();
      const submitter = event.submitter;
      void resolveTyped().then((choice) => {
        if (choice) form.requestSubmit(submitter?.getAttribute("type") === "submit" ? submitter : null);
        else inputRef.current?.focus();
      });
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
    // resolveTyped reads everything through `latest`: the listener need not change with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [guardsForm]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) openList();
        else if (results.length) setActive((i) => (i + 1) % results.length);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) openList();
        else if (results.length) setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
        break;
      case "Enter":
        if (open && active >= 0 && results[active]) {
          event.preventDefault();
          choose(results[active]);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          close();
        } else if (text || selected) {
          event.preventDefault();
          clear();
        }
        break;
    }
  };

  const statusText =
    !open || status === "idle"
      ? ""
      : status === "loading"
        ? messages.loading
        : status === "error"
          ? messages.error
          : results.length === 0
            ? messages.none
            : `${(results.length === 1 ? messages.one : messages.many).replace("{count}", String(results.length))}${
                results.length >= LIMIT ? ` ${messages.more}` : ""
              }`;

  return (
    <div className="flex flex-col gap-1">
      {control ? null : (
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
      )}
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={[control?.["aria-describedby"], unmatched ? unmatchedId : null, hintId]
            .filter(Boolean)
            .join(" ")}
          aria-invalid={control?.["aria-invalid"] ?? (unmatched ? true : undefined)}
          aria-required={control?.["aria-required"]}
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder={messages.placeholder}
          className={`${inputClass} w-full ${selected ? "pr-9" : ""}`}
          onChange={(event) => {
            const value = event.target.value;
            setText(value);
            setUnmatched(false);
            if (selected && value !== selected.label) {
              setSelected(null);
              onChoose?.(null);
            }
            setOpen(true);
            search(value, DEBOUNCE_MS);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            close();
            // A text without a choice is resolved, never silently dropped (resolveTyped).
            if (!selected && text.trim()) void resolveTyped();
            else setText(selected?.label ?? "");
          }}
        />
        {selected ? (
          <button
            type="button"
            onClick={clear}
            aria-label={messages.clear.replace("{label}", selected.label)}
            className="absolute inset-y-0 right-0 flex w-9 items-center justify-center rounded-r-md text-muted hover:text-ink"
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 fill-current">
              <path d="M4.28 3.22a.75.75 0 0 0-1.06 1.06L6.94 8l-3.72 3.72a.75.75 0 1 0 1.06 1.06L8 9.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L9.06 8l3.72-3.72a.75.75 0 0 0-1.06-1.06L8 6.94 4.28 3.22Z" />
            </svg>
          </button>
        ) : null}
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={label}
          hidden={!open || results.length === 0}
          className="absolute left-0 top-full z-20 mt-1 max-h-72 w-max min-w-full max-w-[min(28rem,90vw)] overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {results.map((choice, index) => (
            <li
              key={choice.id}
              id={`${listId}-${index}`}
              data-index={index}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-1.5 text-sm ${
                index === active ? "bg-sky-100 text-ink" : "text-ink hover:bg-slate-100"
              }`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(choice)}
            >
              <span className="font-medium">{choice.label}</span>
              {choice.detail ? <span className="ml-2 text-xs text-muted">{choice.detail}</span> : null}
            </li>
          ))}
        </ul>
        {open && status === "done" && results.length === 0 && text.trim() ? (
          // Seen as well as heard: the status region below announces the same words.
          <p
            aria-hidden="true"
            className="absolute left-0 top-full z-20 mt-1 w-max min-w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-muted shadow-lg"
          >
            {messages.none}
          </p>
        ) : null}
      </div>
      {unmatched && messages.unmatched ? (
        <p id={unmatchedId} className="text-sm font-medium text-red-700">
          {messages.unmatched}
        </p>
      ) : null}
      <p id={hintId} className="sr-only">
        {messages.hint}
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {statusText}
      </p>
      <input type="hidden" name={name} value={selected?.id ?? ""} />
      {control ? <input type="hidden" name={`${name}Label`} value={selected?.label ?? ""} /> : null}
    </div>
  );
}
