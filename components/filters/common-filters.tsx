import { SelectFilter } from "@/components/data-table/filter-bar";
import { recordOptions, valueOptions } from "@/components/forms/options";
import { NETWORK_KINDS } from "@/db/schema/values";
import { getTranslations } from "@/lib/i18n/translations";

// Filters that several lists offer with the same options; each list keeps its own words.

type Words = { label: string; value?: string; allLabel: string };

/** A record offered by name (an area, a department). */
export type Named = { id: string; name: string };

/** The kind of network: regional, global, thematic. */
export async function NetworkKindFilter({ name = "kind", ...words }: Words & { name?: string }) {
  const options = valueOptions(NETWORK_KINDS, await getTranslations("enums.networkKind"));
  return <SelectFilter name={name} {...words} options={options} />;
}

/** The thematic area, among the city's areas. */
export function ThematicAreaFilter({ areas, ...words }: Words & { areas: readonly Named[] }) {
  return <SelectFilter name="area" {...words} options={recordOptions(areas)} />;
}
