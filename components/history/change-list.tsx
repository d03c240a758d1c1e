import type { ChangeMode, HistoryChange } from "@/lib/history/describe";

/** The words "antes" and "después", read once per list (history.before / history.after). */
export interface ChangeWords {
  before: string;
  after: string;
}

/**
 * The fields an event changed, as "label: antes X → después Y". The words "antes" and
 * "después" are on screen (not only the strikethrough and the arrow), so the direction of the
 * change reads the same to everyone, screen readers included. A plain (not async) component
 * with its words passed in: a page of the audit log renders fifty of these.
 */
export function ChangeList({
  changes,
  mode,
  words,
  notes = [],
  stacked = false,
}: {
  changes: HistoryChange[];
  mode: ChangeMode;
  words: ChangeWords;
  notes?: string[];
  /** Label above value, for narrow places such as a table cell. */
  stacked?: boolean;
}) {
  const tag = "mr-1 text-xs font-semibold uppercase tracking-wide text-muted";
  return (
    <div className="flex flex-col gap-2">
      {notes.length ? (
        <ul className="flex flex-col gap-1 text-sm text-ink">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {changes.length ? (
        <dl className="flex flex-col gap-1.5 text-sm">
          {changes.map((change) => (
            <div
              key={change.field}
              className={stacked ? "flex flex-col" : "grid gap-x-3 sm:grid-cols-[minmax(9rem,12rem)_1fr]"}
            >
              <dt className="font-semibold text-ink">{change.label}</dt>
              <dd className="min-w-0 break-words">
                {mode === "create" ? (
                  <span>{change.after}</span>
                ) : mode === "delete" ? (
                  <>
                    <span className={tag}>{words.before}</span>
                    <del className="text-slate-700">{change.before}</del>
                  </>
                ) : (
                  <>
                    <span className={tag}>{words.before}</span>
                    <del className="text-slate-700 decoration-red-700">{change.before}</del>
                    <span aria-hidden="true" className="mx-2 text-slate-600">
                      →
                    </span>
                    <span className={tag}>{words.after}</span>
                    <ins className="font-medium text-ink no-underline">{change.after}</ins>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
