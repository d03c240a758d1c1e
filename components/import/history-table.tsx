import { getFormatter } from "next-intl/server";
import { columnsOf } from "@/components/data-table/columns";
import { ListTable, type ListTableProps } from "@/components/data-table/list-table";
import { formatDateTime } from "@/lib/format";
import type { ImportJobView } from "@/lib/import/queries";
import { getTranslations } from "@/lib/i18n/translations";
import { JobStateBadge } from "./job-state";

const col = columnsOf<ImportJobView>();

/** /importar/historial: every import, newest first; each row opens its job (and its undo). */
export async function ImportHistoryTable(table: ListTableProps<ImportJobView>) {
  const t = await getTranslations("importPages");
  const format = await getFormatter();
  const columns = [
    col.accessor("createdAt", {
      // Not sortable: the history reads newest first (listImportJobs), so no header offers another order.
      meta: { label: t("history.columns.when") },
      cell: (info) => <span className="whitespace-nowrap">{formatDateTime(format, info.getValue())}</span>,
    }),
    col.accessor("fileName", {
      meta: { label: t("history.columns.file"), rowHeader: true, alwaysVisible: true },
      cell: (info) => (
        <a
          href={`/importar/${info.row.original.id}`}
          className="font-semibold underline-offset-2 hover:underline"
        >
          {info.getValue()}
        </a>
      ),
    }),
    col.accessor("uploaderName", { meta: { label: t("history.columns.who") } }),
    col.accessor("tableName", {
      meta: { label: t("history.columns.table") },
      cell: (info) => t(`tables.${info.getValue()}` as never),
    }),
    col.accessor("fileSha256", {
      meta: { label: t("history.columns.hash"), hideOnNarrow: true },
      cell: (info) => (
        <code className="text-xs" title={info.getValue()}>
          {info.getValue().slice(0, 12)}
        </code>
      ),
    }),
    col.display({
      id: "counts",
      meta: { label: t("history.columns.counts"), hideOnNarrow: true },
      cell: ({ row: { original: j } }) =>
        t("history.countsCell", {
          rows: j.rowsTotal,
          created: j.createdCount,
          updated: j.updatedCount,
          errors: j.errorCount + j.skippedCount,
        }),
    }),
    col.accessor("state", {
      meta: { label: t("history.columns.state"), alwaysVisible: true },
      cell: (info) => <JobStateBadge state={info.getValue()} />,
    }),
    col.display({
      id: "actions",
      meta: { label: t("history.columns.actions"), alwaysVisible: true },
      cell: ({ row: { original: j } }) =>
        j.state === "done" ? (
          <a
            href={`/importar/${j.id}?deshacer=1`}
            aria-label={t("undo.accessibleName", { file: j.fileName })}
          >
            {t("undo.action")}
          </a>
        ) : null,
    }),
  ];
  return (
    <ListTable
      listKey="imports"
      words={(key, values?) => t(`history.${key}` as never, values as never)}
      columns={columns}
      table={table}
    />
  );
}
