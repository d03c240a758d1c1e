import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { ExportLinks } from "@/components/export/export-links";
import { SeatFilters } from "@/components/seats/seat-filters";
import { SeatsTable } from "@/components/seats/seats-table";
import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { todayInBuenosAires } from "@/lib/dates";
import { ENDING_SOON_DAYS } from "@/lib/seats/ending";
import { seatList, seatListFiltered, seatListHref, SEAT_LIST_DEFAULTS } from "@/lib/seats/list-params";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import { departmentChoice } from "@/lib/departments/search";
import { networkChoice } from "@/lib/networks/search";
import { listSeats, termsEndingSummary } from "@/lib/seats/queries";
import type { SearchParams } from "@/lib/url";

export const generateMetadata = titleFrom(() => getTranslations("seats.list"), "title");

export default async function SeatsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = seatList.parse(await searchParams);
  const today = todayInBuenosAires();
  const [list, summary, network, department, hidden] = await Promise.all([
    listSeats(ctx, params, today),
    termsEndingSummary(ctx, ENDING_SOON_DAYS, today),
    networkChoice(ctx, params.network),
    departmentChoice(ctx, params.department),
    hiddenColumns(ctx, "seats"),
  ]);
  const view = listView("/cargos", params, { defaults: SEAT_LIST_DEFAULTS, isFiltered: seatListFiltered });
  const paging = listPaging(list.total, view);
  const t = await getTranslations("seats.list");
  const endingHref = seatListHref({}, { ending: ENDING_SOON_DAYS });
  const flagged = summary.upcoming + summary.overdue;

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(ctx.actor, "seat.manage") ? <ButtonLink href="/cargos/nuevo">{t("new")}</ButtonLink> : null
        }
      />
      <section
        aria-label={t("summaryLabel")}
        className={`mb-4 flex items-start gap-2 rounded-lg border px-4 py-3 text-sm ${
          flagged ? "border-amber-300 bg-amber-50 text-amber-950" : "border-slate-200 bg-white text-ink"
        }`}
      >
        {flagged ? (
          <>
            <svg
              aria-hidden="true"
              viewBox="0 0 16 16"
              className="mt-0.5 h-4 w-4 shrink-0 fill-current text-amber-700"
            >
              <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 3a.75.75 0 0 1 .75.75v3.94l2.28 1.32a.75.75 0 1 1-.75 1.3L7.62 8.77A.75.75 0 0 1 7.25 8.1V3.75A.75.75 0 0 1 8 3Z" />
            </svg>
            <span className="flex flex-wrap gap-x-3 gap-y-1">
              <a href={endingHref} className="font-semibold text-amber-950 underline">
                {t("summaryUpcoming", { count: summary.upcoming })}
              </a>
              {summary.overdue ? (
                <a href={endingHref} className="font-semibold text-red-800 underline">
                  {t("summaryOverdue", { count: summary.overdue })}
                </a>
              ) : null}
            </span>
          </>
        ) : (
          <span>{t("summaryNone")}</span>
        )}
      </section>
      <SeatFilters list={view} network={network} department={department} />
      <ListHeader
        count={
          params.ending
            ? `${t("count", { total: list.total })} · ${t("summaryShowing", { days: params.ending })}`
            : t("count", { total: list.total })
        }
      >
        <ExportLinks table="cargos" list={view} />
      </ListHeader>
      <SeatsTable rows={list.rows} list={view} hidden={hidden} />
      <ListFooter {...paging} />
    </>
  );
}
