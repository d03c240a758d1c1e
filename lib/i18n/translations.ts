import { createTranslator } from "next-intl";
import { getLocale, getMessages, getTranslations as requestTranslations } from "next-intl/server";
import { DISPLAY_TIME_ZONE } from "./config";

/** Translators by locale and namespace, for the life of the process. */
const translators = new Map<string, unknown>();

/**
 * `getTranslations` for server components, with the same signature as next-intl's, whose
 * compiled messages last as long as the process instead of one request.
 *
 * next-intl builds a translator per request, and each message with arguments is parsed and
 * compiled (and its locale resolved) again on every request that uses it: about 20 µs a call,
 * several milliseconds on a page with a hundred labelled rows. The catalogs are static and a
 * translator holds no request state (the locale is part of the key; times are always shown in
 * DISPLAY_TIME_ZONE; the catalogs format no dates), so one translator per locale and
 * namespace serves every request.
 */
export const getTranslations = (async (namespace?: string) => {
  const locale = await getLocale();
  const key = `${locale}\u0000${namespace ?? ""}`;
  let translator = translators.get(key);
  if (!translator) {
    const messages = await getMessages();
    translator = createTranslator({ locale, messages, namespace, timeZone: DISPLAY_TIME_ZONE });
    translators.set(key, translator);
  }
  return translator;
}) as typeof requestTranslations;
