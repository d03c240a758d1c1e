import type { SearchComboboxMessages } from "./search-combobox";

const KEYS = ["hint", "loading", "none", "one", "many", "more", "error", "clear"] as const;

/**
 * The searched field's texts from the catalog's common.searchField, read raw (the field fills
 * in {count} and {label} itself), with the placeholder that says what no choice means. Used on
 * the server (filters) and in the browser (record forms).
 */
export function searchComboboxMessages(
  raw: (key: (typeof KEYS)[number]) => unknown,
  placeholder: string,
): SearchComboboxMessages {
  const messages = { placeholder } as SearchComboboxMessages;
  for (const key of KEYS) messages[key] = String(raw(key));
  return messages;
}
