import "server-only";
import type { Metadata } from "next";

/**
 * A page's `generateMetadata` whose title is one message of the page's catalog:
 * `export const generateMetadata = titleFrom(() => getTranslations("departments.form"), "createTitle")`.
 */
export const titleFrom =
  <K extends string>(words: () => Promise<(key: NoInfer<K>) => string>, key: K) =>
  async (): Promise<Metadata> => ({ title: (await words())(key) });
