"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveHiddenColumnsAction } from "@/app/_lib/list-preferences-action";

/**
 * "Columnas": which columns of a list to show. The choice is saved for the user and the list
 * and the page is rendered again without (or with) the column.
 */
export function ColumnMenu({
  listKey,
  columns,
  hidden: savedHidden,
}: {
  listKey: string;
  columns: { id: string; label: string }[];
  hidden: string[];
}) {
  const t = useTranslations("common.table");
  const router = useRouter();
  const [hidden, setHidden] = useState(savedHidden);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  // The checkboxes exist only while the menu is open: closed, their names ("Tipo") would
  // stand beside the filter fields of the same name.
  const [open, setOpen] = useState(false);

  function toggle(id: string, visible: boolean) {
    const next = visible ? hidden.filter((h) => h !== id) : [...hidden, id];
    setHidden(next);
    startTransition(async () => {
      const result = await saveHiddenColumnsAction(listKey, next);
      setFailed(!result.ok);
      if (result.ok) router.refresh();
    });
  }

  return (
    <details className="relative" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-ink hover:bg-slate-50">
        {t("columns")}
      </summary>
      {open ? (
        <fieldset
          className="absolute right-0 z-20 mt-1 w-64 rounded-md border border-slate-200 bg-white p-3 shadow-lg"
          aria-busy={pending}
        >
          <legend className="sr-only">{t("columnsLegend")}</legend>
          <ul className="flex flex-col gap-1">
            {columns.map((column) => (
              <li key={column.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={!hidden.includes(column.id)}
                    onChange={(event) => toggle(column.id, event.target.checked)}
                    className="h-4 w-4"
                  />
                  {column.label}
                </label>
              </li>
            ))}
          </ul>
          <p role="status" className="mt-2 text-xs text-muted">
            {failed ? t("columnsNotSaved") : pending ? t("columnsSaving") : ""}
          </p>
        </fieldset>
      ) : null}
    </details>
  );
}
