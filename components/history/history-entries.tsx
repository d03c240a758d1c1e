"use client";

import { useFormatter } from "next-intl";
import { formatDateTime } from "@/lib/format";
import type { HistoryEntry } from "@/lib/history/queries";
import { ChangeList, type ChangeWords } from "./change-list";

/** What the list shows of an event: all it sends to the browser. */
export type HistoryListEntry = Omit<HistoryEntry, "action">;

/**
 * A record's latest changes, newest first: when, who, what, and the fields changed. A client
 * component so that a record page sends its history as data, not as the rendered tree of every
 * change list (RecordHistory reads the events and the words on the server).
 */
export function HistoryEntries({ entries, words }: { entries: HistoryListEntry[]; words: ChangeWords }) {
  const format = useFormatter();
  return (
    <ol className="divide-y divide-slate-100">
      {entries.map((entry) => (
        <li key={entry.id} className="py-3 first:pt-0">
          <p className="text-sm">
            <time dateTime={entry.occurredAt.toISOString()} className="text-muted">
              {formatDateTime(format, entry.occurredAt)}
            </time>
            {" · "}
            <span className="font-semibold">{entry.actor}</span>
            {" · "}
            <span>{entry.actionLabel}</span>
          </p>
          {entry.changes.length || entry.notes.length ? (
            <div className="mt-2 border-l-2 border-slate-200 pl-3">
              <ChangeList changes={entry.changes} mode={entry.mode} notes={entry.notes} words={words} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
