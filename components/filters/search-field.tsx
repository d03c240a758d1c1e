import { getTranslations } from "@/lib/i18n/translations";
import type { SearchChoice } from "@/lib/search/choices";
import { SearchCombobox } from "./search-combobox";
import { searchComboboxMessages } from "./search-messages";

/** What a searched field looks up: each is a route handler under /api/buscar/. */
export type SearchSource =
  | "personas"
  | "personas-asignables"
  | "personas-sin-cuenta"
  | "personas-para-delegacion"
  | "usuarios"
  | "redes"
  | "reparticiones";

/**
 * A searched filter field of a server-rendered GET form: the combobox with its endpoint and its
 * texts (common.searchField, raw: the field fills in {count} and {label}). `placeholder` says
 * what no choice means ("Todas las redes"); `initial` is the choice in the URL, read by id.
 */
export async function SearchField({
  id,
  name,
  label,
  source,
  initial,
  placeholder,
}: {
  id: string;
  name: string;
  label: string;
  source: SearchSource;
  initial: SearchChoice | null;
  placeholder: string;
}) {
  const t = await getTranslations("common.searchField");
  const messages = searchComboboxMessages((key) => t.raw(key), placeholder);
  return (
    <SearchCombobox
      id={id}
      name={name}
      label={label}
      endpoint={`/api/buscar/${source}`}
      initial={initial}
      messages={messages}
    />
  );
}
