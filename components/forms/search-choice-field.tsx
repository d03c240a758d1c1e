"use client";

import { useTranslations } from "next-intl";
import { SearchCombobox, type SearchComboboxControl } from "@/components/filters/search-combobox";
import type { SearchSource } from "@/components/filters/search-field";
import { searchComboboxMessages } from "@/components/filters/search-messages";
import type { SearchChoice } from "@/lib/search/choices";
import { useFieldForm } from "./form-context";
import { BoundField, type FieldBase } from "./record-fields";

/** What the field says when left with a text that names none of its choices, by what it looks up. */
const UNMATCHED = {
  personas: "unmatchedPerson",
  "personas-asignables": "unmatchedPerson",
  "personas-sin-cuenta": "unmatchedPerson",
  "personas-para-delegacion": "unmatchedPerson",
  usuarios: "unmatchedUser",
  redes: "unmatchedNetwork",
  reparticiones: "unmatchedDepartment",
} as const satisfies Record<SearchSource, string>;

/**
 * A record form's searched choice (a person among thousands): the combobox inside a Field,
 * which gives it its label, hint and error. `text` is the form's value reader: the chosen id is
 * `name` and its label `${name}Label` (the record's values carry both; a refused submission
 * sends both back). A typed text is never dropped on leaving the field (SearchCombobox): an
 * exact name is chosen, anything else is shown as unmatched and keeps the form from sending.
 */
function SearchChoiceField({
  control,
  name,
  label,
  source,
  text,
  placeholder,
  params,
  onChoose,
}: {
  control: SearchComboboxControl & { id: string };
  name: string;
  label: string;
  source: SearchSource;
  text: (name: string) => string;
  placeholder: string;
  /** Added to the search's URL (e.g. the edited account, `{ cuenta: id }`). */
  params?: Record<string, string>;
  onChoose?: (choice: SearchChoice | null) => void;
}) {
  const t = useTranslations("common.searchField");
  const id = text(name);
  const shown = text(`${name}Label`);
  const { id: controlId, ...aria } = control;
  const messages = {
    ...searchComboboxMessages((key) => t.raw(key), placeholder),
    unmatched: t(UNMATCHED[source]),
  };
  return (
    <SearchCombobox
      id={controlId}
      name={name}
      label={label}
      endpoint={`/api/buscar/${source}${params ? `?${new URLSearchParams(params)}` : ""}`}
      initial={id && shown ? { id, label: shown, detail: null } : null}
      messages={messages}
      control={aria}
      onChoose={onChoose}
    />
  );
}

/**
 * A searched choice (a person among thousands) bound to its RecordForm like the fields of
 * record-fields.tsx; `params` go along with the search. In a module of its own so that forms
 * without one do not load the combobox.
 */
export function SearchedField({
  source,
  params,
  placeholder,
  ...field
}: FieldBase & { source: SearchSource; params?: Record<string, string>; placeholder: string }) {
  const form = useFieldForm();
  return (
    <BoundField {...field}>
      {(c) => (
        <SearchChoiceField
          control={c}
          name={field.name}
          label={field.label ?? form.label(field.name)}
          source={source}
          params={params}
          text={form.text}
          placeholder={placeholder}
        />
      )}
    </BoundField>
  );
}
