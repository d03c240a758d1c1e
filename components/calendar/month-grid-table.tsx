"use client";

import { MonthMeetingItem, type MeetingItemLabels, type MonthMeeting } from "./calendar-meeting";

/** One day of the month as the grid shows it, every word already chosen by the server. */
export interface MonthDay {
  /** yyyy-mm-dd (a Buenos Aires calendar day). */
  day: string;
  /** The day as a heading ("lunes 02/11/2026"), for screen readers and narrow screens. */
  heading: string;
  /** The day's first meetings (DAY_MAX_MEETINGS at most). */
  meetings: MonthMeeting[];
  /** "y N más", a link to the agenda of that day, when the day has more meetings. */
  more: { href: string; text: string; srText: string } | null;
}

/**
 * The month as one table (weeks × weekdays, Monday first): on wide screens it is the grid; on
 * narrow ones CSS turns the rows and cells into blocks, hides the weekday row, the blank
 * cells and the days without meetings, and shows each day's full date as its heading, so that
 * a phone reads a list of days with no sideways scrolling. Every meeting is a link: the
 * natural tab order walks the month day by day. The links are plain anchors opened on the
 * client by the main area's LinkArea, and the cells' looks are the short classes of
 * app/globals.css (.month-day, .meeting-item): a busy month has a hundred of each.
 */
export function MonthGridTable({
  weeks,
  today,
  weekdays,
  todayLabel,
  labels,
  labelledBy,
}: {
  weeks: (MonthDay | null)[][];
  today: string;
  /** Monday … Sunday. */
  weekdays: string[];
  todayLabel: string;
  labels: MeetingItemLabels;
  labelledBy: string;
}) {
  return (
    <table
      aria-labelledby={labelledBy}
      className="block w-full border-collapse bg-white max-lg:bg-transparent lg:table lg:table-fixed"
    >
      <thead className="hidden lg:table-header-group">
        <tr>
          {weekdays.map((name) => (
            <th
              key={name}
              scope="col"
              className="border border-slate-300 bg-slate-100 px-2 py-2 text-left text-sm font-semibold text-ink"
            >
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block space-y-4 lg:table-row-group lg:space-y-0">
        {weeks.map((week, w) => (
          <tr key={w} className="block space-y-4 lg:table-row lg:space-y-0">
            {week.map((cell, i) =>
              cell ? (
                <DayCell
                  key={cell.day}
                  cell={cell}
                  isToday={cell.day === today}
                  todayLabel={todayLabel}
                  labels={labels}
                />
              ) : (
                <td
                  key={`blank-${w}-${i}`}
                  className="hidden border border-slate-300 bg-slate-100 lg:table-cell"
                />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayCell({
  cell,
  isToday,
  todayLabel,
  labels,
}: {
  cell: MonthDay;
  isToday: boolean;
  todayLabel: string;
  labels: MeetingItemLabels;
}) {
  return (
    <td aria-current={isToday ? "date" : undefined} className="month-day">
      <h3>
        <time dateTime={cell.day} className="text-ink">
          <span aria-hidden="true" className="hidden lg:inline">
            {String(Number(cell.day.slice(8, 10)))}
          </span>
          <span className="lg:sr-only">{cell.heading}</span>
        </time>
        {isToday ? (
          <span className="rounded bg-brand-700 px-1.5 text-xs font-semibold text-white">{todayLabel}</span>
        ) : null}
      </h3>
      {cell.meetings.length ? (
        <ul>
          {cell.meetings.map((meeting) => (
            <MonthMeetingItem key={meeting.id} meeting={meeting} labels={labels} />
          ))}
        </ul>
      ) : null}
      {cell.more ? (
        <p className="mt-1 text-sm lg:text-xs">
          <a href={cell.more.href} className="font-semibold">
            {cell.more.text}
            <span className="sr-only"> {cell.more.srText}</span>
          </a>
        </p>
      ) : null}
    </td>
  );
}
