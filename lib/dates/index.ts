// Dates and times, one module (Intl only, no library): calendar dates as "yyyy-mm-dd" strings,
// months as "yyyy-mm", instants as Date, and wall-clock time in an IANA zone ↔ instant.
// Display goes through next-intl's formatter (lib/format.ts, lib/i18n/formats.ts), not here.
export * from "./calendar-date";
export * from "./month";
export * from "./zoned";
