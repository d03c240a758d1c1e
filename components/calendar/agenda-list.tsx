import { getFormatter } from "next-intl/server";
import type { ReactNode } from "react";
import { columnsOf } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { getTranslations } from "@/lib/i18n/translations";
import { formatDate } from "@/lib/format";
import { weekdayIndex } from "@/lib/calendar/month";
import type { CalendarMeeting } from "@/lib/calendar/queries";
import { MeetingItemClock, MeetingStatusText } from "./calendar-meeting";
import { meetingItemLabels } from "./meeting-item-labels";

const col = columnsOf<CalendarMeeting>();

/**
 * A page of the agenda as a table, in the order the server sends (by start): the Buenos Aires
 * day is a column, and today's rows stand out. A meeting's status shows as the month grid's
 * items do (never by colour alone).
 */
export async function AgendaList({
  meetings,
  today,
  hidden,
  empty,
}: {
  meetings: CalendarMeeting[];
  today: string;
  hidden: string[];
  empty: ReactNode;
}) {
  const format = await getFormatter();
  const t = await getTranslations("calendar");
  const labels = await meetingItemLabels();
  const columns = [
    col.accessor("day", {
      meta: { label: t("agenda.columns.day"), width: "w-44" },
      cell: (info) => {
        const day = info.getValue();
        return (
          <span className="flex flex-wrap items-center gap-2 font-semibold">
            <time dateTime={day}>
              {t("agenda.dayHeading", {
                weekday: t(`weekdays.${weekdayIndex(day)}`),
                date: formatDate(format, day),
              })}
            </time>
            {day === today ? (
              <span className="rounded bg-brand-700 px-1.5 text-xs font-semibold text-white">
                {t("agenda.today")}
              </span>
            ) : null}
          </span>
        );
      },
    }),
    col.accessor("startsAt", {
      meta: { label: t("agenda.columns.time"), width: "w-56" },
      cell: (info) => <MeetingItemClock meeting={info.row.original} labels={labels} />,
    }),
    col.accessor("title", {
      meta: { label: t("agenda.columns.meeting"), alwaysVisible: true, rowHeader: true },
      cell: (info) => {
        const meeting = info.row.original;
        const place = [meeting.city, meeting.country].filter(Boolean).join(", ");
        return (
          <span className="flex flex-col gap-0.5">
            <a href={`/reuniones/${meeting.id}`} className="meeting-title">
              {meeting.title}
            </a>
            <span className="text-xs text-muted">
              {meeting.network.name}
              {meeting.body ? ` · ${meeting.body}` : null}
            </span>
            <span className="text-xs text-muted">
              {labels.kind[meeting.kind]} · {labels.mode[meeting.mode]}
              {place ? ` · ${place}` : null}
            </span>
          </span>
        );
      },
    }),
    col.accessor("status", {
      meta: { label: t("agenda.columns.status") },
      cell: (info) => (
        <span data-status={info.getValue()} className="meeting-item inline-block px-2 py-0.5">
          <MeetingStatusText status={info.getValue()} labels={labels} />
        </span>
      ),
    }),
  ];
  return (
    <DataTable
      listKey="calendar-agenda"
      caption={t("agenda.caption")}
      columns={columns}
      rows={meetings}
      hidden={hidden}
      empty={empty}
      rowClassName={(meeting) => (meeting.day === today ? "bg-brand-50" : undefined)}
    />
  );
}
