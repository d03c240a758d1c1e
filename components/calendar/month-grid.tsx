import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { formatDate } from "@/lib/format";
import { CALENDAR_DEFAULTS, type CalendarFilters } from "@/lib/calendar/list-params";
import { groupByDay, monthWeeks, weekdayIndex } from "@/lib/calendar/month";
import { DAY_MAX_MEETINGS, type CalendarMeeting } from "@/lib/calendar/queries";
import { hrefWith } from "@/lib/url";
import { meetingItemLabels } from "./meeting-item-labels";
import { MonthGridTable, type MonthDay } from "./month-grid-table";

/**
 * The month grid's words and days, prepared on the server; MonthGridTable lays them out. The
 * table is a client component so that what crosses to the browser is the month's data — a few
 * strings a meeting — rather than the rendered tree of every cell, which a busy month made the
 * largest part of the page and of its server time.
 */
export async function MonthGrid({
  month,
  meetings,
  dayTotals,
  today,
  filters,
  labelledBy,
}: {
  month: string;
  /** The first meetings of each day (calendarMonth). */
  meetings: CalendarMeeting[];
  /** How many meetings each day has in all. */
  dayTotals: Map<string, number>;
  today: string;
  /** The filters in force, kept by the "y N más" links. */
  filters: CalendarFilters;
  /** Id of the heading that names the month. */
  labelledBy: string;
}) {
  const format = await getFormatter();
  const t = await getTranslations("calendar");
  const labels = await meetingItemLabels();
  const byDay = groupByDay(meetings);
  const weeks = monthWeeks(month).map((week) =>
    week.map((day): MonthDay | null => {
      if (!day) return null;
      const list = (byDay.get(day) ?? []).slice(0, DAY_MAX_MEETINGS);
      const more = (dayTotals.get(day) ?? list.length) - list.length;
      const heading = t("agenda.dayHeading", {
        weekday: t(`weekdays.${weekdayIndex(day)}`),
        date: formatDate(format, day),
      });
      return {
        day,
        heading,
        meetings: list.map((m) => ({
          id: m.id,
          title: m.title,
          status: m.status,
          startsAt: m.startsAt,
          timeZone: m.timeZone,
          network: m.network.acronym ?? m.network.name,
        })),
        more:
          more > 0
            ? {
                href: hrefWith(
                  "/calendario",
                  { ...filters, view: "agenda", from: day, to: day },
                  {},
                  CALENDAR_DEFAULTS,
                ),
                text: t("month.more", { count: more }),
                srText: t("month.moreOn", { date: heading }),
              }
            : null,
      };
    }),
  );
  return (
    <MonthGridTable
      weeks={weeks}
      today={today}
      weekdays={[0, 1, 2, 3, 4, 5, 6].map((i) => t(`weekdays.${i}`))}
      todayLabel={t("month.today")}
      labels={labels}
      labelledBy={labelledBy}
    />
  );
}
