import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MeetingStatus } from "@/db/schema/values";
import type { CalendarMeeting } from "@/lib/calendar/queries";
import { MeetingClock } from "./meeting-clock";

/**
 * How a status looks, never by colour alone: a tentative meeting has a dashed border, a
 * postponed one a dotted border, a cancelled one its title struck through; every item also
 * says its status in words.
 */
const STATUS_STYLE: Record<MeetingStatus, string> = {
  tentative: "border-dashed border-slate-500 bg-white",
  confirmed: "border-solid border-brand-600 bg-brand-50",
  held: "border-solid border-slate-300 bg-slate-50",
  cancelled: "border-solid border-red-300 bg-red-50",
  postponed: "border-dotted border-amber-700 bg-amber-50",
};

const STATUS_TEXT: Record<MeetingStatus, string> = {
  tentative: "text-slate-800",
  confirmed: "text-brand-800",
  held: "text-slate-800",
  cancelled: "text-red-800",
  postponed: "text-amber-900",
};

/** The words every meeting item uses, read once per list rather than once per item. */
export interface MeetingItemLabels {
  ba: string;
  baLong: string;
  status: (status: MeetingStatus) => string;
  kind: (kind: CalendarMeeting["kind"]) => string;
  mode: (mode: CalendarMeeting["mode"]) => string;
}

export async function meetingItemLabels(): Promise<MeetingItemLabels> {
  const t = await getTranslations("calendar.meeting");
  const tEnum = await getTranslations("enums");
  return {
    ba: t("ba"),
    baLong: t("baLong"),
    status: (status) => tEnum(`meetingStatus.${status}`),
    kind: (kind) => tEnum(`meetingKind.${kind}`),
    mode: (mode) => tEnum(`meetingMode.${mode}`),
  };
}

/**
 * One meeting in the calendar, as a list item: its time(s), its title as a link to the
 * meeting page, its network and its status. `compact` is the month grid's cell version; the
 * agenda adds the body and the place. A plain (not async) component: a busy month renders
 * hundreds of them.
 */
export function CalendarMeetingItem({
  meeting,
  labels,
  compact = false,
}: {
  meeting: CalendarMeeting;
  labels: MeetingItemLabels;
  compact?: boolean;
}) {
  const cancelled = meeting.status === "cancelled";
  const status = (
    <span className={`font-semibold ${STATUS_TEXT[meeting.status]}`}>{labels.status(meeting.status)}</span>
  );
  const clock = (
    <MeetingClock
      startsAt={meeting.startsAt}
      timeZone={meeting.timeZone}
      baShort={labels.ba}
      baLong={labels.baLong}
    />
  );
  const title = (
    <Link
      href={`/reuniones/${meeting.id}`}
      className={`block font-semibold break-words text-brand-800 ${cancelled ? "line-through decoration-2" : ""}`}
    >
      {meeting.title}
    </Link>
  );

  if (compact) {
    return (
      <li
        data-status={meeting.status}
        className={`rounded-md border-2 px-1.5 py-1 text-sm leading-snug lg:text-xs ${STATUS_STYLE[meeting.status]}`}
      >
        <span className="block font-semibold tabular-nums text-ink">{clock}</span>
        {title}
        <span className="block text-muted">
          {`${meeting.network.acronym ?? meeting.network.name} · `}
          {status}
        </span>
      </li>
    );
  }

  const place = [meeting.city, meeting.country].filter(Boolean).join(", ");
  return (
    <li
      data-status={meeting.status}
      className={`flex flex-col gap-1 rounded-md border-2 px-3 py-2 text-sm sm:flex-row sm:gap-4 ${STATUS_STYLE[meeting.status]}`}
    >
      <span className="shrink-0 font-semibold tabular-nums text-ink sm:w-56">{clock}</span>
      <span className="min-w-0 flex-1">
        {title}
        <span className="block text-muted">
          {meeting.network.name}
          {meeting.body ? ` · ${meeting.body}` : null}
        </span>
        <span className="block text-muted">
          {labels.kind(meeting.kind)} · {labels.mode(meeting.mode)}
          {place ? ` · ${place}` : null}
        </span>
      </span>
      <span className="shrink-0">{status}</span>
    </li>
  );
}
