import { Link } from "@/components/ui/link";
import type { MeetingKind, MeetingMode, MeetingStatus } from "@/db/schema/values";
import type { CalendarMeeting } from "@/lib/calendar/queries";
import { MeetingClock } from "./meeting-clock";

// Shared by the agenda (a server component) and the month grid (a client component): nothing
// here may read server-only APIs, and the labels are plain data that can cross to the browser.

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
  return <span className={`font-semibold ${STATUS_TEXT[status]}`}>{labels.status[status]}</span>;
}

function MeetingTitleLink({ meeting }: { meeting: Pick<CalendarMeeting, "id" | "title" | "status"> }) {
  return (
    <Link
      href={`/reuniones/${meeting.id}`}
      className={`block font-semibold break-words text-brand-800 ${meeting.status === "cancelled" ? "line-through decoration-2" : ""}`}
    >
      {meeting.title}
    </Link>
  );
}

/** When the meeting starts (both clocks when they differ), in bold figures. */
function MeetingItemClock({
  meeting,
  labels,
  className,
}: {
  meeting: Pick<CalendarMeeting, "startsAt" | "timeZone">;
  labels: MeetingItemLabels;
  className: string;
}) {
  return (
    <span className={`${className} font-semibold tabular-nums text-ink`}>
      <MeetingClock
        startsAt={meeting.startsAt}
        timeZone={meeting.timeZone}
        baShort={labels.ba}
        baLong={labels.baLong}
      />
    </span>
  );
}

/** A meeting in the month grid's day cell: its time, its title as a link, its network and status. */
export function MonthMeetingItem({ meeting, labels }: { meeting: MonthMeeting; labels: MeetingItemLabels }) {
  return (
    <li
      data-status={meeting.status}
      className={`rounded-md border-2 px-1.5 py-1 text-sm leading-snug lg:text-xs ${STATUS_STYLE[meeting.status]}`}
    >
      <MeetingItemClock meeting={meeting} labels={labels} className="block" />
      <MeetingTitleLink meeting={meeting} />
      <span className="block text-muted">
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
      className={`flex flex-col gap-1 rounded-md border-2 px-3 py-2 text-sm sm:flex-row sm:gap-4 ${STATUS_STYLE[meeting.status]}`}
    >
      <MeetingItemClock meeting={meeting} labels={labels} className="shrink-0 sm:w-56" />
      <span className="min-w-0 flex-1">
        <MeetingTitleLink meeting={meeting} />
        <span className="block text-muted">
          {meeting.network.name}
          {meeting.body ? ` · ${meeting.body}` : null}
        </span>
        <span className="block text-muted">
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
