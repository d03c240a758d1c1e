import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { CALENDAR_DEFAULTS, type CalendarFilters } from "@/lib/calendar/list-params";
import { groupByDay, monthWeeks, weekdayIndex } from "@/lib/calendar/month";
import { DAY_MAX_MEETINGS, type CalendarMeeting } from "@/lib/calendar/queries";
import { hrefWith } from "@/lib/url";
import { CalendarMeetingItem, meetingItemLabels } from "./calendar-meeting";

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * The month as one table (weeks × weekdays, Monday first), rendered once: on wide screens it
 * is the grid; on narrow ones CSS turns the rows and cells into blocks, hides the weekday row,
 * the blank cells and the days without meetings, and shows each day's full date as its
 * heading, so that a phone reads a list of days with no sideways scrolling. A day with more
 * than DAY_MAX_MEETINGS meetings shows the first ones and "y N más", a link to the agenda of
 * that day (with the same filters). Every meeting is a link: the natural tab order walks the
 * month day by day.
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
  const t = await getTranslations("calendar");
  const labels = await meetingItemLabels();
  const days = groupByDay(meetings);
  const dayNumber = (day: string) => String(Number(day.slice(8, 10)));
  const dayHeading = (day: string) =>
    t("agenda.dayHeading", { weekday: t(`weekdays.${weekdayIndex(day)}`), date: formatDate(day) });
  const moreHref = (day: string) =>
    hrefWith("/calendario", { ...filters, vista: "agenda", desde: day, hasta: day }, {}, CALENDAR_DEFAULTS);

  return (
    <table
      aria-labelledby={labelledBy}
      className="block w-full border-collapse bg-white max-lg:bg-transparent lg:table lg:table-fixed"
    >
      <thead className="hidden lg:table-header-group">
        <tr>
          {WEEKDAYS.map((i) => (
            <th
              key={i}
              scope="col"
              className="border border-slate-300 bg-slate-100 px-2 py-2 text-left text-sm font-semibold text-ink"
            >
              {t(`weekdays.${i}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block space-y-4 lg:table-row-group lg:space-y-0">
        {monthWeeks(month).map((week, w) => (
          <tr key={w} className="block space-y-4 lg:table-row lg:space-y-0">
            {week.map((day, i) => {
              if (!day) {
                return (
                  <td
                    key={`blank-${w}-${i}`}
                    className="hidden border border-slate-300 bg-slate-100 lg:table-cell"
                  />
                );
              }
              const list = days.get(day) ?? [];
              const more = (dayTotals.get(day) ?? list.length) - Math.min(list.length, DAY_MAX_MEETINGS);
              const isToday = day === today;
              return (
                <td
                  key={day}
                  aria-current={isToday ? "date" : undefined}
                  className={`${list.length ? "block" : "hidden"} align-top lg:table-cell lg:h-28 lg:border lg:border-slate-300 lg:p-1.5 ${
                    isToday ? "lg:bg-brand-50 lg:outline-2 lg:-outline-offset-2 lg:outline-brand-700" : ""
                  }`}
                >
                  <h3 className="mb-2 flex items-center justify-between gap-2 text-base font-semibold max-lg:justify-start lg:mb-1 lg:gap-1 lg:text-sm">
                    <time dateTime={day} className="text-ink">
                      <span aria-hidden="true" className="hidden lg:inline">
                        {dayNumber(day)}
                      </span>
                      <span className="lg:sr-only">{dayHeading(day)}</span>
                    </time>
                    {isToday ? (
                      <span className="rounded bg-brand-700 px-1.5 text-xs font-semibold text-white">
                        {t("month.today")}
                      </span>
                    ) : null}
                  </h3>
                  {list.length ? (
                    <ul className="space-y-2 lg:space-y-1">
                      {list.slice(0, DAY_MAX_MEETINGS).map((meeting) => (
                        <CalendarMeetingItem key={meeting.id} meeting={meeting} labels={labels} compact />
                      ))}
                    </ul>
                  ) : null}
                  {more > 0 ? (
                    <p className="mt-1 text-sm lg:text-xs">
                      <Link href={moreHref(day)} prefetch={false} className="font-semibold">
                        {t("month.more", { count: more })}
                        <span className="sr-only"> {t("month.moreOn", { date: dayHeading(day) })}</span>
                      </Link>
                    </p>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
