"use client";

import { Link } from "@/components/ui/link";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MeetingTime } from "@/components/meetings/meeting-time";
import type { MeetingSummary } from "@/lib/meetings/queries";

/** What the list shows of a meeting: all it sends to the browser. */
export type NetworkMeetingItem = Pick<
  MeetingSummary,
  "id" | "title" | "status" | "mode" | "startsAt" | "timeZone" | "city" | "country" | "body"
>;

/**
 * A network's upcoming or past meetings: title, status, time (with Buenos Aires time) and
 * place. A client component fed with the rows, so that the page sends them as data; the words
 * come from the server (NetworkMeetings).
 */
export function NetworkMeetingList({
  items,
  labels,
}: {
  items: NetworkMeetingItem[];
  labels: { empty: string; baTime: string; online: string; placeTbd: string };
}) {
  if (items.length === 0) return <p className="text-sm text-muted">{labels.empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((m) => (
        <li
          key={m.id}
          className={`py-2 text-sm ${m.status === "tentative" ? "border-l-4 border-dashed border-slate-300 pl-3" : "pl-4"}`}
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={`/reuniones/${m.id}`} className="font-medium">
              {m.title}
            </Link>
            <MeetingStatusBadge status={m.status} />
          </div>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-muted">
            <MeetingTime startsAt={m.startsAt} timeZone={m.timeZone} baLabel={labels.baTime} />
            <span>
              {m.mode === "online"
                ? labels.online
                : [m.city, m.country].filter(Boolean).join(", ") || labels.placeTbd}
            </span>
            {m.body ? <span>{m.body}</span> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
