import { getTranslations } from "@/lib/i18n/translations";
import { messageOf } from "../validation/message-key";
import type { ErrorMessage } from "./queries";

/**
 * The import's words for a table's problem rows, from the request locale's catalogs: a cell
 * error's catalog path ("import.errors.duplicateEmail", "people.validation.invalidEmail",
 * "validation.tooLong:200") in words, the fields by their export headers, and the extra columns.
 * `problemRows(ctx, jobId, labels.message, labels)` takes them as they are.
 */
export async function importLabels(table: string): Promise<{
  message: ErrorMessage;
  line: string;
  errors: string;
  field: (key: string) => string;
}> {
  const t = await getTranslations();
  return {
    message: (key, values) => {
      const { name, values: max } = messageOf(key);
      return t.has(name) ? t(name as never, { ...max, ...values } as never) : key;
    },
    line: t("import.lineColumn"),
    errors: t("import.errorsColumn"),
    field: (key) =>
      t.has(`export.columns.${table}.${key}`) ? t(`export.columns.${table}.${key}` as never) : key,
  };
}
