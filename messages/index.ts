import type { Locale } from "@/lib/i18n/config";

/**
 * Catalogs are split by area (one JSON file per namespace) so features do not collide;
 * this merges one locale's files into the object next-intl expects.
 */
const catalogs = {
  "es-AR": () => import("./es-AR").then((m) => m.default),
} satisfies Record<Locale, () => Promise<Record<string, unknown>>>;

export function loadMessages(locale: Locale) {
  return catalogs[locale]();
}
