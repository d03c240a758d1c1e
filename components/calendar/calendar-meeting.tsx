import type { MeetingKind, MeetingMode, MeetingStatus } from "@/db/schema/values";
import type { CalendarMeeting } from "@/lib/calendar/queries";
import { MeetingClock } from "./meeting-clock";

// Shared by the agenda (a server component) and the month grid (a client component): nothing
// here may read server-only APIs, and the labels are plain data that can cross to the browser.

// How a status looks (never by colour alone) is in app/globals.css (.meeting-item and its
// data-status): a month repeats these items a hundred times, and short class names keep its
// HTML small.

/** The words every meeting item uses, read once per list (components/calendar/meeting-item-labels.ts). */
export interface MeetingItemLabels {
  ba: string;
  baLong: string;
  status: Record<MeetingStatus, string>;
  kind: Record<MeetingKind, string>;
  mode: Record<MeetingMode, string>;
}

/** What the month grid shows of a meeting: all it sends to the browser. */
export type MonthMeeting = Pick<CalendarMeeting, "id" | "title" | "status" | "startsAt" | "timeZone"> & {
  /** The network's acronym, or its name when it has none. */
  network: string;
};

function MeetingStatusText({ status, labels }: { status: MeetingStatus; labels: MeetingItemLabels }) {
  return <span className="meeting-status">{labels.status[status]}</span>;
}

/** When the meeting starts (both clocks when they differ). */
function MeetingItemClock({
  meeting,
  labels,
  className,
}: {
  meeting: Pick<CalendarMeeting, "startsAt" | "timeZone">;
  labels: MeetingItemLabels;
  className?: string;
}) {
  return (
    <span className={className ? `meeting-clock ${className}` : "meeting-clock"}>
      <MeetingClock
        startsAt={meeting.startsAt}
        timeZone={meeting.timeZone}
        baShort={labels.ba}
        baLong={labels.baLong}
      />
    </span>
  );
}

/**
 * A meeting in the month grid's day cell: its time, its title as a link, its network and
 * status. The link is a plain anchor: the main area's LinkArea opens it on the client.
 */
export function MonthMeetingItem({ meeting, labels }: { meeting: MonthMeeting; labels: MeetingItemLabels }) {
  return (
    <li data-status={meeting.status} className="meeting-item">
      <MeetingItemClock meeting={meeting} labels={labels} />
      <a href={`/reuniones/${meeting.id}`} className="meeting-title">
        {meeting.title}
      </a>
      <span className="meeting-meta">
        {`${meeting.network} · `}
        <MeetingStatusText status={meeting.status} labels={labels} />
      </span>
    </li>
  );
}

/**
 * One meeting in the agenda, as a list item: its time(s), its title as a link to the meeting
 * page, its network and body, kind, mode and place, and its status.
 */
export function AgendaMeetingItem({
  meeting,
  labels,
}: {
  meeting: CalendarMeeting;
  labels: MeetingItemLabels;
}) {
  const place = [meeting.city, meeting.country].filter(Boolean).join(", ");
  return (
    <li
      data-status={meeting.status}
      className="meeting-item flex flex-col gap-1 px-3 py-2 sm:flex-row sm:gap-4"
    >
      <MeetingItemClock meeting={meeting} labels={labels} className="shrink-0 sm:w-56" />
      <span className="min-w-0 flex-1">
        <a href={`/reuniones/${meeting.id}`} className="meeting-title">
          {meeting.title}
        </a>
        <span className="meeting-meta">
          {meeting.network.name}
          {meeting.body ? ` · ${meeting.body}` : null}
        </span>
        <span className="meeting-meta">
          {labels.kind[meeting.kind]} · {labels.mode[meeting.mode]}
          {place ? ` · ${place}` : null}
        </span>
      </span>
      <span className="shrink-0">
        <MeetingStatusText status={meeting.status} labels={labels} />
      </span>
    </li>
  );
}
