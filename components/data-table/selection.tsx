"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useState, type ReactNode } from "react";

// Row selection for bulk actions. The server renders the rows; these small client pieces keep
// which rows of the page are chosen. A bulk action inside <SelectionBar> is a form that sends
// the chosen ids (`selectedIds` as hidden inputs).

interface Selection {
  ids: string[];
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
}

const SelectionContext = createContext<Selection | null>(null);

function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("row selection outside a <RowSelection>");
  return selection;
}

/** Wraps a table whose rows may be chosen; `ids` are the rows of this page. */
export function RowSelection({ ids, children }: { ids: string[]; children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selection: Selection = {
    ids,
    selected,
    toggle: (id, on) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    setAll: (on) => setSelected(on ? new Set(ids) : new Set()),
  };
  return <SelectionContext.Provider value={selection}>{children}</SelectionContext.Provider>;
}

/** The checkbox in a row; its label names the row for screen readers. */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  const { selected, toggle } = useSelection();
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={selected.has(id)}
      onChange={(event) => toggle(id, event.target.checked)}
      className="h-4 w-4"
    />
  );
}

/** The header checkbox: every row of this page, or none (mixed when some). */
export function SelectAllCheckbox() {
  const t = useTranslations("common.table");
  const { ids, selected, setAll } = useSelection();
  const all = ids.length > 0 && ids.every((id) => selected.has(id));
  const some = !all && ids.some((id) => selected.has(id));
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      checked={all}
      ref={(input) => {
        if (input) input.indeterminate = some;
      }}
      onChange={(event) => setAll(event.target.checked)}
      className="h-4 w-4"
    />
  );
}

/** Says how many rows are chosen and offers the bulk actions (given the chosen ids). */
export function SelectionBar({ children }: { children: (selectedIds: string[]) => ReactNode }) {
  const t = useTranslations("common.table");
  const { ids, selected, setAll } = useSelection();
  const chosen = ids.filter((id) => selected.has(id));
  return (
    <div
      className={`mb-2 flex flex-wrap items-center gap-3 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm ${chosen.length ? "" : "sr-only"}`}
    >
      <p role="status">{chosen.length ? t("selected", { count: chosen.length }) : ""}</p>
      {chosen.length ? (
        <>
          {children(chosen)}
          <button
            type="button"
            onClick={() => setAll(false)}
            className="font-semibold text-brand-700 underline"
          >
            {t("clearSelection")}
          </button>
        </>
      ) : null}
    </div>
  );
}
