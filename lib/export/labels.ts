import { getTranslations } from "@/lib/i18n/translations";
import type { ExportLabels } from "./types";

/** The writers' words from the message catalogs (export.*, enums.*) of the request's locale. */
export async function exportLabels(): Promise<ExportLabels> {
  const t = await getTranslations("export");
  const tEnum = await getTranslations("enums");
  return {
    header: (table, key) => t(`columns.${table}.${key}`),
    enumValue: (enumName, value) =>
      tEnum.has(`${enumName}.${value}`) ? tEnum(`${enumName}.${value}`) : value,
    yes: t("yes"),
    no: t("no"),
    sheet: (table) => t(`sheets.${table}`),
  };
}
