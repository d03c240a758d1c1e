"use client";

import { useEffect, useRef, useState } from "react";
import { ChangeList, type ChangeWords } from "@/components/history/change-list";
import type { ChangeMode, HistoryChange } from "@/lib/history/describe";

/**
 * An audit event's changes, rendered when the reader opens them. A page of the log has fifty
 * events and most are never opened: the changes travel as data with the page and become markup
 * only on "Ver detalle", instead of fifty change lists rendered, sent and parsed on every page.
 */
export function EventDetails({
  summary,
  context,
  changes,
  mode,
  notes,
  words,
}: {
  summary: string;
  /** Which event, for screen readers (the summary's text is the same on every row). */
  context: string;
  changes: HistoryChange[];
  mode: ChangeMode;
  notes: string[];
  words: ChangeWords;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Opened before the page's scripts ran: the toggle event came before its listener.
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  return (
    <details ref={ref} className="md:min-w-80" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold text-brand-700">
        {summary}
        <span className="sr-only"> ({context})</span>
      </summary>
      {open ? (
        <div className="mt-2">
          <ChangeList changes={changes} mode={mode} notes={notes} words={words} stacked />
        </div>
      ) : null}
    </details>
  );
}
