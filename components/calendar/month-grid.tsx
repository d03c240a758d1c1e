import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { groupByDay, monthWeeks, weekdayIndex } from "@/lib/calendar/month";
import type { CalendarMeeting } from "@/lib/calendar/queries";
import { CalendarMeetingItem, meetingItemLabels } from "./calendar-meeting";

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * The month as a table (weeks × weekdays, Monday first) on wide screens; on narrow ones the
 * same meetings as a list of days, so that a phone needs no sideways scrolling. Only one of
 * the two is displayed (the other is display:none), so assistive technology gets one copy.
 * Every meeting is a link: the natural tab order walks the month day by day.
 */
export async function MonthGrid({
  month,
  meetings,
  today,
  labelledBy,
}: {
  month: string;
  meetings: CalendarMeeting[];
  today: string;
  /** Id of the heading that names the month. */
  labelledBy: string;
}) {
  const t = await getTranslations("calendar");
  const labels = await meetingItemLabels();
  const monthName = t(`months.${Number(month.slice(5, 7))}`);
  const days = groupByDay(meetings);
  const dayNumber = (day: string) => String(Number(day.slice(8, 10)));

  return (
    <>
      <table
        aria-labelledby={labelledBy}
        className="hidden w-full table-fixed border-collapse bg-white lg:table"
      >
        <thead>
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
        <tbody>
          {monthWeeks(month).map((week, w) => (
            <tr key={w}>
              {week.map((day, i) =>
                day ? (
                  <td
                    key={day}
                    aria-current={day === today ? "date" : undefined}
                    className={`h-28 border border-slate-300 p-1.5 align-top ${
                      day === today ? "bg-brand-50 outline-2 -outline-offset-2 outline-brand-700" : ""
                    }`}
                  >
                    <span className="mb-1 flex items-center justify-between gap-1">
                      <time dateTime={day} className="text-sm font-semibold text-ink">
                        <span aria-hidden="true">{dayNumber(day)}</span>
                        <span className="sr-only">
                          {t("month.dayLabel", { day: dayNumber(day), month: monthName })}
                        </span>
                      </time>
                      {day === today ? (
                        <span className="rounded bg-brand-700 px-1.5 text-xs font-semibold text-white">
                          {t("month.today")}
                        </span>
                      ) : null}
                    </span>
                    {days.get(day)?.length ? (
                      <ul className="space-y-1">
                        {days.get(day)!.map((meeting) => (
                          <CalendarMeetingItem key={meeting.id} meeting={meeting} labels={labels} compact />
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ) : (
                  <td key={`blank-${w}-${i}`} className="border border-slate-300 bg-slate-100" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>

      <ol aria-label={t("month.listLabel", { month: monthName })} className="space-y-4 lg:hidden">
        {[...days.entries()].map(([day, list]) => (
          <li key={day} aria-current={day === today ? "date" : undefined}>
            <h3 className="mb-2 flex items-center gap-2 text-base font-semibold">
              {t("agenda.dayHeading", { weekday: t(`weekdays.${weekdayIndex(day)}`), date: formatDate(day) })}
              {day === today ? (
                <span className="rounded bg-brand-700 px-1.5 text-xs font-semibold text-white">
                  {t("month.today")}
                </span>
              ) : null}
            </h3>
            <ul className="space-y-2">
              {list.map((meeting) => (
                <CalendarMeetingItem key={meeting.id} meeting={meeting} labels={labels} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
