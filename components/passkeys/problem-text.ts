import { useTranslations } from "next-intl";

/**
 * Translates a failure's message key: "passkeys.errors.*" and "passkeys.validation.*" from
 * this feature's catalog, "errors.*" (the generic codes) from the shared one.
 */
export function useProblemText(): (key: string) => string {
  const t = useTranslations("passkeys");
  const tErrors = useTranslations("errors");
  return (key) => {
    if (key.startsWith("passkeys.")) {
      const inner = key.slice("passkeys.".length);
      return t.has(inner as "errors.generic") ? t(inner as "errors.generic") : t("errors.generic");
    }
    const code = key.replace(/^errors\./, "");
    return tErrors.has(code as "INTERNAL") ? tErrors(code as "INTERNAL") : t("errors.generic");
  };
}
