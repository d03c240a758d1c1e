"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
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
  const hintId = `${id}-hint`;
  const [selected, setSelected] = useState<SearchChoice | null>(initial);
  const [text, setText] = useState(initial?.label ?? "");
  const [results, setResults] = useState<SearchChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "error">("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const request = useRef<AbortController | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

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

  const fetchResults = async (query: string) => {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    try {
      const response = await fetch(
        `${endpoint}${endpoint.includes("?") ? "&" : "?"}q=${encodeURIComponent(query.trim())}`,
        {
          signal: controller.signal,
          headers: { accept: "application/json" },
        },
      );
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { results: SearchChoice[] };
      if (controller.signal.aborted) return;
      setResults(body.results);
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
    setSelected(choice);
    setText(choice.label);
    close();
    onChoose?.(choice);
  };

  const clear = () => {
    setSelected(null);
    setText("");
    close();
    setStatus("idle");
    onChoose?.(null);
  };

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
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={[control?.["aria-describedby"], hintId].filter(Boolean).join(" ")}
          aria-invalid={control?.["aria-invalid"]}
          aria-required={control?.["aria-required"]}
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder={messages.placeholder}
          className={`${inputClass} w-full ${selected ? "pr-9" : ""}`}
          onChange={(event) => {
            const value = event.target.value;
            setText(value);
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
            // What the field shows is what the form sends: the choice, or nothing.
            setText(selected?.label ?? "");
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
      </div>
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
