import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";

// A list's filters as a GET form: the URL is the state, so a filtered view can be bookmarked
// or shared, and it works before JavaScript loads. A list composes its bar from these pieces.

/**
 * The bar: the filter fields in a responsive grid, then the checkboxes (`options`) beside
 * "Limpiar filtros" and "Aplicar". The list's current sort and page size travel along (when
 * they are not the defaults), so filtering keeps the order the user chose.
 */
export async function FilterBar({
  action,
  label,
  list,
  columns = "lg:grid-cols-4",
  options,
  keep = ["sort", "dir", "size"],
  clearHref = action,
  children,
}: {
  /** The list's path ("/redes"). */
  action: string;
  /** The form's accessible name ("Filtros del directorio"). */
  label: string;
  list: { params: Record<string, unknown>; defaults: Record<string, unknown> };
  /** The grid's columns from large screens up (a Tailwind class). */
  columns?: string;
  options?: ReactNode;
  /** The list's parameters that filtering keeps, as hidden fields (when not the defaults). */
  keep?: readonly string[];
  /** Where "Limpiar filtros" goes (the list's path unless it keeps a view). */
  clearHref?: string;
  children: ReactNode;
}) {
  const t = await getTranslations("common.actions");
  const kept = keep.filter(
    (key) => list.params[key] !== undefined && String(list.params[key]) !== String(list.defaults[key]),
  );
  return (
    <Form
      action={action}
      aria-label={label}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className={`grid grid-cols-1 gap-4 sm:grid-cols-2 ${columns}`}>{children}</div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-4">{options}</div>
        <div className="flex gap-2">
          {kept.map((key) => (
            <input key={key} type="hidden" name={key} value={String(list.params[key])} />
          ))}
          <a href={clearHref} className={buttonClass("ghost")}>
            {t("clearFilters")}
          </a>
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
        </div>
      </div>
    </Form>
  );
}

/** The free-text search of a list. */
export function SearchFilter({
  label,
  value,
  placeholder,
  name = "q",
  className = "",
}: {
  label: string;
  value?: string;
  placeholder?: string;
  name?: string;
  className?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="search"
        defaultValue={value ?? ""}
        placeholder={placeholder}
        className={inputClass}
      />
    </div>
  );
}

/** A filter that picks one value; the first option ("Todas") means no filter. */
export function SelectFilter({
  name,
  label,
  value,
  allLabel,
  options,
  className = "",
}: {
  name: string;
  label: string;
  value?: string;
  allLabel: string;
  options: readonly { value: string; label: string }[];
  className?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={`${inputClass} min-w-40`}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A yes/no filter ("Incluir archivadas"), sent as `name=1` when checked; `hint` explains it. */
export function CheckFilter({
  name,
  label,
  checked,
  hint,
}: {
  name: string;
  label: string;
  checked: boolean;
  hint?: string;
}) {
  if (!hint)
    return (
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" name={name} value="1" defaultChecked={checked} className="h-4 w-4" />
        {label}
      </label>
    );
  const id = `filter-${name}`;
  return (
    <div className="flex items-start gap-2 text-sm">
      <input
        id={id}
        type="checkbox"
        name={name}
        value="1"
        defaultChecked={checked}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 h-4 w-4"
      />
      <span>
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>{" "}
        <span id={`${id}-hint`} className="text-muted">
          {hint}
        </span>
      </span>
    </div>
  );
}

/** A calendar-day filter (yyyy-mm-dd). */
export function DateFilter({ name, label, value }: { name: string; label: string; value?: string }) {
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input id={id} type="date" name={name} defaultValue={value ?? ""} className={inputClass} />
    </div>
  );
}
