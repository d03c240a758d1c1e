import { formatDateTime } from "@/lib/format";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/config";

/**
 * When a meeting starts, in its own time zone, with the Buenos Aires time beside it when the
 * zones differ (a delegation abroad needs both).
 */
export function MeetingTime({
  startsAt,
  timeZone,
  baLabel,
}: {
  startsAt: Date;
  timeZone: string;
  baLabel: string;
}) {
  const local = formatDateTime(startsAt, timeZone);
  if (timeZone === DISPLAY_TIME_ZONE) return <time dateTime={startsAt.toISOString()}>{local}</time>;
  const city = timeZone.split("/").pop()?.replace(/_/g, " ");
  return (
    <span className="flex flex-col">
      <time dateTime={startsAt.toISOString()}>
        {local} <span className="text-xs text-muted">({city})</span>
      </time>
      <span className="text-xs text-muted">
        {formatDateTime(startsAt, DISPLAY_TIME_ZONE).slice(11)} {baLabel}
      </span>
    </span>
  );
}
