import { columnsOf } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/states";
import { EventDetails } from "@/components/audit/event-details";
import { formatDateTime } from "@/lib/format";
import type { AuditLogRow } from "@/lib/history/audit-log";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";

const col = columnsOf<AuditLogRow>();

/** One page of the audit log: when, who, what, on which record, and the changes on demand. */
export async function AuditTable({ rows, hidden }: { rows: AuditLogRow[]; hidden: string[] }) {
  const t = await getTranslations("history.auditLog");
  const format = await getFormatter();
  const tHistory = await getTranslations("history");
  const words = { before: tHistory("before"), after: tHistory("after") };
  const columns = [
    col.accessor("occurredAt", {
      meta: { label: t("columns.when"), alwaysVisible: true },
      cell: (info) => (
        <time dateTime={info.getValue().toISOString()} className="whitespace-nowrap">
          {formatDateTime(format, info.getValue())}
        </time>
      ),
    }),
    col.accessor("actor", {
      meta: { label: t("columns.user") },
      cell: (info) => {
        const row = info.row.original;
        return (
          <>
            <span className="block font-medium">{row.actor}</span>
            {row.actorEmail && row.actorEmail !== row.actor ? (
              <span className="block text-xs text-muted">{row.actorEmail}</span>
            ) : null}
          </>
        );
      },
    }),
    col.accessor("actionLabel", { meta: { label: t("columns.action") } }),
    col.display({
      id: "record",
      meta: { label: t("columns.record") },
      cell: (info) => {
        const row = info.row.original;
        return (
          <>
            {row.entityTypeLabel ? (
              <span className="block text-xs font-semibold uppercase tracking-wide text-muted">
                {row.entityTypeLabel}
              </span>
            ) : null}
            {row.recordName ? (
              row.href ? (
                <a href={row.href} className="font-medium">
                  {row.recordName}
                </a>
              ) : (
                <span>{row.recordName}</span>
              )
            ) : row.href ? (
              <a href={row.href}>{row.entityId}</a>
            ) : (
              <span className="text-muted">{row.entityId ?? t("noRecord")}</span>
            )}
          </>
        );
      },
    }),
    col.display({
      id: "details",
      meta: { label: t("columns.details") },
      cell: (info) => {
        const row = info.row.original;
        if (!row.changes.length && !row.notes.length)
          return <span className="text-muted">{t("noDetails")}</span>;
        return (
          <EventDetails
            summary={t("details")}
            context={`${row.actionLabel}, ${formatDateTime(format, row.occurredAt)}`}
            changes={row.changes}
            mode={row.mode}
            notes={row.notes}
            words={words}
          />
        );
      },
    }),
  ];
  return (
    <DataTable
      listKey="audit"
      caption={t("caption")}
      columns={columns}
      rows={rows}
      hidden={hidden}
      empty={<EmptyState title={t("empty")} />}
    />
  );
}
