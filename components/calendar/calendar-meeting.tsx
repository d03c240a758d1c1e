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

export function MeetingStatusText({ status, labels }: { status: MeetingStatus; labels: MeetingItemLabels }) {
  return <span className="meeting-status">{labels.status[status]}</span>;
}

/** When the meeting starts (both clocks when they differ). */
export function MeetingItemClock({
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
