import { useTranslations } from "next-intl";

/**
 * Translates a field-error key from lib/thematic-areas: the area's own messages first
 * (a duplicate area name, a merge refused…), then the shared validation catalog.
 */
export function useAreaMessage() {
  const tAreas = useTranslations("thematicAreas.validation");
  const tv = useTranslations("validation");
  return (key: string) => (tAreas.has(key) ? tAreas(key) : tv.has(key) ? tv(key) : tv("invalid"));
}
