import { getTranslations } from "next-intl/server";
import type { SearchComboboxMessages } from "./search-combobox";

/** The searched field's texts (common.searchField), raw: the field fills in {count} and {label}. */
export async function searchComboboxMessages(placeholder: string): Promise<SearchComboboxMessages> {
  const t = await getTranslations("common.searchField");
  const raw = (key: keyof Omit<SearchComboboxMessages, "placeholder">) => String(t.raw(key));
  return {
    placeholder,
    hint: raw("hint"),
    loading: raw("loading"),
    none: raw("none"),
    one: raw("one"),
    many: raw("many"),
    more: raw("more"),
    error: raw("error"),
    clear: raw("clear"),
  };
}
