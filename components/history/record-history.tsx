import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import type { Ctx } from "@/lib/context";
import { formatDateTime } from "@/lib/format";
import {
  recordHistory,
  type HistoryEntityType as RecordType,
  type HistoryEntry,
} from "@/lib/history/queries";
import { ChangeList } from "./change-list";

export type HistoryEntityType = RecordType;

const SHOWN = 10;
const col = columnsOf<HistoryEntry>();

/**
 * The change history of one record (who changed what, when, before → after), from the audit
 * events, newest first. Shows the last 10; administrators get a link to the whole log
 * filtered by this record.
 */
export async function RecordHistory({
  ctx,
  entityType,
  entityId,
}: {
  ctx: Ctx;
  entityType: HistoryEntityType;
  entityId: string;
}) {
  const [{ entries, hasMore }, t, tColumns, format] = await Promise.all([
    recordHistory(ctx, entityType, entityId, { limit: SHOWN }),
    getTranslations("history"),
    getTranslations("history.auditLog.columns"),
    getFormatter(),
  ]);
  const words = { before: t("before"), after: t("after") };
  const seeAll =
    can(ctx.actor, "audit.read") && entries.length
      ? `/admin/auditoria?${new URLSearchParams({ type: entityType, record: entityId })}`
      : null;
  const columns = [
    col.accessor("occurredAt", {
      meta: { label: tColumns("when") },
      cell: (info) => (
        <time dateTime={info.getValue().toISOString()} className="whitespace-nowrap text-muted">
          {formatDateTime(format, info.getValue())}
        </time>
      ),
    }),
    col.accessor("actor", {
      meta: { label: tColumns("user") },
      cell: (info) => <span className="font-semibold">{info.getValue()}</span>,
    }),
    col.accessor("actionLabel", { meta: { label: tColumns("action"), rowHeader: true } }),
    col.accessor("changes", {
      meta: { label: t("changes") },
      cell: ({ row: { original: entry } }) =>
        entry.changes.length || entry.notes.length ? (
          <ChangeList changes={entry.changes} mode={entry.mode} notes={entry.notes} words={words} stacked />
        ) : null,
    }),
  ];
  return (
    <Section id="historial" title={t("title")}>
      <SectionTable caption={t("title")} columns={columns} rows={entries} empty={t("empty")} />
      {hasMore || seeAll ? (
        <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          {hasMore ? <span className="text-muted">{t("showingLast", { count: SHOWN })}</span> : null}
          {seeAll ? (
            <a href={seeAll} className="font-semibold">
              {t("seeAll")}
            </a>
          ) : null}
        </p>
      ) : null}
    </Section>
  );
}
