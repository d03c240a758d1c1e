import type { AbstractIntlMessages } from "next-intl";

/**
 * Catalogs only server components read: they are not sent to the browser. Every page's HTML
 * carries the messages handed to client components, so the whole catalog would cost each page
 * tens of kilobytes for words the browser never shows by itself. A namespace a client
 * component starts to use must leave this list (its texts would show as keys otherwise —
 * the browser suite reads those texts).
 */
export const SERVER_ONLY_NAMESPACES = ["history", "panel", "coverage", "export", "calendar"] as const;

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const [namespace, value] of Object.entries(messages)) {
    if (!(SERVER_ONLY_NAMESPACES as readonly string[]).includes(namespace)) out[namespace] = value;
  }
  return out;
}
