import { getTranslations } from "@/lib/i18n/translations";
import type { AuditTableLabels } from "./audit-table";

/** The audit table's words, read on the server and handed to the table as data. */
export async function auditTableLabels(): Promise<AuditTableLabels> {
  const t = await getTranslations("history.auditLog");
  const tHistory = await getTranslations("history");
  return {
    caption: t("caption"),
    columns: {
      when: t("columns.when"),
      user: t("columns.user"),
      action: t("columns.action"),
      record: t("columns.record"),
      details: t("columns.details"),
    },
    details: t("details"),
    noDetails: t("noDetails"),
    noRecord: t("noRecord"),
    changes: { before: tHistory("before"), after: tHistory("after") },
  };
}
