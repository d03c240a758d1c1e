import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { formatDate } from "@/lib/format";
import { groupByDay, weekdayIndex } from "@/lib/calendar/month";
import type { CalendarMeeting } from "@/lib/calendar/queries";
import { AgendaMeetingItem } from "./calendar-meeting";
import { meetingItemLabels } from "./meeting-item-labels";

/** A page of the agenda, grouped under one heading per Buenos Aires day. */
export async function AgendaList({ meetings, today }: { meetings: CalendarMeeting[]; today: string }) {
  const format = await getFormatter();
  const t = await getTranslations("calendar");
  const labels = await meetingItemLabels();
  return (
    <div className="space-y-6">
      {[...groupByDay(meetings).entries()].map(([day, list]) => (
        <div key={day} aria-current={day === today ? "date" : undefined}>
          <h3 className="mb-2 flex items-center gap-2 border-b border-slate-300 pb-1 text-base font-semibold">
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
          </h3>
          <ul className="space-y-2">
            {list.map((meeting) => (
              <AgendaMeetingItem key={meeting.id} meeting={meeting} labels={labels} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
