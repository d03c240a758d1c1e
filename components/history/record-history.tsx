import { getTranslations } from "@/lib/i18n/translations";
import { can } from "@/lib/auth/policy";
import type { Ctx } from "@/lib/context";
import { recordHistory, type HistoryEntityType as RecordType } from "@/lib/history/queries";
import { HistoryEntries } from "./history-entries";

export type HistoryEntityType = RecordType;

const SHOWN = 10;

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
  const [{ entries, hasMore }, t] = await Promise.all([
    recordHistory(ctx, entityType, entityId, { limit: SHOWN }),
    getTranslations("history"),
  ]);
  const words = { before: t("before"), after: t("after") };
  const seeAll =
    can(ctx.actor, "audit.read") && entries.length
      ? `/admin/auditoria?${new URLSearchParams({ type: entityType, record: entityId })}`
      : null;
  return (
    <section
      aria-labelledby="historial"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="historial" className="mb-3 text-lg font-bold">
        {t("title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <HistoryEntries entries={entries.map(({ action: _action, ...entry }) => entry)} words={words} />
      )}
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
    </section>
  );
}
