"use client";

import { useFormatter } from "next-intl";
import { Link } from "@/components/ui/link";
import { ChangeList, type ChangeWords } from "@/components/history/change-list";
import { formatDateTime } from "@/lib/format";
import type { AuditLogRow } from "@/lib/history/audit-log";

/** What the table shows of an event: all it sends to the browser. */
export type AuditTableRow = Pick<
  AuditLogRow,
  | "id"
  | "occurredAt"
  | "actor"
  | "actorEmail"
  | "actionLabel"
  | "entityTypeLabel"
  | "entityId"
  | "recordName"
  | "href"
  | "mode"
  | "changes"
  | "notes"
>;

/** The table's words (history.auditLog), chosen by the server. */
export interface AuditTableLabels {
  caption: string;
  columns: { when: string; user: string; action: string; record: string; details: string };
  details: string;
  noDetails: string;
  noRecord: string;
  changes: ChangeWords;
}

/**
 * One page of the audit log: when, who, what, on which record, and the changes on demand. A
 * client component so that the page sends fifty events as data rather than as the rendered
 * tree of every row and change list (the page reads the words: auditTableLabels).
 */
export function AuditTable({ rows, labels }: { rows: AuditTableRow[]; labels: AuditTableLabels }) {
  const format = useFormatter();
  const words = labels.changes;
  const th = "whitespace-nowrap px-4 py-3 text-left font-semibold text-ink";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{labels.caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              {labels.columns.when}
            </th>
            <th scope="col" className={th}>
              {labels.columns.user}
            </th>
            <th scope="col" className={th}>
              {labels.columns.action}
            </th>
            <th scope="col" className={th}>
              {labels.columns.record}
            </th>
            <th scope="col" className={th}>
              {labels.columns.details}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const hasDetails = row.changes.length > 0 || row.notes.length > 0;
            return (
              <tr key={row.id} className="align-top" data-event-id={row.id}>
                <td className="whitespace-nowrap px-4 py-3">
                  <time dateTime={row.occurredAt.toISOString()}>
                    {formatDateTime(format, row.occurredAt)}
                  </time>
                </td>
                <td className="px-4 py-3">
                  <span className="block font-medium">{row.actor}</span>
                  {row.actorEmail && row.actorEmail !== row.actor ? (
                    <span className="block text-xs text-muted">{row.actorEmail}</span>
                  ) : null}
                </td>
                <td className="px-4 py-3">{row.actionLabel}</td>
                <td className="px-4 py-3">
                  {row.entityTypeLabel ? (
                    <span className="block text-xs font-semibold uppercase tracking-wide text-muted">
                      {row.entityTypeLabel}
                    </span>
                  ) : null}
                  {row.recordName ? (
                    row.href ? (
                      <Link href={row.href} className="font-medium">
                        {row.recordName}
                      </Link>
                    ) : (
                      <span>{row.recordName}</span>
                    )
                  ) : row.href ? (
                    <Link href={row.href}>{row.entityId}</Link>
                  ) : (
                    <span className="text-muted">{row.entityId ?? labels.noRecord}</span>
                  )}
                </td>
                <td className="min-w-80 px-4 py-3">
                  {hasDetails ? (
                    <details className="group">
                      <summary className="cursor-pointer font-semibold text-brand-700">
                        {labels.details}
                        <span className="sr-only">
                          {" "}
                          ({row.actionLabel}, {formatDateTime(format, row.occurredAt)})
                        </span>
                      </summary>
                      <div className="mt-2">
                        <ChangeList
                          changes={row.changes}
                          mode={row.mode}
                          notes={row.notes}
                          words={words}
                          stacked
                        />
                      </div>
                    </details>
                  ) : (
                    <span className="text-muted">{labels.noDetails}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
