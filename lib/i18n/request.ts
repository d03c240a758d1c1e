import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, DISPLAY_TIME_ZONE, isLocale, LOCALE_COOKIE } from "./config";
import { formats } from "./formats";
import { loadMessages } from "@/messages";

// No locale in the URL: the locale comes from a cookie (set from the user's preference),
// falling back to Spanish (Argentina).
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: DISPLAY_TIME_ZONE,
    formats,
    now: new Date(),
  };
});
