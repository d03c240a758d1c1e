import { titleFrom } from "@/app/_lib/page-title";
import { getFormatter } from "next-intl/server";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { AgendaList } from "@/components/calendar/agenda-list";
import { CalendarFilters } from "@/components/calendar/calendar-filters";
import { CalendarToolbar } from "@/components/calendar/calendar-toolbar";
import { MonthGrid } from "@/components/calendar/month-grid";
import { ButtonLink } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { listPaging } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { EmptyState } from "@/components/data-table/states";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { ExportLinks } from "@/components/export/export-links";
import {
  AGENDA_PAGE_SIZE,
  agendaStart,
  CALENDAR_DEFAULTS,
  calendarFiltersOf,
  calendarList,
  hasFilters,
  parseCalendarParams,
} from "@/lib/calendar/list-params";
import { calendarAgenda, calendarFilterOptions, calendarMonth } from "@/lib/calendar/queries";
import { departmentChoice } from "@/lib/departments/search";
import { networkChoice } from "@/lib/networks/search";
import { monthOf, todayInBuenosAires } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import type { SearchParams } from "@/lib/url";

export const generateMetadata = titleFrom(() => getTranslations("calendar"), "title");

const HEADING_ID = "calendario-periodo";

/**
 * The forum calendar: a month grid or an agenda, with filters in the URL. Days are Buenos
 * Aires days. The agenda runs from the chosen month's first day onward (from today when the
 * chosen month is the current one), or over the days given (?from=&to=), paginated. URLs with
 * the Spanish parameter names of before are redirected once.
 */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const format = await getFormatter();
  const ctx = await requireCtx();
  if (!can(ctx.actor, "meeting.read")) return <Forbidden />;
  const sp = await searchParams;
  const moved = calendarList.renamedHref("/calendario", sp);
  if (moved) permanentRedirect(moved);
  const params = parseCalendarParams(sp);
  const t = await getTranslations("calendar");
  const today = todayInBuenosAires();
  const month = params.month ?? monthOf(today);
  const filters = calendarFiltersOf(params);
  const filtered = hasFilters(filters);
  const monthName = t(`months.${Number(month.slice(5, 7))}`);
  const monthLabel = t("month.heading", { month: monthName, year: month.slice(0, 4) });

  const header = (
    <PageHeader
      title={t("title")}
      intro={t("intro")}
      actions={
        <>
          <ButtonLink href="/calendario/suscripcion" variant="secondary">
            {t("subscribe")}
          </ButtonLink>
          {can(ctx.actor, "meeting.manage") ? (
            <ButtonLink href="/reuniones/nueva">{t("newMeeting")}</ButtonLink>
          ) : null}
        </>
      }
    />
  );
  // The filters' choices, read alongside the meetings: the areas listed, and only the chosen
  // network and department of the searched fields (by id, an archived network too).
  const options = Promise.all([
    calendarFilterOptions(ctx),
    networkChoice(ctx, params.network),
    departmentChoice(ctx, params.department),
  ]);
  const filterOptions = ([{ areas }, network, department]: Awaited<typeof options>) => (
    <CalendarFilters params={params} network={network} department={department} areas={areas} />
  );

  if (params.view === "agenda") {
    const from = agendaStart(params, today);
    const [agenda, choices, hidden] = await Promise.all([
      calendarAgenda(ctx, from, filters, params.page),
      options,
      hiddenColumns(ctx, "calendar-agenda"),
    ]);
    const paging = listPaging(
      agenda.total,
      { pathname: "/calendario", params, defaults: CALENDAR_DEFAULTS },
      AGENDA_PAGE_SIZE,
    );
    const date = formatDate(format, from);
    const until = params.to ? formatDate(format, params.to) : null;
    return (
      <>
        {header}
        {filterOptions(choices)}
        <CalendarToolbar params={params} month={month} />
        <div className="mb-1 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
          <h2 id={HEADING_ID} className="text-xl font-bold">
            {until ? t("agenda.headingRange", { date, until }) : t("agenda.heading", { date })}
          </h2>
          <ExportLinks table="reuniones" list={{ params, defaults: CALENDAR_DEFAULTS }} />
        </div>
        <ListHeader
          count={
            until
              ? t("agenda.countRange", { total: agenda.total, date, until })
              : t("agenda.count", { total: agenda.total, date })
          }
        />
        <AgendaList
          meetings={agenda.meetings}
          today={today}
          hidden={hidden}
          empty={
            <EmptyState
              title={
                until
                  ? t("agenda.emptyRange", { date, until })
                  : filtered
                    ? t("agenda.emptyFiltered", { date })
                    : t("agenda.empty", { date })
              }
            />
          }
        />
        <ListFooter {...paging} />
      </>
    );
  }

  const [data, choices] = await Promise.all([calendarMonth(ctx, month, filters), options]);
  return (
    <>
      {header}
      {filterOptions(choices)}
      <CalendarToolbar params={params} month={month} />
      <h2 id={HEADING_ID} className="mb-1 text-xl font-bold first-letter:uppercase">
        {monthLabel}
      </h2>
      <ListHeader count={t("month.count", { total: data.total, month: monthLabel })} />
      {data.meetings.length === 0 ? (
        <p className="mb-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-muted">
          {filtered
            ? t("month.emptyFiltered", { month: monthLabel })
            : t("month.empty", { month: monthLabel })}
        </p>
      ) : null}
      <MonthGrid
        month={month}
        meetings={data.meetings}
        dayTotals={data.dayTotals}
        today={today}
        filters={filters}
        labelledBy={HEADING_ID}
      />
    </>
  );
}
