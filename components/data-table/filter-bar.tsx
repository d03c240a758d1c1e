import type { ComponentProps, ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { PhoneDisclosure } from "@/components/ui/phone-disclosure";
import { SearchField } from "@/components/filters/search-field";
import type { SearchChoice } from "@/lib/search/choices";
import type { ListState } from "./data-table";
import { getTranslations } from "@/lib/i18n/translations";

// A list's filters as a GET form: the URL is the state, so a filtered view can be bookmarked
// or shared, and it works before JavaScript loads. A list composes its bar from these pieces.

/**
 * The bar: the filter fields in a responsive grid, then the checkboxes (`options`) beside
 * "Limpiar filtros" and "Aplicar". The list's current sort and page size travel along (when
 * they are not the defaults), so filtering keeps the order the user chose. On a phone the bar
 * waits behind a "Filtros" button, open when a filter is applied, so the first screen shows the list.
 */
export async function FilterBar({
  label,
  list,
  columns = "lg:grid-cols-4",
  options,
  keep = ["sort", "dir", "size"],
  clearHref = list.pathname,
  before,
  children,
}: {
  /** The form's accessible name ("Filtros del directorio"). */
  label: string;
  /** The list's path ("/redes", where the form goes), its parameters and their defaults. */
  list: ListState;
  /** The grid's columns from large screens up (a Tailwind class). */
  columns?: string;
  options?: ReactNode;
  /** The list's parameters that filtering keeps, as hidden fields (when not the defaults). */
  keep?: readonly string[];
  /** Where "Limpiar filtros" goes (the list's path unless it keeps a view). */
  clearHref?: string;
  /** Above the fields (a filter the bar does not edit, with its way out). */
  before?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations("common.actions");
  const tTable = await getTranslations("common.table");
  const differs = (key: string) =>
    list.params[key] !== undefined && String(list.params[key]) !== String(list.defaults[key]);
  const kept = keep.filter(differs);
  // A list page's view says whether a filter narrows it; otherwise, any parameter set beyond the
  // ones the bar keeps.
  const filtering =
    "filtered" in list
      ? Boolean(list.filtered)
      : Object.keys(list.params).some(
          (key) =>
            key !== "page" &&
            !keep.includes(key) &&
            differs(key) &&
            !["", false].includes(list.params[key] as never),
        );
  return (
    <PhoneDisclosure id="list-filters" label={tTable("filters")} initiallyOpen={filtering}>
      <Form
        // Remounted when the URL changes, so the fields show the filters in force after a
        // client-side navigation (a sort link).
        key={JSON.stringify(list.params)}
        action={list.pathname}
        aria-label={label}
        className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        {before}
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
    </PhoneDisclosure>
  );
}

/** A filter's label above its control. */
function Labelled({
  id,
  label,
  className = "",
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The free-text search of a list (`?q=`), in the list's words: `searchLabel`, `searchPlaceholder`. */
export function SearchFilter({
  words,
  value,
}: {
  words: (key: "searchLabel" | "searchPlaceholder") => string;
  value?: string;
}) {
  return (
    <Labelled id="filter-q" label={words("searchLabel")}>
      <input
        id="filter-q"
        name="q"
        type="search"
        defaultValue={value ?? ""}
        placeholder={words("searchPlaceholder")}
        className={inputClass}
      />
    </Labelled>
  );
}

type Option = { value: string; label: string };

/**
 * A filter that picks one value; the first option (`allLabel`, "Todas") means no filter — without
 * it the first option is the default view. `groups` adds options under headings (optgroups);
 * `hint` explains the field (e.g. why it is `disabled`).
 */
export function SelectFilter({
  name,
  id = `filter-${name}`,
  label,
  value,
  allLabel,
  options = [],
  groups = [],
  hint,
  disabled,
  className = "",
}: {
  name: string;
  id?: string;
  label: string;
  value?: string;
  allLabel?: string;
  options?: readonly Option[];
  groups?: readonly { label: string; options: readonly Option[] }[];
  hint?: string;
  disabled?: boolean;
  className?: string;
}) {
  const list = (items: readonly Option[]) =>
    items.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <Labelled id={id} label={label} className={className}>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`${inputClass} min-w-40`}
      >
        {allLabel === undefined ? null : <option value="">{allLabel}</option>}
        {list(options)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {list(group.options)}
          </optgroup>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </Labelled>
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

/** A calendar-day filter (yyyy-mm-dd); `describedBy` is the id of a hint shared with others. */
export function DateFilter({
  name,
  id = `filter-${name}`,
  label,
  value,
  describedBy,
}: {
  name: string;
  id?: string;
  label: string;
  value?: string;
  describedBy?: string;
}) {
  return (
    <Labelled id={id} label={label}>
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={value ?? ""}
        aria-describedby={describedBy}
        className={inputClass}
      />
    </Labelled>
  );
}

/**
 * A searched filter (`name`, its options from `/api/buscar/<source>`): only the chosen record is
 * rendered, by id. In the list's words: its label (`filterNetwork`) and the choice of none
 * (`allNetworks`).
 */
function searchedFilter<Label extends string, None extends string>(
  name: string,
  source: ComponentProps<typeof SearchField>["source"],
  label: Label,
  none: None,
) {
  return function SearchedFilter({
    words,
    initial,
  }: {
    words: (key: Label | None) => string;
    initial: SearchChoice | null;
  }) {
    return (
      <SearchField
        id={`filter-${name}`}
        name={name}
        source={source}
        label={words(label)}
        placeholder={words(none)}
        initial={initial}
      />
    );
  };
}

/** The network filter: hundreds of networks. */
export const NetworkFilter = searchedFilter("network", "redes", "filterNetwork", "allNetworks");
/** The department filter: two hundred departments. */
export const DepartmentFilter = searchedFilter(
  "department",
  "reparticiones",
  "filterDepartment",
  "allDepartments",
);
