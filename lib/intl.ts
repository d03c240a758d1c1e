/**
 * Shared Intl formatters. Building an Intl.DateTimeFormat costs far more than using one (tens
 * of microseconds: locale and time-zone data are resolved each time), and a calendar month or a
 * list formats hundreds of instants per request — so each distinct locale + options is built
 * once per process and reused. The keys are few: options are fixed in code and time zones are
 * valid IANA names (an invalid one throws before anything is cached).
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
