import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { ExportLinks } from "@/components/export/export-links";
import { SeatFilters } from "@/components/seats/seat-filters";
import { SeatsTable } from "@/components/seats/seats-table";
import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ListSummary } from "@/components/data-table/list-summary";
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
      <ListSummary label={t("summaryLabel")} tone={flagged ? "amber" : null} none={t("summaryNone")}>
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
      </ListSummary>
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
