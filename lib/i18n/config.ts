/** Locales with a message catalog. es-AR is the default; pt-BR and en can follow. */
export const LOCALES = ["es-AR"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "es-AR";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Times are shown in Buenos Aires time unless a record carries its own zone. */
export const DISPLAY_TIME_ZONE = "America/Argentina/Buenos_Aires";

export function isLocale(value: string | undefined): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}
